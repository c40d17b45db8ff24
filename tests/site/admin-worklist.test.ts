/**
 * The office's tools in the built site — the worklist page, its CSV and the import sheets — and a
 * sheet imported into the fixture site, built, with the imported facts on the place's page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { describe, expect, inject, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import { planImport } from '../../src/lib/content/import/import.ts';
import { placesToConfirm, type WorklistPlace, type WorklistRegion } from '../../src/lib/content/worklist.ts';
import { shanghaiWallClock } from '../../src/lib/hours/dates.ts';
import { PLACE_COLLECTIONS } from '../../src/schemas/index.ts';
import { DIST, ROOT } from '../../tools/paths.ts';
import { IMPORTED_ID } from '../fixtures/site-fixture.ts';

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
  it('offers the CSV, a sheet per kind of place, and a page per region, which links each of its places to confirm', () => {
    expect(expected.length).toBeGreaterThan(0);
    expect(page).toContain('href="/admin/worklist.csv"');
    for (const collection of PLACE_COLLECTIONS) expect(page).toContain(`href="/admin/templates/${collection}.xlsx"`);
    const regionOf = new Map(entries.map((e) => [`${e.collection}/${e.id}`, e.data.region as string]));
    const regions = new Set(expected.map((item) => regionOf.get(`${item.collection}/${item.id}`)!));
    for (const region of regions) expect(page).toContain(`href="/admin/worklist/${region}/"`);
    for (const item of expected) {
      const regionPage = html(DIST, `admin/worklist/${regionOf.get(`${item.collection}/${item.id}`)}`);
      expect(regionPage).toContain(`href="/${item.collection}/${item.id}/"`);
      expect(regionPage).toContain('<meta name="robots" content="noindex">');
    }
    // The index lists no place itself: it stays the same size however many places there are.
    for (const item of expected) expect(page).not.toContain(`href="/${item.collection}/${item.id}/"`);
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

/** The fixture site (tests/fixtures/site-fixture.ts) holds a workstation created by importing a sheet. */
describe('an imported sheet, built', () => {
  const dist = inject('fixtureDist');

  it('publishes the new place with the facts from the sheet', () => {
    const page = html(dist, `workstations/${IMPORTED_ID}`);
    expect(page).toContain('导入测试工作站');
    expect(page).toContain('0898-63335678');
    expect(page).toContain('文城镇测试路 2 号');
  });
  it('keeps the confirmed, complete place off the worklist and puts it in the published sheet', async () => {
    expect(html(dist, 'admin/worklist/wenchang')).not.toContain(`/workstations/${IMPORTED_ID}/`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(join(dist, 'admin/templates/workstations.xlsx')) as unknown as ArrayBuffer);
    expect(workbook.getWorksheet('数据')!.getColumn(1).values.slice(2)).toContain(IMPORTED_ID);
  });
});
