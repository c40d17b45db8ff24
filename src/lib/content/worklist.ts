import { REMIND_DAYS_BEFORE, type Calendar } from '../../schemas/calendar.ts';
import { COLLECTION_LABELS, type PlaceCollection } from '../../schemas/index.ts';
import { daysBetween } from '../hours/dates.ts';

/** What the worklist reads of a place: its practical fields and how they were confirmed. */
export interface WorklistPlace {
  collection: PlaceCollection;
  id: string;
  data: {
    name: string;
    region: string;
    town?: string;
    address?: string;
    telephone?: string;
    hours?: string;
    location?: { precision: string };
    confirmation: { status: string; checkedOn?: Date | string; source: string };
  };
}

export interface WorklistRegion {
  id: string;
  data: { name: string; towns: Array<{ id: string; name: string }> };
}

/** Why a place is on the list, in the order the office should work through them. */
export const REASONS = {
  unconfirmed: '尚未核实',
  stale: '核实已超过一年',
  missing: '已核实但缺少信息',
} as const;
export type Reason = keyof typeof REASONS;

export interface WorklistItem {
  reason: Reason;
  collection: PlaceCollection;
  id: string;
  name: string;
  /** The region's id, and its name. */
  regionId: string;
  region: string;
  town?: string;
  /** Labels of the practical fields not yet filled in. */
  missing: string[];
  checkedOn?: string;
  file: string;
}

/** The practical fields a visitor needs; a location counts only when it is exact. */
const PRACTICAL: Array<[label: string, has: (data: WorklistPlace['data']) => boolean]> = [
  ['门址', (d) => Boolean(d.address)],
  ['联系电话', (d) => Boolean(d.telephone)],
  ['开放时间', (d) => Boolean(d.hours)],
  ['准确位置', (d) => d.location?.precision === 'exact'],
];

const isoDay = (date: Date | string | undefined) => (date instanceof Date ? date.toISOString().slice(0, 10) : date);

const collator = new Intl.Collator('zh-CN');

/**
 * The places the office should confirm or complete: unconfirmed first, then confirmations older than
 * a year (oldest first), then confirmed places still missing a practical field. Today is a Shanghai date.
 */
export function placesToConfirm(places: WorklistPlace[], regions: WorklistRegion[], today: string): WorklistItem[] {
  const yearAgo = `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;
  const items = places.flatMap((place): WorklistItem[] => {
    const { data } = place;
    const missing = PRACTICAL.filter(([, has]) => !has(data)).map(([label]) => label);
    const checkedOn = isoDay(data.confirmation.checkedOn);
    const reason: Reason | undefined =
      data.confirmation.status !== 'confirmed' ? 'unconfirmed' : !checkedOn || checkedOn < yearAgo ? 'stale' : missing.length > 0 ? 'missing' : undefined;
    if (!reason) return [];
    const region = regions.find((r) => r.id === data.region);
    return [{
      reason,
      collection: place.collection,
      id: place.id,
      name: data.name,
      regionId: data.region,
      region: region?.data.name ?? data.region,
      town: data.town && (region?.data.towns.find((t) => t.id === data.town)?.name ?? data.town),
      missing,
      checkedOn,
      file: `content/${place.collection}/${place.id}.mdx`,
    }];
  });
  const order = Object.keys(REASONS);
  return items.sort(
    (a, b) =>
      order.indexOf(a.reason) - order.indexOf(b.reason) ||
      (a.reason === 'stale' ? (a.checkedOn ?? '').localeCompare(b.checkedOn ?? '') : 0) ||
      collator.compare(a.region, b.region) ||
      collator.compare(a.town ?? '', b.town ?? '') ||
      collator.compare(a.name, b.name),
  );
}

/** The items by reason, in the order the office works through them; only reasons that have items. */
export function groupByReason(items: WorklistItem[]): Array<{ reason: Reason; items: WorklistItem[] }> {
  return (Object.keys(REASONS) as Reason[]).map((reason) => ({ reason, items: items.filter((item) => item.reason === reason) })).filter((group) => group.items.length > 0);
}

/**
 * Years the holiday calendar should list and does not: this year always, next year once the
 * State Council's notice is due (the same window in which the build reminds).
 */
export function missingCalendarYears(calendar: Calendar, today: string): number[] {
  const listed = new Set(calendar.holidays.map(({ from }) => Number(from.slice(0, 4))));
  const year = Number(today.slice(0, 4));
  const due = [year, ...(daysBetween(today, `${year}-12-31`) < REMIND_DAYS_BEFORE ? [year + 1] : [])];
  return due.filter((y) => !listed.has(y));
}

const calendarTask = (year: number) => `content/calendar.yaml 缺少 ${year} 年的法定节假日和调休安排：请按国务院办公厅的通知补上`;

const CSV_HEADER = ['序号', '原因', '类别', '名称', '市县', '镇', '缺少的信息', '上次核实', '文件名（id）', '文件'];

/** RFC 4180: every field quoted, quotes doubled. */
const csvField = (value: string) => `"${value.replace(/"/g, '""')}"`;

/** The worklist as CSV, with the byte-order mark that makes Excel read it as UTF-8. */
export function worklistCsv(items: WorklistItem[], calendarYears: number[]): string {
  const rows = [
    CSV_HEADER,
    ...items.map((item, index) => [String(index + 1), REASONS[item.reason], COLLECTION_LABELS[item.collection], item.name, item.region, item.town ?? '', item.missing.join('、'), item.checkedOn ?? '', item.id, item.file]),
    ...calendarYears.map((year, index) => [String(items.length + index + 1), '节假日日历', '', calendarTask(year), '', '', '', '', '', 'content/calendar.yaml']),
  ];
  return `\uFEFF${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** The worklist as the terminal prints it, grouped by reason. */
export function formatWorklist(items: WorklistItem[], calendarYears: number[], today: string): string {
  const lines = [`待核实清单（${today}）：${items.length} 处地点需要核实或补充${calendarYears.length > 0 ? `，节假日日历缺 ${calendarYears.length} 年` : ''}。`];
  let number = 0;
  for (const { reason, items: group } of groupByReason(items)) {
    lines.push('', `${REASONS[reason]}（${group.length}）`);
    for (const item of group) {
      const where = [item.region, item.town].filter(Boolean).join('');
      const facts = [item.checkedOn && `上次核实 ${item.checkedOn}`, item.missing.length > 0 && `缺少：${item.missing.join('、')}`].filter(Boolean).join('；');
      lines.push(`  ${++number}. ${item.name}（${COLLECTION_LABELS[item.collection]}，${where}）${facts ? `  ${facts}` : ''}`, `     ${item.file}`);
    }
  }
  if (calendarYears.length > 0) lines.push('', '节假日日历', ...calendarYears.map((year) => `  ${calendarTask(year)}`));
  if (items.length === 0 && calendarYears.length === 0) lines.push('没有需要核实的内容。');
  return lines.join('\n');
}
