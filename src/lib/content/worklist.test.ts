import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT } from '../../../tools/paths.ts';
import { copyContent } from '../../../tests/helpers/content-copy.ts';
import type { Calendar } from '../../schemas/calendar.ts';
import { formatWorklist, missingCalendarYears, placesToConfirm, worklistCsv, type WorklistPlace } from './worklist.ts';

const regions = [{ id: 'wenchang', data: { name: '文昌市', towns: [{ id: 'wencheng', name: '文城镇' }] } }];
const complete = { address: '文城镇某路 1 号', telephone: '0898-63212345', hours: 'Mo-Fr 08:00-12:00', location: { precision: 'exact' } };
const place = (id: string, data: Partial<WorklistPlace['data']>): WorklistPlace => ({
  collection: 'service-points',
  id,
  data: { name: id, region: 'wenchang', town: 'wencheng', confirmation: { status: 'confirmed', checkedOn: new Date('2026-01-10T00:00:00Z'), source: '电话核实' }, ...complete, ...data },
});

describe('the worklist', () => {
  const places = [
    place('fresh-complete', {}),
    place('fresh-no-phone', { telephone: undefined, location: { precision: 'approximate' } }),
    place('old-2024', { confirmation: { status: 'confirmed', checkedOn: '2024-05-01', source: '电话' } }),
    place('old-2025', { confirmation: { status: 'confirmed', checkedOn: new Date('2025-03-04T00:00:00Z'), source: '电话' } }),
    place('just-a-year', { confirmation: { status: 'confirmed', checkedOn: '2025-03-05', source: '电话' } }),
    place('unconfirmed', { confirmation: { status: 'unconfirmed', source: '报道' }, address: undefined, hours: undefined, telephone: undefined, location: undefined }),
  ];
  const items = placesToConfirm(places, regions, '2026-03-05');

  it('lists unconfirmed places first, then confirmations older than a year (oldest first), then missing fields', () => {
    expect(items.map((i) => [i.id, i.reason])).toEqual([
      ['unconfirmed', 'unconfirmed'],
      ['old-2024', 'stale'],
      ['old-2025', 'stale'],
      ['fresh-no-phone', 'missing'],
    ]);
  });
  it('names what is missing, counting an approximate position as missing an exact one', () => {
    expect(items.find((i) => i.id === 'unconfirmed')!.missing).toEqual(['门址', '联系电话', '开放时间', '准确位置']);
    expect(items.find((i) => i.id === 'fresh-no-phone')!).toMatchObject({ missing: ['联系电话', '准确位置'], regionId: 'wenchang', region: '文昌市', town: '文城镇', checkedOn: '2026-01-10', file: 'content/service-points/fresh-no-phone.mdx' });
  });
  it('writes a CSV Excel opens as UTF-8, with the calendar’s missing years after the places', () => {
    const csv = worklistCsv(items, [2027]);
    expect(csv.startsWith('\uFEFF"序号","原因"')).toBe(true);
    const rows: string[][] = parse(csv, { bom: true });
    expect(rows.map((r) => r[1])).toEqual(['原因', '尚未核实', '核实已超过一年', '核实已超过一年', '已核实但缺少信息', '节假日日历']);
    expect(rows[4]).toEqual(['4', '已核实但缺少信息', '党群服务点', 'fresh-no-phone', '文昌市', '文城镇', '联系电话、准确位置', '2026-01-10', 'fresh-no-phone', 'content/service-points/fresh-no-phone.mdx']);
    expect(rows[5][3]).toContain('缺少 2027 年');
  });
  it('prints the groups in the same order', () => {
    const text = formatWorklist(items, [], '2026-03-05');
    expect(text.indexOf('尚未核实（1）')).toBeLessThan(text.indexOf('核实已超过一年（2）'));
    expect(text.indexOf('核实已超过一年（2）')).toBeLessThan(text.indexOf('已核实但缺少信息（1）'));
  });
});

describe('the holiday calendar’s missing years', () => {
  const calendar = (...years: number[]): Calendar => ({ holidays: years.map((y) => ({ name: '元旦', from: `${y}-01-01`, to: `${y}-01-01` })), workdays: [] });
  it('asks for this year whenever it is absent', () => {
    expect(missingCalendarYears(calendar(2025), '2026-03-05')).toEqual([2026]);
    expect(missingCalendarYears(calendar(2026), '2026-03-05')).toEqual([]);
  });
  it('asks for next year from November, when the State Council’s notice is due, as the build reminds', () => {
    expect(missingCalendarYears(calendar(2026), '2026-10-15')).toEqual([]);
    expect(missingCalendarYears(calendar(2026), '2026-11-15')).toEqual([2027]);
    expect(missingCalendarYears(calendar(2026, 2027), '2026-11-15')).toEqual([]);
    expect(missingCalendarYears(calendar(), '2026-12-01')).toEqual([2026, 2027]);
  });
});

describe('npm run report', () => {
  let copy: ReturnType<typeof copyContent> | undefined;
  afterEach(() => copy?.remove());
  it('prints the worklist of the real content and writes it as CSV', () => {
    copy = copyContent();
    const out = join(copy.root, 'worklist.csv');
    const run = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/report.ts'), '--out', out], {
      cwd: ROOT,
      env: { ...process.env, CONTENT_ROOT: copy.root, SITE_BUILD_DATE: '2026-12-01' },
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('content/service-points/xinfeng-shequ.mdx');
    expect(run.stdout).toContain('缺少 2027 年');
    const rows: string[][] = parse(readFileSync(out, 'utf8'), { bom: true });
    expect(rows.some((row) => row[8] === 'xinfeng-shequ' && row[1] === '尚未核实')).toBe(true);
  }, 30_000);
});
