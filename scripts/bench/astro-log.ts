/**
 * Reads Astro's build log (as timed lines) into phases and per-route page timings. Astro prints,
 * for every page, "├─ /cases/x/index.html (+12ms)" under "▶ src/pages/cases/[id].astro".
 */
import type { TimedLine } from './measure.ts';

export interface RouteTiming {
  route: string;
  pages: number;
  /** Wall time from the route's heading to the next one: its pages render several at a time (build.concurrency). */
  totalMs: number;
  /** totalMs per page. */
  meanMs: number;
  /** The slowest page, from its start to its file written (with concurrency, time shared with the pages beside it included). */
  maxMs: number;
  /** Mean page time of the first and the last tenth of the route's pages: a rise means pages get slower as the build goes on. */
  firstTenthMeanMs: number;
  lastTenthMeanMs: number;
}

const ROUTE = /[▶λ]\s+(src\/pages\/\S+)/;
const PAGE = /[├└]─\s+(\S+)\s+\(\+(\d+(?:\.\d+)?)(ms|s)\)/;
/** The end of page generation: the last route's span ends here. */
const GENERATED = /^(?:\d\d:\d\d:\d\d )?✓ Completed in/;

export function routeTimings(lines: TimedLine[]): RouteTiming[] {
  const routes: Array<{ name: string; from: number; to: number; times: number[] }> = [];
  for (const { t, text } of lines) {
    const current = routes.at(-1);
    const r = ROUTE.exec(text);
    if (r || (current && GENERATED.test(text))) {
      if (current) current.to = t;
      if (r) routes.push({ name: r[1], from: t, to: t, times: [] });
      continue;
    }
    const p = PAGE.exec(text);
    if (p && current) {
      current.times.push(Number(p[2]) * (p[3] === 's' ? 1000 : 1));
      current.to = t;
    }
  }
  const mean = (xs: number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);
  return routes
    .filter((route) => route.times.length > 0)
    .map(({ name, from, to, times }) => {
      const tenth = Math.max(1, Math.floor(times.length / 10));
      const totalMs = to - from;
      return {
        route: name,
        pages: times.length,
        totalMs,
        meanMs: totalMs / times.length,
        maxMs: Math.max(...times),
        firstTenthMeanMs: mean(times.slice(0, tenth)),
        lastTenthMeanMs: mean(times.slice(-tenth)),
      };
    })
    .sort((a, b) => b.totalMs - a.totalMs);
}

/** Astro's own phases, from the times its log lines appeared. `from` is when Astro was started. */
export function astroPhases(lines: TimedLine[], from: number): Record<string, number> {
  // By position, not time: several lines often arrive in one chunk and share a time.
  const indexAfter = (start: number, pattern: RegExp) => {
    for (let i = Math.max(0, start); i < lines.length; i++) if (pattern.test(lines[i].text)) return i;
    return -1;
  };
  const first = lines.findIndex((l) => l.t >= from);
  const entrypoints = indexAfter(first, /Building static entrypoints/);
  const serverBuilt = entrypoints < 0 ? -1 : indexAfter(entrypoints + 1, /\[build\] ✓ Completed in/);
  const generating = indexAfter(Math.max(serverBuilt, first), /generating static routes/);
  const generated = generating < 0 ? -1 : indexAfter(generating + 1, /^(?:\d\d:\d\d:\d\d )?✓ Completed in/);
  const complete = indexAfter(first, /\[build\] Complete!/);
  const at = (i: number) => (i < 0 ? undefined : lines[i].t);
  const phases: Record<string, number> = {};
  const span = (name: string, a: number | undefined, b: number | undefined) => {
    if (a !== undefined && b !== undefined) phases[name] = b - a;
  };
  span('启动与内容同步', from, at(entrypoints));
  span('Vite 构建（服务端）', at(entrypoints), at(serverBuilt));
  span('Vite 构建（浏览器端）', at(serverBuilt), at(generating));
  span('生成页面', at(generating), at(generated));
  span('收尾（sitemap 等）', at(generated), at(complete));
  return phases;
}
