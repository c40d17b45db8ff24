/**
 * `npm run import -- <collection> <file.xlsx|file.csv> [--dry-run]`: creates and updates entries from a sheet,
 * writing nothing unless every row passes the content check.
 * `npm run import -- --template <collection> [out.xlsx] [--empty]`: writes the sheet to fill in, with the current entries.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { formatImportReport, planImport, writeImport } from '../src/lib/content/import/import.ts';
import { templateWorkbook } from '../src/lib/content/import/template.ts';
import { loadRawEntries } from '../src/lib/content/load.ts';
import { BUILD_TIME } from '../src/lib/site/build-time.ts';
import { COLLECTIONS, type CollectionName } from '../src/schemas/index.ts';
import { loadVocabularies } from '../src/schemas/vocabularies.ts';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const [collection, given] = args.filter((arg) => !arg.startsWith('--'));
// npm runs scripts from the project folder; a file name is meant from where the editor typed the command.
const file = given && resolve(process.env.INIT_CWD ?? '.', given);
const root = process.env.CONTENT_ROOT ?? process.cwd();
const usage = [
  '用法：',
  '  npm run import -- <类别> <表格.xlsx 或 表格.csv>        导入（加 --dry-run 只检查不写入）',
  '  npm run import -- --template <类别> [输出文件.xlsx]   生成导入模板（含现有条目；加 --empty 生成空白模板）',
  `类别：${COLLECTIONS.join('、')}`,
  '例如：npm run import -- service-points 服务点.xlsx',
].join('\n');

if (!(COLLECTIONS as readonly string[]).includes(collection ?? '') || (!flag('--template') && !file)) {
  console.error(usage);
  process.exit(2);
}
const name = collection as CollectionName;

if (flag('--template')) {
  const out = file ?? resolve(process.env.INIT_CWD ?? '.', `${name}.xlsx`);
  const entries = flag('--empty') ? [] : loadRawEntries(root).entries.filter((entry) => entry.collection === name);
  writeFileSync(out, await templateWorkbook(name, loadVocabularies(root), entries));
  console.log(`已生成模板 ${out}${entries.length > 0 ? `（含现有的 ${entries.length} 个条目）` : ''}。填好后运行：npm run import -- ${name} ${out}`);
} else {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    console.error(`找不到文件 ${file}`);
    process.exit(2);
  }
  const plan = await planImport(root, name, basename(file), bytes, BUILD_TIME);
  const write = plan.problems.length === 0 && !flag('--dry-run');
  if (write) writeImport(root, plan);
  const report = formatImportReport(plan, write);
  if (plan.problems.length > 0) {
    console.error(report);
    process.exit(1);
  }
  console.log(report);
}
