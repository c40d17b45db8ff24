/** The figures as Markdown tables (printed) and as JSON (bench-results/<timestamp>.json). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BuildResult, SourceFingerprint } from './project-build.ts';
import type { ProfileSummary } from './profile.ts';
import { FIRST_BATCH } from '../../src/lib/search/rank.ts';
import { SLOW_PHONE, type NetworkFloor, type SearchSummary, type SlowPhoneSummary } from './search.ts';

export interface SizeResult {
  n: number;
  counts: Record<string, number>;
  corpusBytes: number;
  /** The site code that was built. */
  source: SourceFingerprint;
  project: BuildResult;
  floor?: BuildResult;
  search?: { project: SearchSummary; floor?: SearchSummary; slowPhone?: { worker: SlowPhoneSummary; mainThread?: SlowPhoneSummary } };
  profiles?: ProfileSummary[];
}

/** The issue's targets. */
const TARGETS = {
  ratioAt: 2000,
  maxRatio: 1.2,
  /** Peak memory of the largest process at the largest N (issue 15: under 4 GB at 10,000). */
  maxPeakBytes: 4 * 1024 ** 3,
  peakAt: 10_000,
  laterAt: 5000,
  laterMaxMs: 100,
  laterMaxBytes: 150 * 1024,
  maxGrowthExponent: 1,
  /** The search page on the bench's slow phone (issue 15): first results after typing, later queries. */
  slowPhoneAt: 2000,
  slowFirstMs: 2000,
  slowLaterMs: 300,
};

/** Why a later query cannot beat the slow phone's network (see laterQueryFloor), in figures. */
export function laterQueryNetworkFloor(floor: NetworkFloor): string {
  return `网络下限（中位数）：取新的索引分块 ${bytes(floor.indexBytes)}，一次往返 ${millis(SLOW_PHONE.latencyMs)} 加传输；拿到分块才知道是哪些页面，再取前 ${FIRST_BATCH} 条的正文 ${bytes(floor.firstFragmentBytes)}，又一次往返加传输；共约 ${millis(floor.ms)}`;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const millis = (ms: number) => `${ms.toFixed(ms < 10 ? 1 : 0)} ms`;
/** KB = 1,024 bytes. */
export function bytes(n: number): string {
  if (n >= 1024 ** 3) return `${(n / 1024 ** 3).toFixed(2)} GB`;
  if (n >= 1024 ** 2) return `${(n / 1024 ** 2).toFixed(1)} MB`;
  return `${(n / 1024).toFixed(1)} KB`;
}
const ratio = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined || b === 0 ? '—' : (a / b).toFixed(2));

export function markdownTable(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

const cpu = (b: BuildResult) => (b.measurement.userS === undefined ? undefined : ((b.measurement.userS ?? 0) + (b.measurement.systemS ?? 0)) * 1000);
const perPage = (b: BuildResult) => b.measurement.wallMs / b.pages;
const heaviest = ({ largestPage: page }: BuildResult) => (page ? `${page.path} ${bytes(page.bytes)}（${bytes(page.gzipBytes)}）` : '—');
const load = (b: BuildResult) => `${b.measurement.loadBefore.toFixed(1)}→${b.measurement.loadAfter.toFixed(1)}${b.repeatWallMs && b.repeatWallMs.length > 1 ? `（${b.repeatWallMs.length} 次取最快：${b.repeatWallMs.map(seconds).join('、')}）` : ''}`;

export function sizeTable(r: SizeResult): string {
  const { project: p, floor: f } = r;
  const row = (name: string, pv: number | undefined, fv: number | undefined, format: (x: number) => string): string[] => [
    name,
    pv === undefined ? '—' : format(pv),
    fv === undefined ? '—' : format(fv),
    ratio(pv, fv),
  ];
  const rows: string[][] = [
    ['条目 / 页面', `${r.n} / ${p.pages}`, f ? `${r.n} / ${f.pages}` : '—', '—'],
    row('总用时（墙钟）', p.measurement.wallMs, f?.measurement.wallMs, seconds),
    row('　内容检查（与 Astro 同时进行，不另计）', p.phases['内容检查'], undefined, seconds),
    row('　Astro', p.phases.Astro, f?.phases.Astro, seconds),
    row('　　其中生成页面', p.astroPhases['生成页面'], f?.astroPhases['生成页面'], seconds),
    row('　Pagefind', p.phases.Pagefind, f?.phases.Pagefind, seconds),
    row('每页', perPage(p), f && perPage(f), millis),
    row('CPU 时间（用户+系统）', cpu(p), f && cpu(f), seconds),
    row('峰值内存（进程树 RSS 合计）', p.measurement.treePeakBytes, f?.measurement.treePeakBytes, bytes),
    row('峰值内存（最大单进程，time -v）', p.measurement.largestProcessKb && p.measurement.largestProcessKb * 1024, f?.measurement.largestProcessKb && f.measurement.largestProcessKb * 1024, bytes),
    ['系统负载（1 分钟，开始→结束）', load(p), f ? load(f) : '—', '—'],
    row('dist/ 大小', p.distBytes, f?.distBytes, bytes),
    row('Pagefind 索引大小', p.pagefindBytes, f?.pagefindBytes, bytes),
    ['最大的 HTML 页面（gzip 后）', heaviest(p), f ? heaviest(f) : '—', ratio(p.largestPage?.gzipBytes, f?.largestPage?.gzipBytes)],
  ];
  const s = r.search;
  if (s) {
    rows.push(
      ['搜索时的系统负载', s.project.load.toFixed(1), s.floor ? s.floor.load.toFixed(1) : '—', '—'],
      row('搜索：首次结果（加载+首次查询，中位数）', s.project.firstResultsMs, s.floor?.firstResultsMs, millis),
      row('搜索：首次查询传输', s.project.firstQueryBytes, s.floor?.firstQueryBytes, bytes),
      row('搜索：后续查询用时（中位数）', s.project.laterMedianMs, s.floor?.laterMedianMs, millis),
      row('搜索：后续查询用时（最大）', s.project.laterMaxMs, s.floor?.laterMaxMs, millis),
      row('搜索：后续查询传输（中位数）', s.project.laterMedianBytes, s.floor?.laterMedianBytes, bytes),
      row('搜索：后续查询传输（最大）', s.project.laterMaxBytes, s.floor?.laterMaxBytes, bytes),
    );
  }
  const slow = s?.slowPhone;
  if (slow) {
    const profile = `慢速手机（${SLOW_PHONE.latencyMs} ms 往返、${SLOW_PHONE.downloadBitsPerSecond / 1e6} Mbit/s、CPU ${SLOW_PHONE.cpuSlowdown}×，360×800）`;
    const variants: Array<[string, SlowPhoneSummary | undefined]> = [['', slow.worker], ['（Pagefind 在主线程，CPU 全部减速）', slow.mainThread]];
    rows.push(['搜索时的系统负载（慢速手机）', slow.worker.load.toFixed(1), '—', '—']);
    for (const [variant, v] of variants) {
      if (!v) continue;
      rows.push(
        [`${profile}：打开 /search/ 到 load${variant}`, millis(v.loadMs), '—', '—'],
        [`${profile}：页面载入后立即输入，到首次结果出现（中位数）${variant}`, millis(v.firstAtOnceMs), '—', '—'],
        [`${profile}：页面空闲（已载入 Pagefind）后输入，到首次结果出现（中位数）${variant}`, millis(v.firstMs), '—', '—'],
        [`${profile}：首次查询传输（空闲后输入）${variant}`, bytes(v.firstBytes), '—', '—'],
        [`${profile}：后续查询结果出现（中位数 / 最大）${variant}`, `${millis(v.laterMedianMs)} / ${millis(v.laterMaxMs)}`, '—', '—'],
        [`${profile}：后续查询传输（中位数）${variant}`, bytes(v.laterMedianBytes), '—', '—'],
        [`${profile}：后续查询的网络下限（中位数：索引分块 + 前 ${FIRST_BATCH} 条正文，两次往返）${variant}`, millis(v.laterFloor.ms), '—', '—'],
      );
    }
  }
  return `站点代码 ${r.source.hash}（${r.source.files} 个文件，最新改动 ${r.source.newestFile}，${r.source.newestModified}）\n\n${markdownTable([`N = ${r.n}`, '项目', '地板', '项目/地板'], rows)}`;
}

export function routeTable(b: BuildResult, count = 8): string {
  return markdownTable(
    ['路由（Astro 生成页面）', '页数', '合计（墙钟）', '每页（合计/页数）', '最慢一页', '前 10% 每页', '后 10% 每页'],
    b.routes.slice(0, count).map((t) => [t.route, String(t.pages), seconds(t.totalMs), millis(t.meanMs), millis(t.maxMs), millis(t.firstTenthMeanMs), millis(t.lastTenthMeanMs)]),
  );
}

/** Where the build's seconds go, phase by phase, and how many of them are above the floor's. */
export function phaseTable(r: SizeResult): string {
  const { project: p, floor: f } = r;
  const names = [...new Set([...Object.keys(p.astroPhases), ...Object.keys(f?.astroPhases ?? {})])];
  const rows: Array<[string, number | undefined, number | undefined]> = [
    ...names.map((n) => [`Astro：${n}`, p.astroPhases[n], f?.astroPhases[n]] as [string, number | undefined, number | undefined]),
    ['Astro 之后（Pagefind 索引、换入新的 dist/）', p.phases.Pagefind, f?.phases.Pagefind],
    ['合计（墙钟）', p.measurement.wallMs, f?.measurement.wallMs],
  ];
  const above = (pv?: number, fv?: number) => (pv === undefined || fv === undefined ? '—' : `${pv - fv >= 0 ? '+' : ''}${seconds(pv - fv)}`);
  return markdownTable(
    ['阶段', '项目', '地板', '高出地板'],
    rows.map(([name, pv, fv]) => [name, pv === undefined ? '—' : seconds(pv), fv === undefined ? '—' : seconds(fv), above(pv, fv)]),
  );
}

export function profileTables(profiles: ProfileSummary[]): string {
  return profiles
    .map((p) => [
      `CPU 剖析 ${p.file}（采样合计 ${seconds(p.totalMs)}）`,
      markdownTable(['自身用时最多的函数', '用时', '占比'], p.self.map((t) => [t.name, seconds(t.ms), `${(t.share * 100).toFixed(1)}%`])),
      markdownTable(['按包或文件', '用时', '占比'], p.byPackage.map((t) => [t.name, seconds(t.ms), `${(t.share * 100).toFixed(1)}%`])),
      markdownTable(['项目代码（含调用的函数）', '用时', '占比'], p.projectInclusive.map((t) => [t.name, seconds(t.ms), `${(t.share * 100).toFixed(1)}%`])),
      ...Object.entries(p.byPhase ?? {}).map(([phase, shares]) =>
        markdownTable([`阶段“${phase}”：按包或文件`, '用时', '占该阶段'], shares.map((t) => [t.name, seconds(t.ms), `${(t.share * 100).toFixed(1)}%`])),
      ),
    ].join('\n\n'))
    .join('\n\n');
}

/** Growth exponent k in t ∝ N^k between two sizes: 1 is linear, above 1 faster than linear. */
export const growthExponent = (n1: number, t1: number, n2: number, t2: number) => Math.log(t2 / t1) / Math.log(n2 / n1);

interface Verdict {
  target: string;
  value: string;
  met: boolean;
}

export function verdicts(results: SizeResult[]): Verdict[] {
  const out: Verdict[] = [];
  for (const r of results) {
    const over = r.project.budgetProblems ?? [];
    out.push({
      target: `N=${r.n}：每个页面不超出体积预算（HTML ≤ 50 KB gzip 等）`,
      value: over.length === 0 ? `最大 HTML ${r.project.largestPage ? `${r.project.largestPage.path} ${bytes(r.project.largestPage.gzipBytes)}` : '—'}` : `${over.length} 处超出：${over.slice(0, 5).join('；')}`,
      met: over.length === 0,
    });
    const peak = r.project.measurement.largestProcessKb;
    if (r.n === TARGETS.peakAt && peak) out.push({ target: `N=${r.n}：峰值内存 < ${bytes(TARGETS.maxPeakBytes)}`, value: bytes(peak * 1024), met: peak * 1024 < TARGETS.maxPeakBytes });
    if (r.n === TARGETS.ratioAt && r.floor) {
      const value = r.project.measurement.wallMs / r.floor.measurement.wallMs;
      const cpuRatio = ratio(cpu(r.project), cpu(r.floor));
      out.push({ target: `N=${r.n}：项目构建用时 ≤ ${TARGETS.maxRatio}× 地板`, value: `墙钟 ${value.toFixed(2)}×（CPU 时间 ${cpuRatio}×）`, met: value <= TARGETS.maxRatio });
    }
    const slow = r.search?.slowPhone;
    if (r.n === TARGETS.slowPhoneAt && slow) {
      const w = slow.worker;
      const upper = slow.mainThread ? `；Pagefind 在主线程时 ${millis(slow.mainThread.firstMs)}` : '';
      out.push({ target: `N=${r.n}：慢速手机上页面空闲后输入，${TARGETS.slowFirstMs} ms 内出现首次结果（中位数）`, value: `${millis(w.firstMs)}${upper}`, met: w.firstMs <= TARGETS.slowFirstMs });
      out.push({ target: `N=${r.n}：慢速手机上页面一载入就输入，${TARGETS.slowFirstMs} ms 内出现首次结果（中位数）`, value: `${millis(w.firstAtOnceMs)}${slow.mainThread ? `；Pagefind 在主线程时 ${millis(slow.mainThread.firstAtOnceMs)}` : ''}`, met: w.firstAtOnceMs <= TARGETS.slowFirstMs });
      const upperLater = slow.mainThread ? `；主线程时 ${millis(slow.mainThread.laterMedianMs)} / ${millis(slow.mainThread.laterMaxMs)}` : '';
      out.push({ target: `N=${r.n}：慢速手机上后续查询 ${TARGETS.slowLaterMs} ms 内出现（中位数）`, value: `${millis(w.laterMedianMs)}（最大 ${millis(w.laterMaxMs)}）${upperLater}；${laterQueryNetworkFloor(w.laterFloor)}`, met: w.laterMedianMs <= TARGETS.slowLaterMs });
      out.push({ target: `N=${r.n}：慢速手机上每个后续查询都在 ${TARGETS.slowLaterMs} ms 内`, value: `最大 ${millis(w.laterMaxMs)}`, met: w.laterMaxMs <= TARGETS.slowLaterMs });
    }
    if (r.n === TARGETS.laterAt && r.search) {
      const s = r.search.project;
      out.push({ target: `N=${r.n}：后续查询 < ${TARGETS.laterMaxMs} ms（中位数；最大值另列）`, value: `${millis(s.laterMedianMs)}（最大 ${millis(s.laterMaxMs)}）`, met: s.laterMedianMs < TARGETS.laterMaxMs });
      out.push({ target: `N=${r.n}：后续查询传输 < ${bytes(TARGETS.laterMaxBytes)}（中位数；最大值另列）`, value: `${bytes(s.laterMedianBytes)}（最大 ${bytes(s.laterMaxBytes)}）`, met: s.laterMedianBytes < TARGETS.laterMaxBytes });
    }
  }
  // "No faster than linear over the range": every step between consecutive sizes, not just the ends
  // (fixed start-up costs make the end-to-end exponent look better than the trend at large N).
  const sorted = [...results].sort((a, b) => a.n - b.n);
  for (const [a, b] of sorted.slice(1).map((r, i) => [sorted[i], r] as const)) {
    const k = growthExponent(a.n, a.project.measurement.wallMs, b.n, b.project.measurement.wallMs);
    const kCpu = cpu(a.project) && cpu(b.project) ? growthExponent(a.n, cpu(a.project)!, b.n, cpu(b.project)!).toFixed(2) : '—';
    out.push({ target: `构建用时从 N=${a.n} 到 N=${b.n} 不快于线性（指数 ≤ ${TARGETS.maxGrowthExponent}）`, value: `墙钟指数 ${k.toFixed(2)}（CPU 时间 ${kCpu}）`, met: k <= TARGETS.maxGrowthExponent });
  }
  return out;
}

/** Growth exponents of the total and of each phase, between consecutive sizes and end to end. */
export function growthTable(results: SizeResult[]): string | undefined {
  const sorted = [...results].sort((a, b) => a.n - b.n);
  if (sorted.length < 2) return undefined;
  const pairs = sorted.slice(1).map((r, i) => [sorted[i], r] as const);
  if (sorted.length > 2) pairs.push([sorted[0], sorted[sorted.length - 1]]);
  const series: Array<[string, (r: SizeResult) => number | undefined]> = [
    ['项目 总用时', (r) => r.project.measurement.wallMs],
    ['项目 CPU 时间', (r) => cpu(r.project)],
    ['项目 内容检查', (r) => r.project.phases['内容检查']],
    ['项目 Astro', (r) => r.project.phases.Astro],
    ['项目 Astro 生成页面', (r) => r.project.astroPhases['生成页面']],
    ['项目 Pagefind', (r) => r.project.phases.Pagefind],
    ['地板 总用时', (r) => r.floor?.measurement.wallMs],
    ['地板 CPU 时间', (r) => r.floor && cpu(r.floor)],
    ['地板 Astro 生成页面', (r) => r.floor?.astroPhases['生成页面']],
  ];
  return markdownTable(
    ['增长指数 k（t ∝ N^k，1 为线性）', ...pairs.map(([a, b]) => `${a.n} → ${b.n}`)],
    series.map(([name, get]) => [
      name,
      ...pairs.map(([a, b]) => {
        const t1 = get(a);
        const t2 = get(b);
        return t1 && t2 ? growthExponent(a.n, t1, b.n, t2).toFixed(2) : '—';
      }),
    ]),
  );
}

export function writeJson(dir: string, stamp: string, data: unknown): string {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${stamp}.json`);
  writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
  return file;
}
