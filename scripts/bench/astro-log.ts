/**
 * Reads Astro's build log (as timed lines) into phases and per-route page timings. Astro prints,
 * for every page, "├─ /cases/x/index.html (+12ms)" under "▶ src/pages/cases/[id].astro".
 */
import type { TimedLine } from './measure.ts';

export interface RouteTiming {
  route: string;
  pages: number;
  totalMs: number;
  meanMs: number;
  maxMs: number;
  /** Mean of the first and the last tenth of the route's pages: a rise means pages get slower as the build goes on. */
  firstTenthMeanMs: number;
  lastTenthMeanMs: number;
}

const ROUTE = /[▶λ]\s+(src\/pages\/\S+)/;
const PAGE = /[├└]─\s+(\S+)\s+\(\+(\d+(?:\.\d+)?)(ms|s)\)/;

export function routeTimings(lines: TimedLine[]): RouteTiming[] {
  const byRoute = new Map<string, number[]>();
  let route = '(unknown)';
  for (const { text } of lines) {
    const r = ROUTE.exec(text);
    if (r) {
      route = r[1];
      continue;
    }
    const p = PAGE.exec(text);
    if (p) {
      const ms = Number(p[2]) * (p[3] === 's' ? 1000 : 1);
      byRoute.set(route, [...(byRoute.get(route) ?? []), ms]);
    }
  }
  const mean = (xs: number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);
  return [...byRoute]
    .map(([name, times]) => {
      const tenth = Math.max(1, Math.floor(times.length / 10));
      const totalMs = times.reduce((a, b) => a + b, 0);
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
