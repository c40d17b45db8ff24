import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import { formatImportReport, planImport, writeImport } from '../../src/lib/content/import/import.ts';
import { columnLetter } from '../../src/lib/content/import/cells.ts';
import { sheetColumns } from '../../src/lib/content/import/columns.ts';
import { templateWorkbook } from '../../src/lib/content/import/template.ts';
import { buildSchemas } from '../../src/schemas/index.ts';
import { loadRawEntries } from '../../src/lib/content/load.ts';
import { loadVocabularies } from '../../src/schemas/vocabularies.ts';
import { ROOT } from '../../tools/paths.ts';
import { copyContent } from '../helpers/content-copy.ts';

let copy: ReturnType<typeof copyContent> | undefined;
afterEach(() => copy?.remove());

const BOM = '\uFEFF';
const POINTS = 'content/service-points';
const snapshot = (root: string) => Object.fromEntries(readdirSync(join(root, POINTS)).map((name) => [name, readFileSync(join(root, POINTS, name), 'utf8')]));
const bodyOf = (text: string) => text.slice(text.indexOf('\n---', 3) + 4);

/** Rows filled into the generated template, as an office would: Chinese labels from the drop-downs, dates as Excel dates. */
async function filledTemplate(rows: Array<Record<string, ExcelJS.CellValue>>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await templateWorkbook('service-points', loadVocabularies(ROOT))) as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('数据')!;
  const headers = (sheet.getRow(1).values as string[]).slice(1);
  rows.forEach((row, index) => {
    for (const [key, value] of Object.entries(row)) {
      const column = headers.findIndex((header) => header.endsWith(`（${key}）`));
      if (column < 0) throw new Error(`the template has no column ${key}`);
      sheet.getRow(index + 2).getCell(column + 1).value = value;
    }
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const NEW_POINT = {
  id: 'dongfeng-shequ-test',
  name: '测试社区党群服务站',
  region: 'wenchang',
  town: 'wencheng',
  community: 'xinfeng',
  sources: 'wenchang-hangtiancheng-2020',
  summary: '导入测试用的服务点，位于文城镇新风社区，为居民提供党员活动和图书角服务。',
  'location.lng': 110.7601,
  'location.lat': 19.6102,
  'location.precision': '已核实的准确位置',
  address: '文城镇测试路 1 号',
  telephone: 13812345678,
  hours: 'Mo-Fr 08:00-12:00,14:30-17:30',
  kind: '社区党群服务站',
  services: '党员活动、图书角',
  'confirmation.status': '已向单位核实',
  'confirmation.checkedOn': new Date(Date.UTC(2026, 2, 5)),
  'confirmation.source': '2026年3月电话核实（文城镇党委办）',
};

// Each import runs the whole content check twice (before and after), slow on a busy machine.
describe('importing a spreadsheet', { timeout: 120_000 }, () => {
  it('creates and updates entries from an .xlsx that pass the content check, keeping the updated entry’s body and other fields', async () => {
    copy = copyContent();
    const before = readFileSync(join(copy.root, POINTS, 'xinfeng-shequ.mdx'), 'utf8');
    const sheet = await filledTemplate([NEW_POINT, { id: 'xinfeng-shequ', telephone: '0898-63212345', 'confirmation.status': '尚未核实' }]);
    const plan = await planImport(copy.root, 'service-points', 'points.xlsx', sheet);
    expect(plan.problems, formatImportReport(plan, false)).toEqual([]);
    expect(plan.writes.map((w) => [w.file, w.created, w.changed])).toEqual([
      [`${POINTS}/dongfeng-shequ-test.mdx`, true, expect.arrayContaining(['名称', '联系电话'])],
      [`${POINTS}/xinfeng-shequ.mdx`, false, ['联系电话']],
    ]);
    writeImport(copy.root, plan);

    const { problems, entries } = checkContent(copy.root);
    expect(problems).toEqual([]);
    const created = entries.find((e) => e.id === 'dongfeng-shequ-test')!;
    expect(created.data).toMatchObject({ kind: 'community-station', services: ['party-activities', 'reading-corner'], telephone: '13812345678', location: { lng: 110.7601, lat: 19.6102, precision: 'exact' }, confirmation: { status: 'confirmed' } });
    expect(created.data.confirmation.checkedOn.toISOString().slice(0, 10)).toBe('2026-03-05');

    const after = readFileSync(join(copy.root, POINTS, 'xinfeng-shequ.mdx'), 'utf8');
    expect(bodyOf(after)).toBe(bodyOf(before));
    // The new field goes where the schema lists it (after location), not at the end.
    expect(after).toBe(before.replace('services:\n', 'telephone: 0898-63212345\nservices:\n'));
  });

  it('reads a UTF-8 CSV with a byte-order mark, labels, 2026/3/5 dates and a quoted multi-line cell', async () => {
    copy = copyContent();
    const csv = `${BOM}文件名（id）,名称,所属市县（region）,所在镇（town）,依据的来源（sources）,一两句话的摘要（summary）,类别（kind）,提供的服务（services）,核实状态,信息核实情况·核实日期（confirmation.checkedOn）,信息核实情况·信息来源或核实方式（confirmation.source）,开放时间补充说明（hoursNote）\r\n`
      + `csv-fuwuzhan-test,CSV 测试服务站,wenchang,wencheng,wenchang-hangtiancheng-2020,CSV 导入测试用的服务站，位于文城镇。,网格服务站,"便民咨询，图书角",已向单位核实,2026/3/5,2026年3月现场核实,"第一行\n第二行"\r\n`;
    const plan = await planImport(copy.root, 'service-points', 'points.csv', Buffer.from(csv));
    expect(plan.problems, formatImportReport(plan, false)).toEqual([]);
    writeImport(copy.root, plan);
    const { problems, entries } = checkContent(copy.root);
    expect(problems).toEqual([]);
    expect(entries.find((e) => e.id === 'csv-fuwuzhan-test')!.data).toMatchObject({ kind: 'grid-station', services: ['public-consultation', 'reading-corner'], hoursNote: '第一行\n第二行' });
  });

  it('writes nothing when several rows have mistakes, and names each row, column and reason with the check’s messages', async () => {
    copy = copyContent();
    const files = snapshot(copy.root);
    const sheet = await filledTemplate([
      NEW_POINT,
      { ...NEW_POINT, id: 'second-test', telephone: '0898 1234', 'location.lng': '东经110度' },
      { id: 'xinfeng-shequ', town: 'haikou' },
      { ...NEW_POINT, id: 'third-test', summary: '太短', services: '党员活动、跳舞', 'confirmation.checkedOn': '2026-02-30' },
    ]);
    const plan = await planImport(copy.root, 'service-points', 'points.xlsx', sheet);
    const where = plan.problems.map((p) => `${p.row} ${p.column}`);
    // Letters from the template's own columns, so a new schema field does not break the test.
    const vocabularies = loadVocabularies(ROOT);
    const { columns } = sheetColumns(buildSchemas(vocabularies)['service-points'], vocabularies);
    const at = (row: number, key: string) => {
      const index = columns.findIndex((c) => c.key === key);
      return `${row} ${columnLetter(index)}“${columns[index].header}”`;
    };
    expect(where).toEqual([at(3, 'location.lng'), at(3, 'telephone'), at(4, 'town'), at(5, 'summary'), at(5, 'confirmation.checkedOn'), at(5, 'services')]);
    const report = formatImportReport(plan, false);
    expect(report).toContain('没有写入任何文件');
    expect(report).toContain('第 3 行（second-test）');
    expect(report).toContain('经度应为数字');
    expect(report).toContain('电话号码格式不对');
    expect(report).toContain('镇“haikou”不在 content/regions/wenchang.mdx 的 towns 中');
    expect(report).toContain('不在词表 services 中');
    expect(report).toContain('摘要至少 10 个字');
    expect(report).toContain('“2026-02-30”不是有效日期');

    // The command, given the file name relative to where the editor typed it.
    writeFileSync(join(copy.root, 'points.xlsx'), sheet);
    const cli = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/import.ts'), 'service-points', 'points.xlsx'], { cwd: ROOT, env: { ...process.env, CONTENT_ROOT: copy.root, INIT_CWD: copy.root }, encoding: 'utf8' });
    expect(cli.status).toBe(1);
    expect(cli.stderr).toContain('第 4 行（xinfeng-shequ）');
    expect(snapshot(copy.root)).toEqual(files);
  });

  it('re-importing the same sheet changes nothing, and a sheet with only some columns keeps every other field and the body', async () => {
    copy = copyContent();
    const first = await planImport(copy.root, 'service-points', 'points.xlsx', await filledTemplate([NEW_POINT]));
    writeImport(copy.root, first);
    const written = snapshot(copy.root);
    const again = await planImport(copy.root, 'service-points', 'points.xlsx', await filledTemplate([NEW_POINT]));
    expect([again.writes.length, again.unchanged]).toEqual([0, 1]);

    const path = join(copy.root, POINTS, 'dongfeng-shequ-test.mdx');
    writeFileSync(path, `${readFileSync(path, 'utf8')}\n## 服务点介绍\n\n编辑写的正文，<PlaceCard id="xinfeng-shequ" /> 不能丢。\n`);
    const withBody = readFileSync(path, 'utf8');
    const csv = `${BOM}文件名（id）,开放时间（hours）,位置·位置说明（location.note）\ndongfeng-shequ-test,Mo-Sa 08:00-12:00,\n`;
    const partial = await planImport(copy.root, 'service-points', 'partial.csv', Buffer.from(csv));
    expect(partial.problems).toEqual([]);
    writeImport(copy.root, partial);
    const after = readFileSync(path, 'utf8');
    expect(after).toBe(withBody.replace('hours: Mo-Fr 08:00-12:00,14:30-17:30', 'hours: Mo-Sa 08:00-12:00'));
    expect(Object.keys(snapshot(copy.root))).toEqual(Object.keys(written));
    expect(checkContent(copy.root).problems).toEqual([]);
  });

  it('takes hours written in Chinese, through the schema, and shows how the site reads them', async () => {
    copy = copyContent();
    const csv = `${BOM}文件名（id）,开放时间（hours）\nxinfeng-shequ,"周一至周五 8:00-12:00，14:30-17:30"\n`;
    const plan = await planImport(copy.root, 'service-points', 'hours.csv', Buffer.from(csv));
    expect(plan.problems).toEqual([]);
    expect(formatImportReport(plan, false)).toContain('Mo-Fr 08:00-12:00,14:30-17:30');
  });

  it('reads a GBK CSV saved by Excel on Chinese Windows, saying so', async () => {
    copy = copyContent();
    const plan = await planImport(copy.root, 'service-points', 'gbk.csv', readFileSync(join(ROOT, 'tests/fixtures/import/gbk.csv')));
    expect(plan.problems).toEqual([]);
    expect(plan.writes.map((w) => w.changed)).toEqual([['联系电话']]);
    expect(formatImportReport(plan, false)).toMatch(/^提示：.*GBK/);
  });

  it('refuses an id another kind of place already uses, naming the row', async () => {
    copy = copyContent();
    const plan = await planImport(copy.root, 'service-points', 'points.xlsx', await filledTemplate([{ ...NEW_POINT, id: 'hainan-jiefang-gongyuan' }]));
    expect(plan.problems).toEqual([{ row: 2, id: 'hainan-jiefang-gongyuan', column: 'A“文件名（id）”', message: expect.stringContaining('已被 content/sites/hainan-jiefang-gongyuan.mdx 使用') }]);
  });
  it('names the row also when the clash is reported on the existing file', async () => {
    copy = copyContent();
    const csv = `${BOM}文件名（id）,名称（name）,所属市县（region）,依据的来源（sources）,一两句话的摘要（summary）,类别（kind）,信息核实情况·核实状态（confirmation.status）,信息核实情况·信息来源或核实方式（confirmation.source）\nxinfeng-shequ,某纪念馆,wenchang,wenchang-hangtiancheng-2020,导入测试用的一处纪念馆，位于文昌。,纪念馆,尚未核实,测试\n`;
    const plan = await planImport(copy.root, 'sites', 'sites.csv', Buffer.from(csv));
    expect(plan.problems).toContainEqual({ row: 2, id: 'xinfeng-shequ', column: 'A“文件名（id）”', message: expect.stringContaining('已被 content/sites/xinfeng-shequ.mdx 使用') });
    // Knock-on problems in files the sheet does not touch are named by file and field.
    expect(plan.problems).toContainEqual({ file: 'content/routes/wenchang-chengshi-dangjian-guanmo.mdx', column: 'stops[0].place', message: expect.stringContaining('没有位置') });
  });
});

describe('the import template', { timeout: 120_000 }, () => {
  it('is written by npm run import -- --template with the current entries, or with none', async () => {
    copy = copyContent();
    const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/import.ts'), '--template', ...args], { cwd: ROOT, env: { ...process.env, CONTENT_ROOT: copy!.root, INIT_CWD: copy!.root }, encoding: 'utf8' });
    const rows = async (file: string) => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(readFileSync(join(copy!.root, file)) as unknown as ArrayBuffer);
      return workbook.getWorksheet('数据')!.rowCount;
    };
    expect(run('sites').status).toBe(0);
    expect(await rows('sites.xlsx')).toBe(1 + readdirSync(join(copy.root, 'content/sites')).length);
    expect(run('nonsense').status).toBe(2);
    // --empty hands the writer no entries: a header row only.
    writeFileSync(join(copy.root, 'blank.xlsx'), await templateWorkbook('sites', loadVocabularies(copy.root), []));
    expect(await rows('blank.xlsx')).toBe(1);
  });

  it('has Chinese headers with field names, drop-downs for choices and yes/no, and the current entries, which import as no change', async () => {
    const entries = loadRawEntries(ROOT).entries.filter((e) => e.collection === 'service-points');
    const bytes = await templateWorkbook('service-points', loadVocabularies(ROOT), entries);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['数据', '说明', '选项']);
    const sheet = workbook.getWorksheet('数据')!;
    const headers = (sheet.getRow(1).values as string[]).slice(1);
    expect(headers).toEqual(expect.arrayContaining(['文件名（id）', '名称（name）', '联系电话（telephone）', '位置·经度（location.lng）', '信息核实情况·核实状态（confirmation.status）', '类别（kind）']));
    const kind = headers.indexOf('类别（kind）') + 1;
    const rule = sheet.getCell(2, kind).dataValidation;
    expect(rule).toMatchObject({ type: 'list', formulae: [expect.stringMatching(/^'选项'!\$[A-Z]+\$2:\$[A-Z]+\$4$/)] });
    const choices = workbook.getWorksheet('选项')!;
    const listColumn = rule.formulae![0].match(/\$([A-Z]+)\$2/)![1];
    expect(choices.getColumn(listColumn).values.slice(2)).toEqual(['党群服务中心', '社区党群服务站', '网格服务站']);
    expect(sheet.rowCount).toBe(1 + entries.length);

    copy = copyContent();
    const plan = await planImport(copy.root, 'service-points', 'template.xlsx', bytes);
    expect([plan.problems, plan.writes, plan.unchanged]).toEqual([[], [], entries.length]);
  });
});
