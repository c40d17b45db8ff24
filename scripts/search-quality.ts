/**
 * Compare Pagefind versions on Chinese search: `npx tsx scripts/search-quality.ts [options]`
 *
 *   --site DIR          a built site to index (default: build one into <work>/site with scripts/build.ts)
 *   --versions A,B,C    Pagefind versions (default 1.4.0,1.5.2,1.6.0)
 *   --work DIR          scratch folder (default /tmp/search-quality)
 *   --json FILE         also write the full report (every query, misses and extras) as JSON
 *   --runs N            time the queries N times on fresh pages and report the medians (default 3)
 *   --shown             instead of comparing versions: run the query set through the site's own
 *                       search page (/search/?q=…) and score the first five results as shown
 *
 * For each version: `npm install pagefind@X --prefix /tmp/pf-X` (once), copy the site's HTML without
 * its pagefind/ folder, index it with that version's Node API exactly as scripts/build.ts does
 * (forceLanguage zh-cn), serve it on 127.0.0.1, run the query set (tools/search-queries.ts)
 * in Debian's Chromium and score the results against the pages whose indexed text contains the query.
 * Prints recall, precision, index size and query times per version, and the queries that lost pages.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launchBrowser } from '../tools/browser.ts';
import { QUERIES } from '../tools/search-queries.ts';
import {
  describeProblems,
  kb,
  pagefindSize,
  percent,
  runQueries,
  runSearchPage,
  scoreRuns,
  scoreShown,
  timeQueries,
  type IndexSize,
  type QualityReport,
  type Timing,
} from '../tests/site/lib/search-quality.ts';
import { indexedPages } from '../tools/search-truth.ts';
import { startStaticServer } from '../tools/static-server.ts';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const { values } = parseArgs({
  options: {
    site: { type: 'string' },
    versions: { type: 'string', default: '1.4.0,1.5.2,1.6.0' },
    work: { type: 'string', default: '/tmp/search-quality' },
    json: { type: 'string' },
    runs: { type: 'string', default: '3' },
    shown: { type: 'boolean', default: false },
  },
});
const versions = values.versions!.split(',').map((v) => v.trim()).filter(Boolean);
const work = resolve(values.work!);
mkdirSync(work, { recursive: true });

function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${result.status}`);
}

// 1. The site: one build, indexed by every version in turn.
let site = values.site ? resolve(values.site) : join(work, 'site');
if (!values.site) {
  console.log(`构建网站到 ${site} …`);
  run(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/build.ts'], {
    BUILD_OUT_DIR: site,
    ASTRO_CACHE_DIR: join(work, 'astro-cache'),
  });
}
if (!existsSync(join(site, 'index.html'))) throw new Error(`${site} is not a built site`);
site = resolve(site);
const pages = indexedPages(site);
console.log(`应被索引的页面：${pages.length}；查询：${QUERIES.length} 个。`);

if (values.shown) {
  // The search page as a reader sees it: its ranking, its grouping into exact and partial matches.
  const browser = await launchBrowser();
  const server = await startStaticServer(site);
  try {
    const score = scoreShown(QUERIES, pages, await runSearchPage(browser, server.origin, QUERIES.map((query) => query.q)));
    console.log(`\n搜索页前 5 条：准确率 ${percent(score.precisionAt5)}（标为“只含部分字”的不算作结果）；把前 5 个位置全算上 ${percent(score.strictPrecisionAt5)}；标错为只含部分字 ${score.mislabelled} 条。`);
    for (const { q, firstFive } of score.queries) {
      const wrong = firstFive.filter((r) => !r.right);
      if (wrong.length) console.log(`  ${q}：${wrong.map((r) => `${r.url}${r.partial ? '（只含部分字）' : ''}`).join(' ')}`);
    }
    if (values.json) writeFileSync(values.json, JSON.stringify({ site, pages: pages.length, score }, null, 2));
  } finally {
    await server.close();
    await browser.close();
  }
  process.exit(0);
}

interface VersionResult {
  version: string;
  pageCount: number;
  indexMs: number;
  size: IndexSize;
  timing: Timing;
  report: QualityReport;
}

async function indexWith(version: string): Promise<{ dir: string; pageCount: number; indexMs: number }> {
  const prefix = `/tmp/pf-${version}`;
  const entry = join(prefix, 'node_modules/pagefind/lib/index.js');
  if (!existsSync(entry)) {
    console.log(`安装 pagefind@${version} 到 ${prefix} …`);
    mkdirSync(prefix, { recursive: true });
    run('npm', ['install', `pagefind@${version}`, '--prefix', prefix, '--no-audit', '--no-fund', '--no-save']);
  }
  const installed = JSON.parse(readFileSync(join(prefix, 'node_modules/pagefind/package.json'), 'utf8')).version;
  if (installed !== version) throw new Error(`${prefix} has pagefind ${installed}, not ${version}`);

  const dir = join(work, `site-${version}`);
  rmSync(dir, { recursive: true, force: true });
  cpSync(site, dir, { recursive: true, filter: (source) => source !== join(site, 'pagefind') });

  const pagefind = await import(pathToFileURL(entry).href);
  const started = Date.now();
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
  if (!index || errors.length > 0) throw new Error(`pagefind ${version}: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: dir });
  if (added.errors.length > 0) throw new Error(`pagefind ${version}: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: join(dir, 'pagefind') });
  if (written.errors.length > 0) throw new Error(`pagefind ${version}: ${written.errors.join('; ')}`);
  await pagefind.close();
  return { dir, pageCount: added.page_count, indexMs: Date.now() - started };
}

const results: VersionResult[] = [];
const browser = await launchBrowser();
try {
  for (const version of versions) {
    const { dir, pageCount, indexMs } = await indexWith(version);
    const server = await startStaticServer(dir);
    try {
      const runs = await runQueries(browser, server.origin, QUERIES.map((query) => query.q));
      const report = scoreRuns(QUERIES, pages, runs);
      // Timing on a fresh page: the first query pays for loading Pagefind, later ones do not.
      const timings: Timing[] = [];
      for (let i = 0; i < Math.max(1, Number(values.runs)); i++) timings.push(await timeQueries(browser, server.origin, QUERIES.map((query) => query.q)));
      const median = (pick: (t: Timing) => number) => timings.map(pick).sort((a, b) => a - b)[Math.floor(timings.length / 2)];
      const timing: Timing = {
        firstMs: median((t) => t.firstMs),
        laterMedianMs: median((t) => t.laterMedianMs),
        laterMaxMs: median((t) => t.laterMaxMs),
        firstQueryBytes: median((t) => t.firstQueryBytes),
        allQueriesBytes: median((t) => t.allQueriesBytes),
      };
      results.push({ version, pageCount, indexMs, size: pagefindSize(dir), timing, report });
      console.log(`pagefind ${version}：召回率 ${percent(report.recall)}，准确率 ${percent(report.precision)}`);
    } finally {
      await server.close();
    }
  }
} finally {
  await browser.close();
}

console.log('\n| Pagefind | recall | precision | macro recall | macro precision | queries with every page | first result right | precision@5 | index (search files) | first query | later queries (median / max) | first query downloads |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const r of results) {
  const counted = r.report.queries.filter((q) => q.expected.length > 0).length;
  console.log(
    `| ${r.version} | ${percent(r.report.recall)} | ${percent(r.report.precision)} | ${percent(r.report.macroRecall)} | ${percent(r.report.macroPrecision)} | ${r.report.fullRecallQueries}/${counted} | ${percent(r.report.firstResultRight)} | ${percent(r.report.precisionAt5)} | ${kb(r.size.searchBytes)} | ${r.timing.firstMs} ms | ${r.timing.laterMedianMs} / ${r.timing.laterMaxMs} ms | ${kb(r.timing.firstQueryBytes)} |`,
  );
}

console.log('\n按类别的召回率 / 准确率：');
const kinds = [...new Set(QUERIES.map((q) => q.kind))];
console.log(`| Pagefind | ${kinds.join(' | ')} |`);
console.log(`| --- | ${kinds.map(() => '---').join(' | ')} |`);
for (const r of results) {
  const cells = kinds.map((kind) => {
    const sub = scoreRuns(
      QUERIES.filter((q) => q.kind === kind),
      pages,
      r.report.queries.filter((q) => q.kind === kind).map((q) => ({ q: q.q, urls: q.returned })),
    );
    return `${percent(sub.recall)} / ${percent(sub.precision)}`;
  });
  console.log(`| ${r.version} | ${cells.join(' | ')} |`);
}

for (const r of results) {
  const problems = describeProblems(r.report);
  console.log(`\npagefind ${r.version}：${problems.length} 个查询有漏掉或多出的页面（索引 ${r.pageCount} 页，用时 ${r.indexMs} ms）`);
  for (const line of problems) console.log(`  ${line}`);
}

if (values.json) {
  writeFileSync(values.json, JSON.stringify({ site, pages: pages.length, results }, null, 2));
  console.log(`\n完整结果已写入 ${values.json}`);
}
