import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import ExcelJS from 'exceljs';
import { buildSchemas, COLLECTION_LABELS, PLACE_COLLECTIONS, type CollectionName } from '../../../schemas/index.ts';
import { loadVocabularies, type Vocabularies } from '../../../schemas/vocabularies.ts';
import { paths } from '../../site/urls.ts';
import { loadRawEntries } from '../load.ts';
import { DELETE_MARK } from './cells.ts';
import { ID_COLUMN_KEY, sheetColumns, type Column } from './columns.ts';
import { DATA_SHEET } from './read.ts';

/** Rows that carry drop-downs and text formatting; enough for a county's list of places. */
const TEMPLATE_ROWS = 1000;
const CHOICES_SHEET = '选项';
const YES = '是';
const NO = '否';

export interface TemplateEntry {
  id: string;
  data: Record<string, unknown>;
}

const valueAt = (data: Record<string, unknown>, path: string[]) =>
  path.reduce<unknown>((node, step) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[step] : undefined), data);

const labelOf = (column: Column, id: unknown) => column.choices?.find((c) => c.id === id)?.label ?? String(id);

/** An entry's value as the sheet shows it: the inverse of reading a cell, so an untouched row imports as no change. */
function cellOf(column: Column, entry: TemplateEntry): ExcelJS.CellValue {
  if (column.key === ID_COLUMN_KEY) return entry.id;
  const value = valueAt(entry.data, column.path);
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) return value.map((item) => (column.kind === 'choice' ? labelOf(column, item) : String(item))).join('、');
  if (column.kind === 'choice') return labelOf(column, value);
  if (column.kind === 'boolean') return value === true ? YES : value === false ? NO : String(value);
  if (column.kind === 'date') return value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
  return value as ExcelJS.CellValue;
}

function needText(column: Column): string {
  if (column.key === ID_COLUMN_KEY) return '必填';
  return column.required ? '必填' : column.path.length > 1 ? '填写这一组时按说明填' : '可选';
}

function hint(column: Column): string {
  const parts = [column.description, needText(column)];
  if (column.list) parts.push(column.kind === 'choice' ? '可填多项，用顿号（、）分隔' : '多项用顿号（、）分隔，或在格内换行（Alt+回车）');
  if (column.kind === 'choice') parts.push(`可填：${column.choices!.map((c) => c.label).join('、')}`);
  if (column.kind === 'boolean') parts.push(`填“${YES}”或“${NO}”`);
  if (column.kind === 'date') parts.push('日期写作 2026-03-05');
  return parts.filter(Boolean).join('。');
}

/**
 * The import template for a collection, generated from its schema: Chinese headers with the field
 * names, drop-downs for choices and yes/no, a notes sheet, and optionally the current entries.
 */
export async function templateWorkbook(collection: CollectionName, vocabularies: Vocabularies, entries: TemplateEntry[] = []): Promise<Buffer> {
  const { columns, skipped } = sheetColumns(buildSchemas(vocabularies)[collection], vocabularies);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '海南城市基层党建网站';
  const data = workbook.addWorksheet(DATA_SHEET, { views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }] });
  const notes = workbook.addWorksheet('说明');
  const choices = workbook.addWorksheet(CHOICES_SHEET, { state: 'hidden' });

  data.columns = columns.map((column) => ({
    header: column.header,
    key: column.key,
    width: Math.min(40, Math.max(12, column.header.length * 2)),
    // Text cells keep 0898-… and 13812345678 as typed instead of turning them into numbers or dates.
    style: { numFmt: column.kind === 'date' ? 'yyyy-mm-dd' : column.kind === 'number' ? 'General' : '@' },
  }));
  const header = data.getRow(1);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle' };
  columns.forEach((column, index) => {
    const cell = header.getCell(index + 1);
    cell.note = hint(column);
    if (column.required) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFCE4B6' } };
  });
  for (const entry of entries) data.addRow(columns.map((column) => cellOf(column, entry)));

  // Range-wide validations are in exceljs (one <dataValidation sqref="H2:H1001">) but not in its type definitions.
  const validations = (data as unknown as { dataValidations: { add(range: string, rule: ExcelJS.DataValidation): void } }).dataValidations;
  let choiceColumn = 0;
  columns.forEach((column, index) => {
    const letter = data.getColumn(index + 1).letter;
    const range = `${letter}2:${letter}${TEMPLATE_ROWS + 1}`;
    const options = column.kind === 'boolean' ? [YES, NO] : column.kind === 'choice' ? column.choices!.map((c) => c.label) : undefined;
    if (!options) return;
    if (column.list) {
      // Excel's list validation takes one value per cell; a list cell only shows what may go in it.
      validations.add(range, { type: 'custom', allowBlank: true, formulae: ['TRUE'], showInputMessage: true, promptTitle: column.label, prompt: `可多选，用、分隔：${options.join('、')}`.slice(0, 255) });
      return;
    }
    choiceColumn++;
    const source = choices.getColumn(choiceColumn);
    source.values = [column.header, ...options];
    const list = `'${CHOICES_SHEET}'!$${source.letter}$2:$${source.letter}$${options.length + 1}`;
    validations.add(range, {
      type: 'list',
      allowBlank: true,
      formulae: [list],
      showErrorMessage: true,
      errorStyle: 'warning',
      errorTitle: '不在可选范围内',
      error: `请从下拉列表中选择：${options.join('、')}`.slice(0, 255),
    });
  });

  notes.columns = [
    { header: '列名', width: 36 },
    { header: '是否必填', width: 14 },
    { header: '说明', width: 80 },
  ];
  notes.getRow(1).font = { bold: true };
  for (const column of columns) notes.addRow([column.header, needText(column), hint(column)]);
  notes.addRow([]);
  for (const line of [
    `这是“${COLLECTION_LABELS[collection]}”的导入表格，由网站的校验规则自动生成。在“${DATA_SHEET}”工作表中每行填写一个条目。`,
    '文件名已存在的行会更新那个条目，新的文件名会新建条目。空着的格子表示“不改动”：条目原有的内容和正文都会保留。',
    `要删去一个字段原有的内容，在格子里填“${DELETE_MARK}”。`,
    '不需要的列可以整列删去，但不要修改列名。表头底色为橙色的列是必填的。',
    '导入前程序会检查每一行，有任何错误都不会写入，并逐条列出行号、列名和原因。',
    ...(skipped.length > 0 ? [`以下字段不能用表格填写，请在文件中编辑：${skipped.map((s) => `${s.label}（${s.key}）`).join('、')}`] : []),
  ]) {
    notes.addRow([line]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * Writes the place sheets into a built site (linked from /admin/worklist/), filled with the entries
 * as written, not Astro's parsed data, whose schema defaults (and WGS-84 conversion) would come back
 * as edits. Run by scripts/build.ts, outside Vite's bundle, which keeps exceljs out of it; when this was
 * written the bundle also resolved zod to the project's zod 4 (astro.config.mjs now keeps astro/zod external).
 */
export async function writeTemplates(root: string, outDir: string): Promise<void> {
  const vocabularies = loadVocabularies(root);
  const { entries } = loadRawEntries(root);
  for (const collection of PLACE_COLLECTIONS) {
    const file = join(outDir, paths.importTemplate(collection));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, await templateWorkbook(collection, vocabularies, entries.filter((entry) => entry.collection === collection)));
  }
}
