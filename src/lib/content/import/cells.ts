import { ID_COLUMN_KEY, type Choice, type Column } from './columns.ts';
import type { CellValue, Sheet } from './read.ts';

/** A cell that says exactly this removes the field from the entry (an empty cell leaves it as it is). */
export const DELETE_MARK = '删除';
export const DELETE: unique symbol = Symbol('delete');

/** What a cell puts into the front matter; the schema judges it afterwards, with the check's own messages. */
export type FieldValue = string | number | boolean | string[] | typeof DELETE;

export interface SheetProblem {
  /** Row number as Excel shows it; 1 is the header row. */
  row: number;
  id?: string;
  column?: string;
  message: string;
}

export interface SheetEntry {
  row: number;
  id: string;
  /** Only the cells that were filled in, by column key. */
  values: Map<string, FieldValue>;
}

/** 'A', 'B', … 'AA': how Excel names the n-th column (0-based). */
export function columnLetter(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** Lists are written one item after another with 、 or on separate lines (Alt+Enter in Excel). */
const LIST_SEPARATOR = /[、\n]+/;
/** Choice ids never contain Chinese or Latin commas, so those separate choices too. */
const CHOICE_SEPARATOR = /[、，,；;\n]+/;

const halfWidth = (text: string) => text.normalize('NFKC').trim();

/** Excel shows (and saves to CSV) dates as 2026/3/5 or 2026年3月5日; the files want 2026-03-05. */
function dateText(value: CellValue): string | CellValue {
  // Excel date cells carry the calendar day at UTC midnight.
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== 'string') return value;
  const match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(halfWidth(value));
  return match ? `${match[1]}-${match[2].padStart(2, '0')}-${match[3].padStart(2, '0')}` : value;
}

function choiceId(text: string, choices: Choice[]): string {
  const plain = text.trim();
  return choices.find((c) => c.id === plain || c.label === plain || `${c.label}（${c.id}）` === plain)?.id ?? plain;
}

/**
 * A cell as the field's type: numbers, dates, 是/否 and Chinese choice labels are converted; what
 * cannot be converted is passed on as written, so the schema reports it with its usual message.
 */
export function fieldValue(column: Column, cell: CellValue): FieldValue | undefined {
  if (cell === undefined || (typeof cell === 'string' && cell.trim() === '')) return undefined;
  if (typeof cell === 'string' && cell.trim() === DELETE_MARK) return DELETE;
  if (column.list) {
    const text = String(cell instanceof Date ? dateText(cell) : cell);
    const items = text.split(column.kind === 'choice' ? CHOICE_SEPARATOR : LIST_SEPARATOR).map((item) => item.trim()).filter(Boolean);
    return column.kind === 'choice' ? items.map((item) => choiceId(item, column.choices!)) : items;
  }
  switch (column.kind) {
    case 'number': {
      if (typeof cell !== 'string') return cell instanceof Date ? cell.toISOString() : (cell as number | boolean);
      const text = halfWidth(cell);
      return /^-?\d+(?:\.\d+)?$/.test(text) ? Number(text) : cell.trim();
    }
    case 'boolean': {
      if (typeof cell === 'boolean') return cell;
      const text = halfWidth(String(cell)).toLowerCase();
      if (['是', 'true', '1', '√', '✓'].includes(text)) return true;
      if (['否', 'false', '0', '×', '✗'].includes(text)) return false;
      return String(cell).trim();
    }
    case 'date':
      return String(dateText(cell)).trim();
    case 'choice':
      return choiceId(halfWidth(String(cell)), column.choices!);
    case 'text':
      // A telephone typed into a number cell arrives as a number; the files hold it as text.
      return cell instanceof Date ? String(dateText(cell)) : String(cell).trim();
  }
}

/** Which column a header names: '位置·经度（location.lng）', '位置·经度', 'location.lng', or '经度' when no other column is so called. */
function columnOfHeader(columns: Column[], header: string): Column | undefined {
  const text = header.trim();
  const key = /[（(]\s*([\w.]+)\s*[）)]\s*$/.exec(text)?.[1];
  const named = columns.find((c) => c.key === key) ?? columns.find((c) => c.label === text || c.key === text || c.header === text);
  if (named) return named;
  const byLastLabel = columns.filter((c) => c.label.split('·').at(-1) === text);
  return byLastLabel.length === 1 ? byLastLabel[0] : undefined;
}

/**
 * The sheet's rows as entries: every header, id and duplicate problem at once. Cells are only
 * converted here; whether the values are right is the schema's and the content check's to say.
 */
export function sheetEntries(
  sheet: Sheet,
  columns: Column[],
  idProblem: (id: string) => string | undefined,
): { entries: SheetEntry[]; problems: SheetProblem[]; columnIndex: Map<string, number> } {
  const problems: SheetProblem[] = [];
  const byIndex = new Map<number, Column>();
  sheet.headers.forEach((header, index) => {
    if (header.trim() === '') return;
    const column = columnOfHeader(columns, header);
    const where = `${columnLetter(index)}“${header.trim()}”`;
    if (!column) {
      problems.push({ row: 1, column: where, message: '不认识这个列名。请使用模板中的列名（可以删去不需要的列，但不要改列名）' });
    } else if ([...byIndex.values()].includes(column)) {
      problems.push({ row: 1, column: where, message: `与前面的列重复，都是“${column.header}”。请删去其中一列` });
    } else {
      byIndex.set(index, column);
    }
  });
  const idIndex = [...byIndex].find(([, column]) => column.key === ID_COLUMN_KEY)?.[0];
  if (idIndex === undefined) {
    problems.push({ row: 1, message: `缺少“${columns[0].header}”这一列：每一行都要写明条目的文件名，才能知道新建还是更新哪个条目` });
    return { entries: [], problems, columnIndex: new Map() };
  }

  const entries: SheetEntry[] = [];
  const seen = new Map<string, number>();
  for (const { number, cells } of sheet.rows) {
    if (cells.every((cell) => cell === undefined || (typeof cell === 'string' && cell.trim() === ''))) continue;
    const idHeader = `${columnLetter(idIndex)}“${byIndex.get(idIndex)!.header}”`;
    const id = String(cells[idIndex] ?? '').trim();
    if (!id) {
      problems.push({ row: number, column: idHeader, message: '必填：这一行没有文件名' });
      continue;
    }
    const unusable = idProblem(id);
    if (unusable) problems.push({ row: number, id, column: idHeader, message: unusable });
    if (seen.has(id)) problems.push({ row: number, id, column: idHeader, message: `文件名“${id}”在第 ${seen.get(id)} 行已经出现过。每个条目只能占一行` });
    if (unusable || seen.has(id)) continue;
    seen.set(id, number);
    const values = new Map<string, FieldValue>();
    for (const [index, column] of byIndex) {
      if (column.key === ID_COLUMN_KEY) continue;
      const value = fieldValue(column, cells[index]);
      if (value !== undefined) values.set(column.key, value);
    }
    entries.push({ row: number, id, values });
  }
  return { entries, problems, columnIndex: new Map([...byIndex].map(([index, column]) => [column.key, index])) };
}
