import { describe, expect, it } from 'vitest';
import { DELETE, columnLetter, fieldValue, sheetEntries } from './cells.ts';
import type { Column } from './columns.ts';
import { decodeCsv, SheetError } from './read.ts';

const column = (over: Partial<Column>): Column => ({ key: 'x', path: ['x'], label: 'x', header: 'x（x）', description: '', required: false, kind: 'text', list: false, ...over });
const services = column({ key: 'services', path: ['services'], label: '提供的服务', header: '提供的服务（services）', kind: 'choice', list: true, choices: [{ id: 'party-activities', label: '党员活动' }, { id: 'reading-corner', label: '图书角' }] });

describe('cell values', () => {
  it('reads numbers typed as text, full-width or not, and passes anything else on for the schema to judge', () => {
    const lng = column({ kind: 'number' });
    expect(fieldValue(lng, '110.75')).toBe(110.75);
    expect(fieldValue(lng, '１１０．７５')).toBe(110.75);
    expect(fieldValue(lng, 110.75)).toBe(110.75);
    expect(fieldValue(lng, '东经110度')).toBe('东经110度');
  });
  it('turns the dates Excel shows and saves into YYYY-MM-DD, and leaves impossible ones to the schema', () => {
    const date = column({ kind: 'date' });
    expect(fieldValue(date, new Date(Date.UTC(2026, 2, 5)))).toBe('2026-03-05');
    expect(fieldValue(date, '2026/3/5')).toBe('2026-03-05');
    expect(fieldValue(date, '2026年3月5日')).toBe('2026-03-05');
    expect(fieldValue(date, '2026-02-30')).toBe('2026-02-30');
    expect(fieldValue(date, '三月五日')).toBe('三月五日');
  });
  it('reads 是/否 and Excel booleans', () => {
    const flag = column({ kind: 'boolean' });
    expect(fieldValue(flag, '是')).toBe(true);
    expect(fieldValue(flag, '否')).toBe(false);
    expect(fieldValue(flag, true)).toBe(true);
    expect(fieldValue(flag, '也许')).toBe('也许');
  });
  it('maps Chinese labels to ids in lists separated by 、 or commas, keeping unknown items for the schema to name', () => {
    expect(fieldValue(services, '党员活动、图书角')).toEqual(['party-activities', 'reading-corner']);
    expect(fieldValue(services, 'party-activities, 图书角')).toEqual(['party-activities', 'reading-corner']);
    expect(fieldValue(services, '党员活动、跳舞')).toEqual(['party-activities', '跳舞']);
  });
  it('splits free-text lists only at 、 and new lines, so a comma inside an item stays', () => {
    const offers = column({ list: true });
    expect(fieldValue(offers, '政策咨询，项目对接、人才培训\n场地支持')).toEqual(['政策咨询，项目对接', '人才培训', '场地支持']);
  });
  it('keeps a telephone typed into a number cell as text; empty means no change, 删除 means remove', () => {
    expect(fieldValue(column({}), 13812345678)).toBe('13812345678');
    expect(fieldValue(column({}), '   ')).toBeUndefined();
    expect(fieldValue(column({}), undefined)).toBeUndefined();
    expect(fieldValue(column({}), ' 删除 ')).toBe(DELETE);
  });
  it('names columns as Excel does', () => {
    expect([0, 1, 25, 26, 27, 51, 52].map(columnLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA']);
  });
});

describe('sheet rows', () => {
  const id = column({ key: 'id', path: [], label: '文件名', header: '文件名（id）' });
  const name = column({ key: 'name', path: ['name'], label: '名称', header: '名称（name）' });
  const lat = column({ key: 'location.lat', path: ['location', 'lat'], label: '位置·纬度', header: '位置·纬度（location.lat）', kind: 'number' });
  const columns = [id, name, lat, services];
  const noIdProblem = () => undefined;

  it('matches headers by full header, label, key or an unambiguous last label, and reports unknown and repeated ones', () => {
    const sheet = { headers: ['文件名', 'name', '纬度', '服务', '名称（name）'], rows: [], notes: [] };
    const { problems, columnIndex } = sheetEntries(sheet, columns, noIdProblem);
    expect(Object.fromEntries(columnIndex)).toEqual({ id: 0, name: 1, 'location.lat': 2 });
    expect(problems).toEqual([
      { row: 1, column: 'D“服务”', message: expect.stringContaining('不认识这个列名') },
      { row: 1, column: 'E“名称（name）”', message: expect.stringContaining('与前面的列重复') },
    ]);
  });
  it('skips empty rows and reports rows without an id, bad ids and ids used twice, each by row', () => {
    const sheet = {
      headers: ['文件名（id）', '名称（name）'],
      rows: [
        { number: 2, cells: ['a-place', '甲'] },
        { number: 3, cells: [undefined, '  '] },
        { number: 4, cells: [undefined, '乙'] },
        { number: 5, cells: ['a-place', '丙'] },
        { number: 6, cells: ['Bad Id', '丁'] },
      ],
      notes: [],
    };
    const { entries, problems } = sheetEntries(sheet, columns, (value) => (value === 'Bad Id' ? '不能作为条目标识' : undefined));
    expect(entries).toEqual([{ row: 2, id: 'a-place', values: new Map([['name', '甲']]) }]);
    expect(problems).toEqual([
      { row: 4, column: 'A“文件名（id）”', message: '必填：这一行没有文件名' },
      { row: 5, id: 'a-place', column: 'A“文件名（id）”', message: expect.stringContaining('在第 2 行已经出现过') },
      { row: 6, id: 'Bad Id', column: 'A“文件名（id）”', message: '不能作为条目标识' },
    ]);
  });
  it('cannot read anything without an id column', () => {
    const { entries, problems } = sheetEntries({ headers: ['名称（name）'], rows: [{ number: 2, cells: ['甲'] }], notes: [] }, columns, noIdProblem);
    expect(entries).toEqual([]);
    expect(problems[0].message).toContain('缺少“文件名（id）”这一列');
  });
});

describe('CSV text encoding', () => {
  it('reads UTF-8 with or without the byte-order mark Excel writes', () => {
    expect(decodeCsv(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('名称')]))).toEqual({ text: '名称', notes: [] });
    expect(decodeCsv(new TextEncoder().encode('名称')).text).toBe('名称');
  });
  it('reads GBK, as Excel on Chinese Windows saves plain CSV, and says so', () => {
    const { text, notes } = decodeCsv(new Uint8Array([0xc3, 0xfb, 0xb3, 0xc6])); // 名称 in GBK
    expect(text).toBe('名称');
    expect(notes[0]).toContain('GBK');
  });
  it('refuses bytes that are neither, asking for UTF-8 CSV or xlsx', () => {
    expect(() => decodeCsv(new Uint8Array([0x81, 0x20, 0xff]))).toThrow(SheetError);
    expect(() => decodeCsv(new Uint8Array([0x81, 0x20, 0xff]))).toThrow(/CSV UTF-8/);
  });
});
