import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { buildSchemas, type CollectionName } from '../../../schemas/index.ts';
import { unusableIdReason } from '../../../schemas/common.ts';
import { loadVocabularies } from '../../../schemas/vocabularies.ts';
import { checkContent, formatHoursReadings, type CheckResult } from '../check.ts';
import type { ContentProblem } from '../messages.ts';
import { columnLetter, sheetEntries } from './cells.ts';
import { columnOfField, sheetColumns } from './columns.ts';
import { mergeEntry, type FieldUpdate } from './merge.ts';
import { readSheet, SheetError } from './read.ts';

/** One thing to fix before anything is written: where in the sheet (or which file) and why. */
export interface ImportProblem {
  /** Excel's row number; 1 is the header row; absent for the file as a whole. */
  row?: number;
  id?: string;
  /** 'F“联系电话（telephone）”', or the column's header in quotes when the sheet lacks it. */
  column?: string;
  /** A file the import did not write whose check newly fails (an id taken by a place elsewhere). */
  file?: string;
  message: string;
}

export interface ImportWrite {
  file: string;
  text: string;
  row: number;
  id: string;
  created: boolean;
  /** Labels of the columns whose value changed. */
  changed: string[];
}

export interface ImportPlan {
  collection: CollectionName;
  problems: ImportProblem[];
  /** Files to write when there are no problems; entries the sheet leaves as they are are not among them. */
  writes: ImportWrite[];
  unchanged: number;
  /** Problems the content already had before the import: reported, not blocking. */
  existing: ContentProblem[];
  notes: string[];
}

const problemKey = (p: ContentProblem) => `${p.file}\u0000${p.field}\u0000${p.message}`;

/** The content check run on a copy of content/ with the files written: the same check the build runs. */
function checkWith(root: string, writes: ImportWrite[], now: Date): CheckResult {
  const copy = mkdtempSync(join(tmpdir(), 'import-check-'));
  try {
    cpSync(join(root, 'content'), join(copy, 'content'), { recursive: true });
    if (existsSync(join(root, 'public'))) symlinkSync(join(root, 'public'), join(copy, 'public'));
    for (const write of writes) {
      mkdirSync(dirname(join(copy, write.file)), { recursive: true });
      writeFileSync(join(copy, write.file), write.text);
    }
    return checkContent(copy, now);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

/**
 * Reads a sheet and works out every file it would write, then validates the result with the real
 * schemas and reference checks against the existing content plus the new rows, as of `now` (dates
 * after it are refused, as the build does). Writes nothing.
 */
export async function planImport(root: string, collection: CollectionName, fileName: string, bytes: Uint8Array, now = new Date()): Promise<ImportPlan> {
  const plan: ImportPlan = { collection, problems: [], writes: [], unchanged: 0, existing: [], notes: [] };
  let sheet;
  try {
    sheet = await readSheet(fileName, bytes);
  } catch (error) {
    if (!(error instanceof SheetError)) throw error;
    plan.problems.push({ message: error.message });
    return plan;
  }
  plan.notes.push(...sheet.notes);
  const vocabularies = loadVocabularies(root);
  const { columns, fieldOrder } = sheetColumns(buildSchemas(vocabularies)[collection], vocabularies);
  const { entries, problems, columnIndex } = sheetEntries(sheet, columns, (id) => unusableIdReason(collection, id));
  plan.problems.push(...problems);

  const rank = (path: string[]) => {
    const index = fieldOrder.findIndex((key) => key === path.join('.') || key.startsWith(`${path.join('.')}.`));
    return index < 0 ? Infinity : index;
  };
  const byKey = new Map(columns.map((column) => [column.key, column]));
  for (const entry of entries) {
    const file = `content/${collection}/${entry.id}.mdx`;
    const path = join(root, file);
    const source = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    const values = [...entry.values].map(([key, value]): FieldUpdate => ({ key, path: byKey.get(key)!.path, value }));
    try {
      const { text, changed } = mergeEntry(source, values, rank);
      if (source !== undefined && changed.length === 0) plan.unchanged++;
      else plan.writes.push({ file, text, row: entry.row, id: entry.id, created: source === undefined, changed: changed.map((key) => byKey.get(key)!.label) });
    } catch (error) {
      plan.problems.push({ row: entry.row, id: entry.id, message: `现有文件 ${file} 的文件头无法读取（${error instanceof Error ? error.message : String(error)}），请先在文件中改正` });
    }
  }

  const before = checkContent(root, now).problems;
  plan.existing = before;
  const known = new Map<string, number>();
  for (const problem of before) known.set(problemKey(problem), (known.get(problemKey(problem)) ?? 0) + 1);
  const byFile = new Map(plan.writes.map((write) => [write.file, write]));
  const columnOf = new WeakMap<ImportProblem, number>();
  const after = checkWith(root, plan.writes, now);
  // Hours written in Chinese, as the site will read them, so the editor can compare.
  const readings = formatHoursReadings(after.hoursReadings.filter((reading) => byFile.has(reading.file)));
  if (readings) plan.notes.push(readings);
  for (const problem of after.problems) {
    const seen = known.get(problemKey(problem)) ?? 0;
    if (seen > 0) {
      known.set(problemKey(problem), seen - 1);
      continue;
    }
    // A problem in a file the import did not write, caused by one it did (the other file keeps the id), goes to that row.
    const write = byFile.get(problem.file) ?? plan.writes.find((w) => problem.message.includes(w.file));
    if (!write) {
      plan.problems.push({ file: problem.file, column: problem.field, message: problem.message });
      continue;
    }
    const column = columnOfField(columns, problem.field);
    const index = column && columnIndex.get(column.key);
    const header = column && ('header' in column ? column.header : `${column.label}（${column.key}）`);
    const found: ImportProblem = {
      row: write.row,
      id: write.id,
      column: !column ? problem.field : index !== undefined ? `${columnLetter(index)}“${header}”` : `“${header}”（表中没有这一列）`,
      message: problem.message,
    };
    if (index !== undefined) columnOf.set(found, index);
    plan.problems.push(found);
  }
  // Row by row, left to right, as the editor goes through the sheet.
  plan.problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || (columnOf.get(a) ?? -1) - (columnOf.get(b) ?? -1));
  return plan;
}

/** Writes the plan's files; only ever called on a plan without problems. */
export function writeImport(root: string, plan: ImportPlan): void {
  if (plan.problems.length > 0) throw new Error('refusing to write an import that has problems');
  for (const write of plan.writes) {
    mkdirSync(dirname(join(root, write.file)), { recursive: true });
    writeFileSync(join(root, write.file), write.text);
  }
}

/** What the editor reads: every problem grouped by row, or what was (or would be) written. */
export function formatImportReport(plan: ImportPlan, written: boolean): string {
  const lines: string[] = [...plan.notes.map((note) => `提示：${note}`)];
  if (plan.problems.length > 0) {
    lines.push(`导入失败：发现 ${plan.problems.length} 处问题，没有写入任何文件。请在表格中逐条改正后重新导入：`, '');
    let last: string | undefined;
    for (const problem of plan.problems) {
      const heading = problem.row === undefined ? (problem.file ?? '整个文件') : problem.row === 1 ? '第 1 行（表头）' : `第 ${problem.row} 行（${problem.id}）`;
      if (heading !== last) lines.push(heading);
      last = heading;
      const where = problem.file ? `字段 ${problem.column}` : problem.column ? `列 ${problem.column}` : '';
      lines.push(`  ${where ? `${where}：` : ''}${problem.message}`);
    }
    return lines.join('\n');
  }
  const created = plan.writes.filter((w) => w.created).length;
  const verb = written ? '导入完成' : '检查通过（未写入，去掉 --dry-run 后写入）';
  lines.push(`${verb}：新建 ${created} 个条目，更新 ${plan.writes.length - created} 个条目，${plan.unchanged} 个条目没有变化。写入后的内容通过了内容检查。`);
  for (const write of plan.writes) {
    lines.push(`  ${write.created ? '新建' : '更新'} ${write.file}（第 ${write.row} 行）${write.created ? '' : `：${write.changed.join('、')}`}`);
  }
  if (plan.existing.length > 0) {
    lines.push('', `另外，现有内容中原本就有 ${plan.existing.length} 处问题（与这次导入无关），运行 npm run check 可以看到详情。`);
  }
  return lines.join('\n');
}
