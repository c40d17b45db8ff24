import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';

/** A cell as the sheet gives it: text, a number or true/false typed into Excel, a date cell, or nothing. */
export type CellValue = string | number | boolean | Date | undefined;

/** The first worksheet as rows of cells; `number` is the row number the editor sees in Excel. */
export interface Sheet {
  headers: string[];
  rows: Array<{ number: number; cells: CellValue[] }>;
  /** Said to the editor but not a mistake, such as "read as GBK". */
  notes: string[];
}

/** A problem with the file as a whole: nothing in it can be read. */
export class SheetError extends Error {}

/** The worksheet imports read; the template puts its data there, in front of the notes and choices. */
export const DATA_SHEET = '数据';

export async function readSheet(name: string, bytes: Uint8Array): Promise<Sheet> {
  if (/\.xlsx$/i.test(name)) return readXlsx(bytes);
  if (/\.csv$/i.test(name)) return readCsv(bytes);
  if (/\.xls$/i.test(name)) throw new SheetError('不能读取旧的 .xls 格式。请在 Excel 或 WPS 中“另存为” Excel 工作簿（.xlsx）或 CSV UTF-8（逗号分隔）（.csv）后再导入');
  throw new SheetError(`不认识的文件类型“${name}”：只能导入 .xlsx 或 .csv 文件`);
}

/** Rich text, formulas and links reduce to what the cell shows. */
function cellValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('error' in value) return String(value.error);
  if ('result' in value) return cellValue(value.result as ExcelJS.CellValue);
  if ('text' in value) return typeof value.text === 'string' ? value.text : cellValue(value.text as ExcelJS.CellValue);
  return undefined;
}

async function readXlsx(bytes: Uint8Array): Promise<Sheet> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch (error) {
    throw new SheetError(`无法打开这个 .xlsx 文件（${error instanceof Error ? error.message : String(error)}）。请确认它是 Excel 工作簿，没有设置密码`);
  }
  const sheet = workbook.getWorksheet(DATA_SHEET) ?? workbook.worksheets[0];
  if (!sheet) throw new SheetError('这个工作簿里没有工作表');
  const width = sheet.columnCount;
  const rowCells = (row: ExcelJS.Row) => Array.from({ length: width }, (_, i) => cellValue(row.getCell(i + 1).value));
  const headers = rowCells(sheet.getRow(1)).map((cell) => (cell === undefined ? '' : String(cell)));
  const rows: Sheet['rows'] = [];
  sheet.eachRow((row, number) => {
    if (number > 1) rows.push({ number, cells: rowCells(row) });
  });
  return { headers, rows, notes: [] };
}

/**
 * Excel on Chinese Windows saves "CSV (逗号分隔)" in GBK and "CSV UTF-8" with a byte-order mark.
 * Text that is not valid UTF-8 is read as GB18030 (a superset of GBK), and said so.
 */
export function decodeCsv(bytes: Uint8Array): { text: string; notes: string[] } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), notes: [] };
  } catch {
    const text = new TextDecoder('gb18030').decode(bytes);
    if (text.includes('\uFFFD')) {
      throw new SheetError('无法识别这个 CSV 文件的文字编码。请在 Excel 中“另存为” CSV UTF-8（逗号分隔）（.csv）或 Excel 工作簿（.xlsx）后再导入');
    }
    return { text, notes: ['这个 CSV 文件不是 UTF-8 编码，已按 GBK（Excel 中文版的默认编码）读取。以后请尽量另存为“CSV UTF-8”或 .xlsx'] };
  }
}

function readCsv(bytes: Uint8Array): Sheet {
  const { text, notes } = decodeCsv(bytes);
  let records: string[][];
  try {
    records = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: false });
  } catch (error) {
    throw new SheetError(`CSV 文件的格式有误（${error instanceof Error ? error.message : String(error)}）。常见原因：引号不成对。请在 Excel 中重新另存为 CSV UTF-8`);
  }
  const [headers = [], ...rest] = records;
  return {
    headers,
    rows: rest.map((cells, index) => ({ number: index + 2, cells: cells.map((cell) => (cell === '' ? undefined : cell)) })),
    notes,
  };
}
