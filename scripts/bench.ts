/**
 * `npm run bench`: build and search at scale. For each N, generates a synthetic corpus in a
 * temporary copy of the project, builds it the project's way (scripts/build.ts) and as a bare
 * Astro + MDX + Pagefind "floor", measures search in Chromium, prints tables and writes
 * bench-results/<timestamp>.json. Nothing is written to the project's content/ or dist/.
 *
 *   npm run bench -- --n 2000
 *   npm run bench -- --n 500,2000,5000 [--skip-floor] [--skip-search] [--profile] [--keep] [--seed 1] [--runs 3]
 *
 * --runs: search measurements (fresh browser contexts) per site; --repeat: builds per site, the
 * fastest is reported (others' work on the machine only ever adds time); --max-load: before each
 * build, wait (up to --max-wait minutes, default 15) until the 1-minute load average is below this.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadVocabularies } from '../src/schemas/vocabularies.ts';
import { generateCorpus, MAX_ENTRIES, MIN_ENTRIES } from './bench/corpus.ts';
import { buildFloor, floorRegionPage, prepareFloor } from './bench/floor.ts';
import { hasGnuTime } from './bench/measure.ts';
import { summariseProfile } from './bench/profile.ts';
import { buildProject, prepareProjectCopy, profileProject, sourceFingerprint, type BuildResult } from './bench/project-build.ts';
import { ROOT } from '../tools/paths.ts';
import { astroHeap } from '../tools/node-heap.ts';
import { growthTable, phaseTable, profileTables, routeTable, sizeTable, verdicts, writeJson, type SizeResult } from './bench/report.ts';
import { LATER_QUERIES, measureSearch, measureSlowPhone } from './bench/search.ts';
import { CHROMIUM } from '../tools/browser.ts';

const USAGE = `用法：npm run bench -- [--n 2000 | --n 500,2000,5000] [--skip-floor] [--skip-search] [--profile] [--keep] [--seed 1] [--runs 3] [--repeat 1] [--max-load 1.5 [--max-wait 15]]`;

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '2000' },
    seed: { type: 'string', default: '1' },
    runs: { type: 'string', default: '3' },
    repeat: { type: 'string', default: '1' },
    'max-load': { type: 'string' },
    'max-wait': { type: 'string', default: '15' },
    'skip-floor': { type: 'boolean', default: false },
    'skip-search': { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const sizes = values.n.split(',').map((s) => Number(s.trim()));
if (sizes.some((n) => !Number.isInteger(n) || n < MIN_ENTRIES || n > MAX_ENTRIES)) {
  console.error(`--n 应为 ${MIN_ENTRIES}–${MAX_ENTRIES} 之间的整数，可用逗号分隔多个。\n${USAGE}`);
  process.exit(2);
}
const seed = Number(values.seed);
let skipSearch = values['skip-search'];
if (!skipSearch && !existsSync(CHROMIUM)) {
  console.warn(`找不到 Chromium（${CHROMIUM}），跳过搜索测量。安装：sudo apt-get install chromium，或设置 CHROMIUM_PATH。`);
  skipSearch = true;
}

const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const resultsDir = join(ROOT, 'bench-results');
const started = Date.now();
const log = (message: string) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(5)} s] ${message}`);
/** Progress from a build's output: only the milestones, unless --verbose. */
const progress = (label: string) => (line: string) => {
  if (values.verbose || /内容检查|Synced content|Building static entrypoints|generating static routes|page\(s\) built|Complete!|BENCH|构建完成|error|Error/.test(line)) log(`${label} ${line.trim()}`);
};

if (!hasGnuTime()) log('没有 /usr/bin/time：峰值内存只用 /proc 采样的进程树 RSS。');
const repeat = Math.max(1, Number(values.repeat));
const maxLoad = values['max-load'] === undefined ? undefined : Number(values['max-load']);

/** Waits for a quiet machine when --max-load is given: builds of others on the same cores inflate every timing. */
async function quietMachine(): Promise<void> {
  if (maxLoad === undefined) return;
  const until = Date.now() + Number(values['max-wait']) * 60_000;
  const load = () => Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);
  if (load() < maxLoad) return;
  log(`等待负载降到 ${maxLoad} 以下（现在 ${load()}）`);
  while (load() >= maxLoad && Date.now() < until) await new Promise((r) => setTimeout(r, 5_000));
  log(`负载 ${load()}，开始`);
}

/** The fastest of repeated builds, with every attempt's wall time. */
function fastest(runs: BuildResult[]): BuildResult {
  const best = runs.reduce((a, b) => (b.measurement.wallMs < a.measurement.wallMs ? b : a));
  return { ...best, repeatWallMs: runs.map((r) => r.measurement.wallMs) };
}

/** Written after every size, so a long run that fails later still leaves the finished sizes. */
function saveResults(): string {
  return writeJson(resultsDir, stamp, {
    startedAt: new Date(started).toISOString(),
    args: { sizes, seed, skipFloor: values['skip-floor'], skipSearch, profile: values.profile, repeat, maxLoad },
    machine: { node: process.version, cpus: cpus().length, cpuModel: cpus()[0]?.model, memoryBytes: totalmem(), astroHeapLimit: astroHeap().limit },
    results,
    verdicts: verdicts(results),
  });
}

const vocabularies = loadVocabularies(ROOT);
const results: SizeResult[] = [];
// Peak memory at large N is as high as this limit lets it be (tools/node-heap.ts).
log(`Astro 的内存上限：${astroHeap().limit}`);

for (const n of sizes) {
  const base = mkdtempSync(join(tmpdir(), `bench-${n}-`));
  try {
    log(`N=${n}：生成语料（种子 ${seed}），临时目录 ${base}`);
    const corpus = generateCorpus({ n, seed, vocabularies });
    const projectRoot = join(base, 'project');
    const corpusBytes = prepareProjectCopy(projectRoot, corpus);
    const source = sourceFingerprint(projectRoot);
    log(`N=${n}：${Object.entries(corpus.counts).map(([c, k]) => `${c} ${k}`).join('，')}；内容 ${(corpusBytes / 1024 / 1024).toFixed(1)} MB`);

    // Project and floor alternate, each from a cold cache, so a busy spell on the machine hits both alike.
    const floorRoot = join(base, 'floor');
    if (!values['skip-floor']) prepareFloor(floorRoot, projectRoot);
    const projectRuns: BuildResult[] = [];
    const floorRuns: BuildResult[] = [];
    for (let attempt = 1; attempt <= repeat; attempt++) {
      const of = repeat > 1 ? `（第 ${attempt}/${repeat} 次）` : '';
      await quietMachine();
      log(`N=${n}：项目构建（scripts/build.ts）${of}`);
      rmSync(join(projectRoot, '.astro'), { recursive: true, force: true });
      projectRuns.push(await buildProject(projectRoot, { cacheDir: join(base, `cache-project-${attempt}`), onLine: progress('  项目') }));
      if (values['skip-floor']) continue;
      await quietMachine();
      log(`N=${n}：地板构建（最简 Astro + MDX + Pagefind）${of}`);
      rmSync(join(floorRoot, '.astro'), { recursive: true, force: true });
      rmSync(join(floorRoot, 'dist'), { recursive: true, force: true });
      floorRuns.push(await buildFloor(floorRoot, { cacheDir: join(base, `cache-floor-${attempt}`), onLine: progress('  地板') }));
    }
    const project = fastest(projectRuns);
    const result: SizeResult = { n, counts: corpus.counts, corpusBytes, source, project, floor: floorRuns.length > 0 ? fastest(floorRuns) : undefined };
    // Saved now and again as search and profile figures join it: a later failure keeps the builds' figures.
    results.push(result);
    saveResults();

    if (!skipSearch) {
      const runs = Number(values.runs);
      log(`N=${n}：在 Chromium 中测量搜索（${runs} 轮）`);
      // The home page, not /search/: the search page starts Pagefind itself on load, which would race
      // with the measured first query. Both sites then pay Pagefind's whole start-up in the first query.
      const projectSearch = await measureSearch(project.dist, { page: '/', extraQueries: corpus.placeNames, runs });
      const floorSearch = result.floor
        ? await measureSearch(result.floor.dist, { page: floorRegionPage(corpus), extraQueries: corpus.placeNames, runs })
        : undefined;
      log(`N=${n}：慢速手机上的搜索页（慢速 4G、CPU 4×，${runs} 轮；再测一次 Pagefind 在主线程）`);
      const slowQueries = [...LATER_QUERIES, ...corpus.placeNames.slice(0, 3)];
      const slowPhone = {
        worker: await measureSlowPhone(project.dist, { runs, queries: slowQueries }),
        mainThread: await measureSlowPhone(project.dist, { runs, queries: slowQueries, mainThread: true }),
      };
      result.search = { project: projectSearch, floor: floorSearch, slowPhone };
    }

    if (values.profile) {
      log(`N=${n}：CPU 剖析（node --cpu-prof：内容检查、Astro 构建；不计入上面的用时）`);
      const files = await profileProject(projectRoot, {
        cacheDir: join(base, 'cache-profile'),
        outDir: join(base, 'profile-out'),
        profileDir: join(base, 'cpuprofile'),
        onLine: progress('  剖析'),
      });
      mkdirSync(resultsDir, { recursive: true });
      result.profiles = files.map(({ file, phases }) => {
        const kept = join(resultsDir, `${stamp}-n${n}-${basename(file)}`);
        renameSync(file, kept);
        return summariseProfile(kept, 15, phases);
      });
    }

    saveResults();
    console.log(`\n${sizeTable(result)}\n\n${phaseTable(result)}\n\n${routeTable(project)}\n`);
    if (result.profiles) console.log(`${profileTables(result.profiles)}\n`);
  } finally {
    if (values.keep) log(`保留临时目录 ${base}`);
    else rmSync(base, { recursive: true, force: true });
  }
}

const growth = growthTable(results);
if (growth) console.log(`${growth}\n`);
const checks = verdicts(results);
if (checks.length > 0) {
  console.log('目标：');
  for (const v of checks) console.log(`  ${v.met ? '✓ 达到' : '✗ 未达到'}  ${v.target}：${v.value}`);
}

log(`结果已写入 ${saveResults()}`);
// A page over budget is a regression, not a figure: the bench fails (the other targets are reported).
const overBudget = results.flatMap((r) => (r.project.budgetProblems ?? []).map((p) => `N=${r.n} ${p}`));
if (overBudget.length > 0) {
  console.error(`有页面超出体积预算：\n  ${overBudget.join('\n  ')}`);
  process.exitCode = 1;
}
