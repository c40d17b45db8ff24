/**
 * The office's tools in the built site — the worklist page, its CSV and the import sheets — and a
 * sheet imported into a copy of the project, built, with the imported facts on the place's page.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import { planImport } from '../../src/lib/content/import/import.ts';
import { placesToConfirm, type WorklistPlace, type WorklistRegion } from '../../src/lib/content/worklist.ts';
import { shanghaiWallClock } from '../../src/lib/hours/dates.ts';
import { PLACE_COLLECTIONS } from '../../src/schemas/index.ts';
import { buildProjectInBackground, copyProject } from '../helpers/project-copy.ts';
import { DIST, ROOT } from './lib/paths.ts';

const html = (dir: string, path: string) => readFileSync(join(dir, path, 'index.html'), 'utf8');

describe('the worklist at /admin/worklist/', () => {
  const page = html(DIST, 'admin/worklist');
  const { entries } = checkContent(ROOT);
  const expected = placesToConfirm(
    entries.filter((e) => (PLACE_COLLECTIONS as readonly string[]).includes(e.collection)) as unknown as WorklistPlace[],
    entries.filter((e) => e.collection === 'regions') as unknown as WorklistRegion[],
    shanghaiWallClock(new Date()).date,
  );

  it('is kept out of search engines and the site search', () => {
    expect(page).toContain('<meta name="robots" content="noindex">');
    expect(page).not.toContain('data-pagefind-body');
  });
  it('links each place to confirm to its page, and offers the CSV and a sheet per kind of place', () => {
    expect(expected.length).toBeGreaterThan(0);
    for (const item of expected) expect(page).toContain(`href="/${item.collection}/${item.id}/"`);
    expect(page).toContain('href="/admin/worklist.csv"');
    for (const collection of PLACE_COLLECTIONS) expect(page).toContain(`href="/admin/templates/${collection}.xlsx"`);
  });
  it('publishes the same list as CSV, with the byte-order mark Excel needs', () => {
    const csv = readFileSync(join(DIST, 'admin/worklist.csv'), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows: string[][] = parse(csv, { bom: true });
    expect(rows.slice(1).map((row) => row[8]).filter(Boolean)).toEqual(expected.map((item) => item.id));
  });
  it.each(PLACE_COLLECTIONS)('publishes the %s sheet, filled with the current entries, which imports as no change', async (collection) => {
    const bytes = readFileSync(join(DIST, 'admin/templates', `${collection}.xlsx`));
    const plan = await planImport(ROOT, collection, `${collection}.xlsx`, bytes);
    expect(plan.problems).toEqual([]);
    expect(plan.writes).toEqual([]);
    expect(plan.unchanged).toBe(entries.filter((e) => e.collection === collection).length);
  }, 60_000);
});

/** A copy of the project, a sheet imported into it by the command an editor runs, then built. */
describe('an imported sheet, built', () => {
  let fixture: ReturnType<typeof copyProject>;
  const NEW_ID = 'daoru-ceshi-fuwuzhan';
  beforeAll(async () => {
    fixture = copyProject('import-built-');
    const sheet = `\uFEFF文件名（id）,名称（name）,所属市县（region）,所在镇（town）,一两句话的摘要（summary）,位置·经度（location.lng）,位置·纬度（location.lat）,位置·位置精度（location.precision）,门址（address）,联系电话（telephone）,开放时间（hours）,类别（kind）,提供的服务（services）,信息核实情况·核实状态（confirmation.status）,信息核实情况·核实日期（confirmation.checkedOn）,信息核实情况·信息来源或核实方式（confirmation.source）
${NEW_ID},导入测试服务站,wenchang,wencheng,从表格导入的测试服务站，位于文城镇，提供党员活动和便民咨询。,110.7601,19.6102,已核实的准确位置,文城镇测试路 1 号,0898-63212345,Mo-Fr 08:00-12:00,网格服务站,党员活动、便民咨询,已向单位核实,2026/9/1,2026年9月电话核实
xinfeng-shequ,,,,,,,,,0898-63219999,,,,,,
`;
    writeFileSync(join(fixture.root, 'sheet.csv'), sheet);
    const run = spawnSync(process.execPath, ['--import', 'tsx', join(fixture.root, 'scripts/import.ts'), 'service-points', 'sheet.csv'], { cwd: fixture.root, encoding: 'utf8', env: { ...process.env, INIT_CWD: fixture.root } });
    if (run.status !== 0) throw new Error(`import failed:\n${run.stdout}\n${run.stderr}`);
    await buildProjectInBackground(fixture.root, { SITE_BUILD_DATE: '2026-09-15' });
  }, 600_000);
  afterAll(() => fixture?.remove());

  it('publishes the new place with the facts from the sheet', () => {
    const page = html(join(fixture.root, 'dist'), `service-points/${NEW_ID}`);
    expect(page).toContain('导入测试服务站');
    expect(page).toContain('0898-63212345');
    expect(page).toContain('文城镇测试路 1 号');
  });
  it('keeps the updated place’s text and adds the telephone', () => {
    const page = html(join(fixture.root, 'dist'), 'service-points/xinfeng-shequ');
    expect(page).toContain('0898-63219999');
    expect(page).toContain('新风社区打造了“党员之家”“图书角”等特色服务');
  });
  it('takes the confirmed, complete place off the worklist and puts it in the published sheet', async () => {
    expect(html(join(fixture.root, 'dist'), 'admin/worklist')).not.toContain(`/service-points/${NEW_ID}/`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(join(fixture.root, 'dist/admin/templates/service-points.xlsx')) as unknown as ArrayBuffer);
    const ids = workbook.getWorksheet('数据')!.getColumn(1).values.slice(2);
    expect(ids).toContain(NEW_ID);
  });
});
