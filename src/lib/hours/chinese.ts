/**
 * Opening hours as people write them in Chinese ("周一至周五 8:00-12:00，14:30-17:30；周六上午 9:00-12:00；
 * 法定节假日休息"), read into the OpenStreetMap syntax the rest of the site compiles, with a Chinese
 * reading to show back. The OSM forms the site uses (weekdays, times, off, PH, "comments") are read too.
 * Pure: no Node APIs and no opening_hours library, so the form editor can preview in the browser.
 */
import { formatMinutes } from './dates.ts';
import { normalise } from './intervals.ts';
import { WEEKDAYS, WEEKDAY_LABELS, type Interval, type Weekday } from './types.ts';

type HoursReading =
  | { ok: true; osm: string; reading: string }
  | { ok: false; understood: string; notUnderstood: string; message: string };

const EXAMPLE = '写法示例：“周一至周五 8:00-12:00，14:30-17:30；周六上午 9:00-12:00；法定节假日休息”，或 OpenStreetMap 写法 Mo-Fr 08:00-12:00,14:30-17:30; Sa 09:00-12:00; PH off';

/** Whether the text is written in Chinese (or with full-width characters) rather than in OSM syntax, whose "comments" may be Chinese. */
export function isChineseHours(text: string): boolean {
  return /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/.test(text.replace(/"[^"]*"/g, ''));
}

export function readHours(text: string): HoursReading {
  const chinese = isChineseHours(text);
  // OSM is read as written: NFKC would alter its comments.
  const prepared = chinese ? prepare(text) : { text, origin: Array.from({ length: text.length + 1 }, (_, i) => i) };
  const parser = chinese ? new ChineseParser(prepared.text) : new OsmParser(prepared.text);
  try {
    const model = parser.read();
    return { ok: true, osm: chinese ? toOsm(model) : text.trim(), reading: toReading(model) };
  } catch (error) {
    if (!(error instanceof NotUnderstood)) throw error;
    const cut = prepared.origin[error.at];
    const understood = text.slice(0, cut).replace(/[\s,，;；、。.:：]+$/u, '');
    const notUnderstood = text.slice(cut).trim();
    const message = notUnderstood
      ? `开放时间无法识别：读懂了“${understood || '（无）'}”，读不懂“${notUnderstood}”（${error.reason}）。${EXAMPLE}`
      : `开放时间不完整：读懂了“${understood}”，但${error.reason}。${EXAMPLE}`;
    return { ok: false, understood, notUnderstood, message };
  }
}

// ---------------------------------------------------------------------------------------------
// The model both syntaxes are read into, and what is written out from it.

type Holidays = { kind: 'unset' } | { kind: 'off' } | { kind: 'hours'; intervals: Interval[] } | { kind: 'usual' };

interface Model {
  /** Intervals in minutes; an end past 1440 runs into the next day. Absent days are closed. */
  week: Partial<Record<Weekday, Interval[]>>;
  notes: Record<Weekday, string[]>;
  holidays: Holidays;
}

const FULL_DAY = (intervals: Interval[]) => intervals.length === 1 && intervals[0][0] === 0 && intervals[0][1] === 1440;

/** Open days grouped by identical hours and notes, in weekday order. */
function groups(model: Model): { days: Weekday[]; intervals: Interval[]; notes: string[] }[] {
  const byKey = new Map<string, { days: Weekday[]; intervals: Interval[]; notes: string[] }>();
  for (const day of WEEKDAYS) {
    const intervals = model.week[day];
    if (!intervals || intervals.length === 0) continue;
    const notes = model.notes[day];
    const key = JSON.stringify([intervals, notes]);
    const group = byKey.get(key) ?? { days: [], intervals, notes };
    group.days.push(day);
    byKey.set(key, group);
  }
  return [...byKey.values()];
}

/** Consecutive runs of weekdays: Mo Tu We Fr → [[Mo, Tu, We], [Fr]]. */
function runs(days: Weekday[]): Weekday[][] {
  const out: Weekday[][] = [];
  for (const day of days) {
    const last = out.at(-1);
    if (last && WEEKDAYS.indexOf(last.at(-1)!) + 1 === WEEKDAYS.indexOf(day)) last.push(day);
    else out.push([day]);
  }
  return out;
}

const osmTime = (minutes: number) => formatMinutes(minutes > 1440 ? minutes - 1440 : minutes);
const osmIntervals = (intervals: Interval[]) => intervals.map(([start, end]) => `${osmTime(start)}-${osmTime(end)}`).join(',');

function toOsm(model: Model): string {
  const rules = groups(model).map(({ days, intervals, notes }) => {
    const selector = days.length === 7 ? 'Mo-Su' : runs(days).map((run) => (run.length >= 3 ? `${run[0]}-${run.at(-1)}` : run.join(','))).join(',');
    // Without "open" a commented rule would mean "unknown" in OSM.
    const comment = notes.length > 0 ? ` open "${notes.join('；').replaceAll('"', '”')}"` : '';
    return `${selector} ${osmIntervals(intervals)}${comment}`;
  });
  const { holidays } = model;
  if (holidays.kind === 'off') rules.push('PH off');
  if (holidays.kind === 'hours') rules.push(`PH ${osmIntervals(holidays.intervals)}`);
  return rules.join('; ');
}

const readingTime = (minutes: number) => (minutes > 1440 ? `次日${formatMinutes(minutes - 1440)}` : formatMinutes(minutes));
function readingIntervals(intervals: Interval[]): string {
  if (FULL_DAY(intervals)) return '24小时';
  return intervals.map(([start, end]) => `${formatMinutes(start)}–${readingTime(end)}`).join('、');
}

function dayLabel(days: Weekday[]): string {
  if (days.length === 7) return '每天';
  return runs(days)
    .map((run) => (run.length >= 3 ? `${WEEKDAY_LABELS[run[0]]}至${WEEKDAY_LABELS[run.at(-1)!]}` : run.map((day) => WEEKDAY_LABELS[day]).join('、')))
    .join('、');
}

function toReading(model: Model): string {
  const parts = groups(model).map(({ days, intervals, notes }) => `${dayLabel(days)} ${readingIntervals(intervals)}${notes.length > 0 ? `（${notes.join('；')}）` : ''}`);
  const { holidays } = model;
  if (holidays.kind === 'hours') parts.push(`法定节假日 ${readingIntervals(holidays.intervals)}`);
  else parts.push(holidays.kind === 'off' ? '法定节假日休息' : '法定节假日休息（未写明，按休息处理）');
  return parts.join('；');
}

// ---------------------------------------------------------------------------------------------
// Reading.

class NotUnderstood extends Error {
  constructor(
    /** Index in the prepared text where understanding stops. */
    readonly at: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

const DASHES = new Set(['‐', '‑', '‒', '–', '—', '―', '−', '﹣', '〜']);

/**
 * NFKC (full-width digits, colons and punctuation to ASCII) and one kind of dash, keeping for each
 * character of the result the index it came from, so a failure can quote the editor's own text.
 */
function prepare(original: string): { text: string; origin: number[] } {
  let text = '';
  const origin: number[] = [];
  for (let i = 0; i < original.length; ) {
    const char = String.fromCodePoint(original.codePointAt(i)!);
    const normalised = char.normalize('NFKC');
    const mapped = DASHES.has(normalised) ? (normalised === '〜' ? '~' : '-') : normalised;
    text += mapped;
    for (let k = 0; k < mapped.length; k++) origin.push(i);
    i += char.length;
  }
  origin.push(original.length);
  return { text, origin };
}

function emptyModel(): Model {
  return { week: {}, notes: { Mo: [], Tu: [], We: [], Th: [], Fr: [], Sa: [], Su: [] }, holidays: { kind: 'unset' } };
}

const DAY_CHARS: Record<string, Weekday> = { 一: 'Mo', 二: 'Tu', 三: 'We', 四: 'Th', 五: 'Fr', 六: 'Sa', 日: 'Su', 天: 'Su', '1': 'Mo', '2': 'Tu', '3': 'We', '4': 'Th', '5': 'Fr', '6': 'Sa', '7': 'Su' };

/** Weekday names; the longest alternatives first. */
const DAY_WORDS: [RegExp, Weekday[] | 'PH'][] = [
  [/(?:国家)?法定(?:节假日|假日|节日)|节假日(?:期间)?|公众假期|节日|假日/y, 'PH'],
  [/工作日/y, ['Mo', 'Tu', 'We', 'Th', 'Fr']],
  [/(?:每周)?周末|双休日|周六日/y, ['Sa', 'Su']],
  [/每天|每日|天天|全周|一周七天|每周七天/y, [...WEEKDAYS]],
];
const DAY_PREFIX = '(?:周|星期|礼拜)';
const DAY_RANGE = new RegExp(`(?:每逢|每|逢)?${DAY_PREFIX}([一二三四五六日天1-7])(?:\\s*(?:-+|~|至|到)\\s*(?:${DAY_PREFIX}?([一二三四五六日天])|${DAY_PREFIX}([1-7])))?`, 'y');

const MODIFIERS = ['上午', '早上', '早晨', '清晨', '凌晨', '中午', '午间', '下午', '傍晚', '晚上', '晚间', '夜间', '夜里', '次日', '翌日'] as const;
type Modifier = (typeof MODIFIERS)[number];
const MODIFIER = new RegExp(`(${MODIFIERS.join('|')})\\s*:?\\s*`, 'y');
const CN_NUMBER = '[零〇一二两三四五六七八九十]{1,3}';
const CLOCK = new RegExp(
  `(\\d{1,2}|${CN_NUMBER}(?=[点时]))(?:(?::|\\.(?=\\d{2}))(\\d{2})|[点时](?:(半)|(一刻)|(三刻)|(\\d{1,2}|${CN_NUMBER})分?|整)?)?`,
  'y',
);
const RANGE_DASH = /\s*(?:-+|~|至|到)\s*/y;
const CLOSED = /(?:全天|均|一律)?(?:不对外开放|不开放|暂停开放|停止开放|休息日|休息|闭馆日|闭馆|休馆|闭园|关闭|关门|歇业|不营业|不办公|停止服务|不接待|休假|放假)/y;
const OPEN = /(?:照常|正常|均|都|对外)?(?:开放|营业|办公|服务|接待|开馆|开园|上班)|不休息|不闭馆|无休/y;
const FILLER = /(?:对外)?(?:开放|办公|服务|营业|接待|参观|工作|上班)时间(?:为|是)?|时间为|为|是|均|都|实行/y;
const SEPARATOR = /(?:[\s,;、。.:/]|以及|和|及|与)+/y;
const LUNCH = /(?:中午|午间)(?:休息|闭馆|午休)(?:时间)?|午休(?:时间)?/y;
const ENTRY_NOTE = /(?:后|以后|起)?\s*(?:停止|截止|停)(?:入馆|入场|入园|进馆|进场|进园|售票|检票|领票|取票|入内|接待|预约|办理|取号|放号|参观)/y;
const BOOKING_NOTE = /(?:需|须|请)?(?:提前)?(?:电话|网上)?预约(?:参观|入馆)?/y;
const FULL_DAY_WORDS = /(?:全天)?(?:24|二十四)\s*(?:小时|h(?![a-z]))(?:开放|营业|服务|办公)?|全天候(?:开放|营业|服务)?/y;
const ALL_YEAR = /全年无休/y;
const ALL_DAY = /全天/y;

const CN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** '8', '八', '十二', '二十三', '三十', '零五' */
function chineseNumber(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  const ten = text.indexOf('十');
  if (ten < 0) return [...text].reduce((n, c) => n * 10 + CN_DIGITS[c], 0);
  return (ten === 0 ? 1 : CN_DIGITS[text[0]]) * 10 + (ten === text.length - 1 ? 0 : CN_DIGITS[text[text.length - 1]]);
}

interface Clock {
  hour: number;
  minute: number;
  /** Written with 点/时 or minutes: a bare number is a clock only in a range whose other end is one. */
  marked: boolean;
  modifier?: Modifier;
}

interface Group {
  days: Weekday[];
  holidays: boolean;
  start: number;
  end: number;
  /** No hours or closure given yet: a following day name joins the group, the first hours replace earlier ones. */
  fresh: boolean;
  closed: boolean;
}

class ChineseParser {
  private pos = 0;
  private model = emptyModel();
  private group: Group | undefined;
  private lastRange: { interval: Interval; end: number } | undefined;
  private except: { days: Weekday[]; holidays: boolean } | undefined;
  private usualHolidaysAt = -1;
  /** The separator before the current clause: a day name after '、' or '和' joins the days before it, after '；' it does not. */
  private separator = '';

  constructor(private readonly text: string) {}

  read(): Model {
    this.clauses(this.text.length);
    this.closeGroup();
    const { model } = this;
    const open = WEEKDAYS.filter((day) => (model.week[day] ?? []).length > 0);
    if (model.holidays.kind === 'usual') {
      const first = open.length > 0 ? model.week[open[0]]! : [];
      if (open.length === 0 || open.some((day) => JSON.stringify(model.week[day]) !== JSON.stringify(first))) {
        throw new NotUnderstood(this.usualHolidaysAt, '各天的开放时间不同，不知道节假日按哪一天开放，请写明节假日几点到几点，例如“节假日 9:00-17:00”');
      }
      model.holidays = { kind: 'hours', intervals: first };
    }
    if (open.length === 0 && model.holidays.kind !== 'hours') throw new NotUnderstood(this.text.length, '没有写明任何开放时间');
    for (const day of WEEKDAYS) if (model.week[day]) model.week[day] = normalise(model.week[day]!);
    return model;
  }

  /** Reads clauses up to `end` (the text's end, or a closing parenthesis). */
  private clauses(end: number) {
    for (;;) {
      this.separator = this.match(SEPARATOR)?.[0] ?? '';
      if (this.pos >= end) return;
      if (!this.clause()) throw new NotUnderstood(this.pos, '这里的写法不认识');
    }
  }

  private match(pattern: RegExp): RegExpExecArray | undefined {
    pattern.lastIndex = this.pos;
    const found = pattern.exec(this.text);
    if (!found) return undefined;
    this.pos = pattern.lastIndex;
    return found;
  }

  private clause(): boolean {
    const at = this.pos;
    if (this.match(/\(/y)) return this.parenthesis(at);
    if (this.match(FILLER)) return true;
    if (this.match(FULL_DAY_WORDS)) {
      this.hours([0, 1440], at);
      return true;
    }
    if (this.match(ALL_YEAR)) {
      if (!this.group) this.startGroup([...WEEKDAYS], false, at);
      this.model.holidays = { kind: 'usual' };
      this.usualHolidaysAt = at;
      return true;
    }
    if (this.match(LUNCH)) {
      this.lunch(at);
      return true;
    }
    if (this.entryNote(at)) return true;
    if (this.range(at)) return true;
    const modifier = this.match(MODIFIER);
    if (modifier) throw new NotUnderstood(at, `“${modifier[1]}”后面没有写明几点到几点`);
    if (this.match(/除/y)) {
      this.exceptPrefix(at);
      return true;
    }
    const days = this.days();
    if (days) {
      this.dayClause(days, at);
      return true;
    }
    if (this.match(CLOSED)) {
      this.closed(at);
      return true;
    }
    if (this.match(OPEN)) {
      this.open(at);
      return true;
    }
    if (this.match(ALL_DAY)) throw new NotUnderstood(at, '“全天”没有写明几点到几点；24 小时开放请写“24小时”');
    if (this.match(BOOKING_NOTE)) {
      this.note(this.text.slice(at, this.pos));
      return true;
    }
    return false;
  }

  /** A day name, range or list word: '周一至周五', '星期六', '工作日', '节假日'. */
  private days(): { days: Weekday[]; holidays: boolean } | undefined {
    for (const [pattern, meaning] of DAY_WORDS) {
      if (this.match(pattern)) return meaning === 'PH' ? { days: [], holidays: true } : { days: meaning, holidays: false };
    }
    const range = this.match(DAY_RANGE);
    if (!range) return undefined;
    const first = WEEKDAYS.indexOf(DAY_CHARS[range[1]]);
    const lastChar = range[2] ?? range[3];
    if (lastChar === undefined) return { days: [WEEKDAYS[first]], holidays: false };
    const last = WEEKDAYS.indexOf(DAY_CHARS[lastChar]);
    // 周五至周一 wraps over the weekend.
    const days = Array.from({ length: ((last - first + 7) % 7) + 1 }, (_, i) => WEEKDAYS[(first + i) % 7]);
    return { days, holidays: false };
  }

  private dayClause(days: { days: Weekday[]; holidays: boolean }, at: number) {
    const suffix = this.pos;
    this.match(/\s*/y);
    if (this.match(/(?:除外|例外)/y)) return this.exclude(days, at);
    this.pos = suffix;
    if (this.group?.fresh && !/[;。]/.test(this.separator)) {
      this.group.days = [...new Set([...this.group.days, ...days.days])];
      this.group.holidays ||= days.holidays;
      this.group.end = this.pos;
    } else {
      this.startGroup(days.days, days.holidays, at);
    }
  }

  private startGroup(days: Weekday[], holidays: boolean, at: number) {
    this.closeGroup();
    const except = this.except;
    this.except = undefined;
    this.group = { days: except ? days.filter((d) => !except.days.includes(d)) : days, holidays, start: at, end: this.pos, fresh: true, closed: false };
    if (except?.holidays) this.model.holidays = { kind: 'off' };
    this.lastRange = undefined;
  }

  /** A group that named days but gave them no hours cannot be read. */
  private closeGroup() {
    const group = this.group;
    if (!group?.fresh) return;
    const named = this.text.slice(group.start, group.end).trim();
    // At the end of the text the days were understood and the hours are missing; before other text, the days are the problem.
    const atEnd = /^[\s,;、。.]*$/.test(this.text.slice(group.end));
    throw new NotUnderstood(atEnd ? this.text.length : group.start, `“${named}”没有写明几点到几点`);
  }

  /** '除周一外' before the days it narrows. */
  private exceptPrefix(at: number) {
    this.match(/\s*/y);
    const days = this.days();
    if (!days) throw new NotUnderstood(at, '“除”后面应是星期或节假日，例如“除周一外”');
    this.match(/\s*(?:以外|之外|外)/y);
    this.except = days;
  }

  /** '（周一除外）', '（法定节假日除外）': an exception to the group before it. */
  private exclude({ days, holidays }: { days: Weekday[]; holidays: boolean }, at: number) {
    const group = this.group;
    if (!group) throw new NotUnderstood(at, '不知道是哪一条开放时间的例外');
    if (group.fresh) {
      // '周一至周五（节假日除外）9:00-17:00': narrows the days about to get hours.
      group.days = group.days.filter((day) => !days.includes(day));
      if (holidays) this.model.holidays = { kind: 'off' };
      return;
    }
    if (group.closed) {
      // '逢周一闭馆（法定节假日除外）': open on a holiday that falls on the closing day, as on other days.
      if (days.length > 0) throw new NotUnderstood(at, '休息日的例外只能是节假日，例如“逢周一闭馆（法定节假日除外）”');
      this.model.holidays = { kind: 'usual' };
      this.usualHolidaysAt = at;
      return;
    }
    for (const day of days) this.model.week[day] = [];
    if (holidays) this.model.holidays = { kind: 'off' };
  }

  /** Parenthesised text: read as hours when it is hours ('（周一闭馆）'), kept as a note when it is not. */
  private parenthesis(at: number): boolean {
    const close = this.text.indexOf(')', this.pos);
    if (close < 0) throw new NotUnderstood(at, '括号没有配对');
    const inner = this.text.slice(this.pos, close);
    const saved = { model: structuredClone(this.model), group: this.group && { ...this.group }, lastRange: this.lastRange, usual: this.usualHolidaysAt };
    const start = this.pos;
    try {
      this.clauses(close);
    } catch (error) {
      // Text with days or times in it that cannot be read is a mistake, not a remark.
      if (!(error instanceof NotUnderstood) || /\d|[点时周星礼]|上午|下午|晚上/.test(inner)) throw error;
      Object.assign(this, { model: saved.model, group: saved.group, lastRange: saved.lastRange, usualHolidaysAt: saved.usual });
      this.pos = start;
      this.note(inner.trim());
    }
    this.pos = close + 1;
    return true;
  }

  private note(text: string) {
    if (!text) return;
    const days = this.group ? this.group.days : WEEKDAYS;
    for (const day of days) this.model.notes[day].push(text);
  }

  /** '16:30停止入馆', '下午4点半后停止入场' */
  private entryNote(at: number): boolean {
    this.match(MODIFIER);
    if (!this.clock() || !this.match(ENTRY_NOTE)) {
      this.pos = at;
      return false;
    }
    this.note(this.text.slice(at, this.pos).replace(/\s+/g, ''));
    return true;
  }

  private clock(): Clock | undefined {
    const at = this.pos;
    const found = this.match(CLOCK);
    if (!found) return undefined;
    const [, hour, minutes, half, quarter, threeQuarters, spoken] = found;
    const marked = found[0].length > hour.length;
    const minute = minutes !== undefined ? Number(minutes) : half ? 30 : quarter ? 15 : threeQuarters ? 45 : spoken !== undefined ? chineseNumber(spoken) : 0;
    const clock = { hour: chineseNumber(hour), minute, marked };
    if (clock.hour > 24 || clock.minute > 59 || (clock.hour === 24 && clock.minute > 0)) throw new NotUnderstood(at, '时间应在 0:00 到 24:00 之间');
    return clock;
  }

  /** '8:00-12:00', '上午8点至12点', '下午2:30—5:30', '8-12点', '晚上7点到次日凌晨2点' */
  private range(at: number): boolean {
    const startModifier = this.match(MODIFIER)?.[1] as Modifier | undefined;
    const start = this.clock();
    if (!start || !this.match(RANGE_DASH)) {
      this.pos = at;
      return false;
    }
    const endModifier = this.match(MODIFIER)?.[1] as Modifier | undefined;
    const end = this.clock();
    if (!end) throw new NotUnderstood(at, '没有写明到几点');
    if (!start.marked && !end.marked) throw new NotUnderstood(at, '只写了数字，请写成 8:00-12:00 或 8点到12点');
    const from = minutesOf(start, startModifier);
    let to = minutesOf(end, endModifier ?? (startModifier === '次日' ? undefined : startModifier));
    if (to === 0 && from > 0) to = 1440;
    // '8:00-5:30' means half past five in the afternoon.
    if (to <= from && endModifier === undefined && end.hour < 12 && to + 720 > from) to += 720;
    if (to <= from && (endModifier === '凌晨' || endModifier === '次日' || endModifier === '翌日')) to += 1440;
    if (to <= from) throw new NotUnderstood(at, '结束时间早于开始时间；过了午夜请写“次日”，例如“18:00至次日2:00”');
    this.hours([from, to], at);
    return true;
  }

  private hours(interval: Interval, at: number) {
    if (!this.group) this.startGroup([...WEEKDAYS], false, at);
    const group = this.group!;
    const { week } = this.model;
    for (const day of group.days) week[day] = [...(group.fresh ? [] : week[day] ?? []), interval];
    if (group.holidays) {
      const previous = this.model.holidays.kind === 'hours' && !group.fresh ? this.model.holidays.intervals : [];
      this.model.holidays = { kind: 'hours', intervals: [...previous, interval] };
    }
    group.fresh = false;
    group.closed = false;
    this.lastRange = { interval, end: this.pos };
  }

  private closed(at: number) {
    const group = this.group;
    if (this.breakJustGiven(at)) return;
    if (!group) throw new NotUnderstood(at, '没有写明哪几天休息');
    for (const day of group.days) this.model.week[day] = [];
    if (group.holidays) this.model.holidays = { kind: 'off' };
    group.fresh = false;
    group.closed = true;
  }

  /** '节假日照常开放'; after hours, '开放' says nothing new. */
  private open(at: number) {
    const group = this.group;
    if (group?.fresh && group.holidays && group.days.length === 0) {
      this.model.holidays = { kind: 'usual' };
      this.usualHolidaysAt = at;
      group.fresh = false;
      return;
    }
    if (group?.fresh) throw new NotUnderstood(at, '没有写明几点到几点');
  }

  /**
   * '12:00-14:30休息', '午休 12:00-13:30': the hours just read are a break, not an opening. range() added
   * them as hours; they are taken out again and cut from the day.
   */
  private breakJustGiven(at: number): boolean {
    const { group, lastRange } = this;
    if (!group || !lastRange || !/^\s*$/.test(this.text.slice(lastRange.end, at))) return false;
    for (const day of group.days) this.model.week[day] = subtract((this.model.week[day] ?? []).filter((iv) => iv !== lastRange.interval), lastRange.interval);
    this.lastRange = undefined;
    return true;
  }

  /** '中午休息' is fine when the hours already have a break; '12:00-14:00午休' and '午休 12:00-14:30' make one. */
  private lunch(at: number) {
    if (this.breakJustGiven(at)) return;
    this.match(/\s*:?\s*/y);
    const rangeAt = this.pos;
    if (this.range(rangeAt)) {
      this.breakJustGiven(this.pos);
      return;
    }
    const days = this.group?.days ?? WEEKDAYS;
    const withoutBreak = days.filter((day) => (this.model.week[day] ?? []).length === 1);
    if (withoutBreak.length > 0) throw new NotUnderstood(at, '没有写明中午几点到几点休息，例如“12:00-14:30休息”或分开写上午、下午的时间');
  }
}

function minutesOf({ hour, minute }: Clock, modifier: Modifier | undefined): number {
  let h = hour;
  if ((modifier === '下午' || modifier === '傍晚' || modifier === '晚上' || modifier === '晚间' || modifier === '夜间' || modifier === '夜里') && h < 12) h += 12;
  else if ((modifier === '晚上' || modifier === '晚间' || modifier === '夜间' || modifier === '夜里') && h === 12) h = 24;
  else if ((modifier === '中午' || modifier === '午间') && h < 6) h += 12;
  else if ((modifier === '凌晨' || modifier === '次日' || modifier === '翌日') && h === 12) h = 0;
  return h * 60 + minute;
}

function subtract(intervals: Interval[], [s, e]: Interval): Interval[] {
  return intervals.flatMap(([start, end]): Interval[] => {
    if (e <= start || s >= end) return [[start, end]];
    return [...(start < s ? [[start, s] as Interval] : []), ...(e < end ? [[e, end] as Interval] : [])];
  });
}

/**
 * The OSM forms the site writes and its guide teaches: 'Mo-Fr 08:00-12:00,14:30-17:30; Sa 09:00-12:00;
 * PH off', 24/7, and "comments". Anything else (months, weeks, sunrise) is left to opening_hours.
 */
class OsmParser {
  constructor(private readonly text: string) {}

  read(): Model {
    const model = emptyModel();
    let at = 0;
    for (const rule of this.text.split(';')) {
      const start = at + (rule.length - rule.trimStart().length);
      at += rule.length + 1;
      if (!rule.trim()) continue;
      const found = /^(?:(24\/7)|(?:((?:Mo|Tu|We|Th|Fr|Sa|Su|PH)(?:-(?:Mo|Tu|We|Th|Fr|Sa|Su))?(?:,(?:Mo|Tu|We|Th|Fr|Sa|Su|PH)(?:-(?:Mo|Tu|We|Th|Fr|Sa|Su))?)*)\s+)?(off|closed|\d{2}:\d{2}-\d{2}:\d{2}(?:,\d{2}:\d{2}-\d{2}:\d{2})*))(?:\s+(open|off|closed))?(?:\s+"([^"]*)")?$/.exec(rule.trim());
      if (!found) throw new NotUnderstood(start, '不是本站认得的 OpenStreetMap 写法');
      const [, always, selector = 'Mo-Su', times, state, comment] = found;
      const intervals: Interval[] =
        always || state === 'off' || state === 'closed' || times === 'off' || times === 'closed'
          ? always
            ? [[0, 1440]]
            : []
          : times.split(',').map((span) => {
              const [from, to] = span.split('-').map((t) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3)));
              return [from, to <= from ? to + 1440 : to];
            });
      for (const part of (always ? 'Mo-Su' : selector).split(',')) {
        if (part === 'PH') {
          model.holidays = intervals.length > 0 ? { kind: 'hours', intervals } : { kind: 'off' };
          continue;
        }
        const [first, last = first] = part.split('-').map((d) => WEEKDAYS.indexOf(d as Weekday));
        for (let i = first; ; i = (i + 1) % 7) {
          model.week[WEEKDAYS[i]] = intervals;
          model.notes[WEEKDAYS[i]] = comment ? [comment] : [];
          if (i === last) break;
        }
      }
    }
    return model;
  }
}
