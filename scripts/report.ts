/**
 * `npm run report [-- --out worklist.csv]`: the office's worklist — places to confirm or complete, and the
 * holiday calendar's missing years — printed and written as a CSV that Excel opens.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkContent } from '../src/lib/content/check.ts';
import { formatWorklist, missingCalendarYears, placesToConfirm, worklistCsv, type WorklistPlace, type WorklistRegion } from '../src/lib/content/worklist.ts';
import { shanghaiWallClock } from '../src/lib/hours/dates.ts';
import { BUILD_TIME } from '../src/lib/site/build-time.ts';
import { loadCalendar } from '../src/schemas/calendar.ts';
import { PLACE_COLLECTIONS } from '../src/schemas/index.ts';

const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const out = resolve(process.env.INIT_CWD ?? '.', outIndex >= 0 ? args[outIndex + 1] : 'worklist.csv');
const root = process.env.CONTENT_ROOT ?? process.cwd();

const { problems, entries } = checkContent(root, BUILD_TIME);
if (problems.length > 0) console.warn(`注意：内容检查发现 ${problems.length} 处问题（运行 npm run check 查看），有问题的条目没有列入清单。\n`);
const today = shanghaiWallClock(BUILD_TIME).date;
const places = entries.filter((e) => (PLACE_COLLECTIONS as readonly string[]).includes(e.collection)) as unknown as WorklistPlace[];
const regions = entries.filter((e) => e.collection === 'regions') as unknown as WorklistRegion[];
const items = placesToConfirm(places, regions, today);
let years: number[] = [];
try {
  years = missingCalendarYears(loadCalendar(root), today);
} catch {
  console.warn('注意：content/calendar.yaml 有错误，无法判断缺少哪些年份（运行 npm run check 查看）。\n');
}
console.log(formatWorklist(items, years, today));
writeFileSync(out, worklistCsv(items, years));
console.log(`\n已写入 ${out}（可直接用 Excel 打开）。补充信息可用导入表格：npm run import -- --template <类别>`);
