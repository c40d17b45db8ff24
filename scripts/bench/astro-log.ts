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
  const after = (start: number, pattern: RegExp) => lines.find((l) => l.t >= start && pattern.test(l.text))?.t;
  const phases: Record<string, number> = {};
  const entrypoints = after(from, /Building static entrypoints/);
  const serverBuilt = entrypoints === undefined ? undefined : after(entrypoints, /\[build\] ✓ Completed in/);
  const generating = after(serverBuilt ?? from, /generating static routes/);
  const generated = generating === undefined ? undefined : after(generating, /^(?:\d\d:\d\d:\d\d )?✓ Completed in/);
  const complete = after(from, /\[build\] Complete!/);
  const span = (name: string, a: number | undefined, b: number | undefined) => {
    if (a !== undefined && b !== undefined) phases[name] = b - a;
  };
  span('启动与内容同步', from, entrypoints);
  span('Vite 构建（服务端）', entrypoints, serverBuilt);
  span('Vite 构建（浏览器端）', serverBuilt, generating);
  span('生成页面', generating, generated);
  span('收尾（sitemap 等）', generated, complete);
  return phases;
}
