/**
 * `npm run build`: content check → Astro → Pagefind, into a temporary folder that replaces dist/
 * only when every step succeeded. A failed build leaves the previous dist/ untouched and never a
 * half-built one that looks complete.
 *
 * `npm run build -- --deploy` (or SITE_DEPLOY=1), for CI and publishing, also refuses a site whose
 * address in content/site.yaml is still a placeholder: its QR codes and feeds would lead nowhere.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { astroHeap, isOutOfMemory, outOfMemoryAdvice } from '../tools/node-heap.ts';

const args = process.argv.slice(2);
const deploy = args.includes('--deploy') || process.env.SITE_DEPLOY === '1';
const root = resolve(args.find((arg) => !arg.startsWith('--')) ?? process.cwd());
const outDir = resolve(root, process.env.BUILD_OUT_DIR ?? 'dist');
const staging = `${outDir}.building-${process.pid}`;
const previous = `${outDir}.previous-${process.pid}`;
const sheets = `${outDir}.sheets-${process.pid}`;

function fail(message: string): never {
  rmSync(staging, { recursive: true, force: true });
  rmSync(sheets, { recursive: true, force: true });
  console.error(`\n构建失败：${message}\n${existsSync(outDir) ? `已发布的 ${outDir} 保持不变。` : ''}`);
  process.exit(1);
}

const started = Date.now();
rmSync(staging, { recursive: true, force: true });
// Astro starts at once and the content check runs beside it on the other core: the check's time
// leaves the build's wall time. Astro's output is held back until the check has passed, so an
// editor's mistake is reported by the check alone, in Chinese, and Astro is stopped.
const heap = astroHeap();
const astro = spawn(process.execPath, [...(heap.flag ? [heap.flag] : []), join(root, 'node_modules/astro/astro.js'), 'build', '--root', root], {
  stdio: ['ignore', 'pipe', 'pipe'],
  // Always a production build, also when started under the tests (vitest sets NODE_ENV=test, which
  // turns Astro's PROD off and with it the per-build caches of src/lib/site/entries.ts: N² at scale).
  env: { ...process.env, NODE_ENV: 'production', ASTRO_OUT_DIR: staging },
});
const held: [NodeJS.WriteStream, Buffer][] = [];
let holding = true;
let outOfMemory = false;
for (const [from, to] of [[astro.stdout, process.stdout], [astro.stderr, process.stderr]] as const) {
  from.on('data', (chunk: Buffer) => {
    // Node reports a heap out of memory on stderr.
    if (from === astro.stderr) outOfMemory ||= isOutOfMemory(chunk.toString());
    if (holding) held.push([to, chunk]);
    else to.write(chunk);
  });
}
const astroExit = new Promise<number | null>((done) => astro.on('close', done));
/** Before giving up: Astro must not write into the staging folder after it is removed. */
async function stopAstro() {
  astro.kill();
  await astroExit;
}

// Loaded only now, while Astro starts: loading the check and the sheet writer takes about 1.5 s, which
// Astro would otherwise wait for (Astro is the longer of the two).
const [pagefind, { calendarReminder, checkContent }, { BUILD_TIME }, { writeTemplates }, { formatReport }, { INDEXED_GLOB }, { isPlaceholderUrl, loadSiteIdentity, SITE_IDENTITY_FILE }] =
  await Promise.all([
    import('pagefind'),
    import('../src/lib/content/check.ts'),
    import('../src/lib/site/build-time.ts'),
    import('../src/lib/content/import/template.ts'),
    import('../src/lib/content/messages.ts'),
    import('../src/lib/search/indexed.ts'),
    import('../src/schemas/site.ts'),
  ]);

// Astro compiles every MDX body anyway: the check parses them only if Astro fails, to name file and line.
const { problems, entries } = checkContent(root, BUILD_TIME, { parseBodies: false });
if (problems.length > 0) {
  await stopAstro();
  console.error(formatReport(problems));
  fail('内容检查未通过');
}
console.log(`内容检查通过：${entries.length} 个条目。`);
const reminder = calendarReminder(root, BUILD_TIME);
if (reminder) console.warn(reminder);

const { url } = loadSiteIdentity(root);
if (isPlaceholderUrl(url)) {
  const problem = `${SITE_IDENTITY_FILE} 中的网址 ${url} 是占位地址。规范链接、站点地图、RSS、打印版二维码、GPX 和日历文件都会指向它，读者扫码或订阅将打不开。请把 url 改成网站的正式网址。`;
  if (deploy) {
    await stopAstro();
    fail(`发布模式拒绝构建：${problem}`);
  }
  const rule = '!'.repeat(72);
  console.warn(`\n${rule}\n警告：${problem}\n（发布模式 npm run build -- --deploy 或 SITE_DEPLOY=1 会拒绝这样的构建。）\n${rule}\n`);
}

holding = false;
for (const [to, chunk] of held.splice(0)) to.write(chunk);
// The import sheets offered at /admin/worklist/ (not Astro endpoints: see writeTemplates) are written
// on the core Astro leaves idle, into a folder of their own: Astro empties its output folder as it starts.
rmSync(sheets, { recursive: true, force: true });
const sheetsWritten = writeTemplates(root, sheets).then(() => undefined, (error: unknown) => error);
if ((await astroExit) !== 0) {
  const bodies = checkContent(root, BUILD_TIME).problems;
  if (bodies.length > 0) console.error(formatReport(bodies));
  fail(outOfMemory ? outOfMemoryAdvice(heap.limit) : 'Astro 构建出错（见上方信息）');
}
const sheetsFailed = await sheetsWritten;
if (sheetsFailed) fail(`导入表格写入失败：${String(sheetsFailed)}`);
renameSync(join(sheets, 'admin', 'templates'), join(staging, 'admin', 'templates'));
rmSync(sheets, { recursive: true, force: true });
const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
if (!index || errors.length > 0) fail(`Pagefind 出错：${errors.join('; ')}`);
const added = await index.addDirectory({ path: staging, glob: INDEXED_GLOB });
if (added.errors.length > 0 || added.page_count === 0) fail(`Pagefind 没有索引到页面：${added.errors.join('; ')}`);
const written = await index.writeFiles({ outputPath: join(staging, 'pagefind') });
if (written.errors.length > 0) fail(`Pagefind 写入失败：${written.errors.join('; ')}`);
await pagefind.close();
// Pagefind always writes its ready-made UIs and highlighter; the search page uses only the JS API.
for (const file of readdirSync(join(staging, 'pagefind'))) {
  if (/^pagefind-(ui|modular-ui|component-ui|highlight)\./.test(file)) rmSync(join(staging, 'pagefind', file));
}

// Swap: the old dist/ is moved aside first so there is never a moment without a complete site.
if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(staging, outDir);
rmSync(previous, { recursive: true, force: true });
// What the index holds, not what Pagefind read: a page the glob matches without data-pagefind-body
// (the planner) is read and left out.
const entry = JSON.parse(readFileSync(join(outDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
const indexed = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
console.log(`构建完成：${indexed} 个页面已建立搜索索引，用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒。`);
