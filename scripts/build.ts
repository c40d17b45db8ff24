/**
 * `npm run build`: content check → Astro → Pagefind, into a temporary folder that replaces dist/
 * only when every step succeeded. A failed build leaves the previous dist/ untouched and never a
 * half-built one that looks complete.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { calendarReminder, checkContent } from '../src/lib/content/check.ts';
import { BUILD_TIME } from '../src/lib/site/build-time.ts';
import { writeTemplates } from '../src/lib/content/import/template.ts';
import { formatReport } from '../src/lib/content/messages.ts';

const root = resolve(process.argv[2] ?? process.cwd());
const outDir = resolve(root, process.env.BUILD_OUT_DIR ?? 'dist');
const staging = `${outDir}.building-${process.pid}`;
const previous = `${outDir}.previous-${process.pid}`;

function fail(message: string): never {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\n构建失败：${message}\n${existsSync(outDir) ? `已发布的 ${outDir} 保持不变。` : ''}`);
  process.exit(1);
}

const started = Date.now();
const { problems, entries } = checkContent(root);
if (problems.length > 0) {
  console.error(formatReport(problems));
  fail('内容检查未通过');
}
console.log(`内容检查通过：${entries.length} 个条目。`);
const reminder = calendarReminder(root, BUILD_TIME);
if (reminder) console.warn(reminder);

rmSync(staging, { recursive: true, force: true });
const astro = spawnSync(process.execPath, [join(root, 'node_modules/astro/astro.js'), 'build', '--root', root], {
  stdio: 'inherit',
  env: { ...process.env, ASTRO_OUT_DIR: staging },
});
if (astro.status !== 0) fail('Astro 构建出错（见上方信息）');
// The import sheets offered at /admin/worklist/ (not Astro endpoints: see writeTemplates).
await writeTemplates(root, staging);

const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
if (!index || errors.length > 0) fail(`Pagefind 出错：${errors.join('; ')}`);
const added = await index.addDirectory({ path: staging });
if (added.errors.length > 0 || added.page_count === 0) fail(`Pagefind 没有索引到页面：${added.errors.join('; ')}`);
const written = await index.writeFiles({ outputPath: join(staging, 'pagefind') });
if (written.errors.length > 0) fail(`Pagefind 写入失败：${written.errors.join('; ')}`);
await pagefind.close();

// Swap: the old dist/ is moved aside first so there is never a moment without a complete site.
if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(staging, outDir);
rmSync(previous, { recursive: true, force: true });
console.log(`构建完成：${added.page_count} 个页面已建立搜索索引，用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒。`);
