/**
 * Summarises V8 .cpuprofile files (from `node --cpu-prof`): where the time went, by function (self
 * time), by package or project file, and — for functions of the project's own code — inclusive time
 * (the function and everything it called). Open the files in Chrome DevTools for the full picture.
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

interface TimeShare {
  name: string;
  ms: number;
  share: number;
}

export interface ProfileSummary {
  file: string;
  totalMs: number;
  self: TimeShare[];
  byPackage: TimeShare[];
  /** Inclusive time of functions in project code (src/, scripts/, built page chunks). */
  projectInclusive: TimeShare[];
  /** Time by package within each phase (phase windows in ms since the process started). */
  byPhase?: Record<string, TimeShare[]>;
}

/** node_modules/<package> (or @scope/package), a project path, or V8's pseudo-frames. */
export function whereOf(url: string): string {
  if (!url) return '(V8/原生)';
  if (url.startsWith('node:')) return '(Node 内置)';
  const path = url.replace(/^file:\/\//, '').replace(/\?.*$/, '');
  const module = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (module) return module[1];
  // Astro bundles pages, the project's modules and its own runtime into <root>/.astro/ for prerendering.
  if (/\/\.astro\/chunks\/astro\//.test(path)) return 'astro（构建产物中的运行时）';
  const built = /\/\.astro\/(.+)$/.exec(path);
  if (built) return `构建产物 ${built[1].replace(/_[\w-]{8}\.mjs$/, '.mjs')}`;
  const project = /\/((?:src|scripts)\/.+)$/.exec(path);
  return project ? project[1] : path;
}

/** The project's own code: its sources, or the chunks Astro built from them (not Astro's bundled runtime). */
const isProjectCode = (url: string) =>
  !url.includes('node_modules') && (/\/(src|scripts)\//.test(url) || (/\/\.astro\//.test(url) && !/\/\.astro\/chunks\/astro\//.test(url)));

function top(map: Map<string, number>, total: number, count: number): TimeShare[] {
  return [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, us]) => ({ name, ms: us / 1000, share: us / total }));
}

export function summariseProfile(file: string, count = 15, phases?: Record<string, readonly [number, number]>): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const label = (n: ProfileNode) => `${n.callFrame.functionName || '(匿名)'}  ${whereOf(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;

  const self = new Map<string, number>();
  const byPackage = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const phaseMaps = new Map(Object.keys(phases ?? {}).map((name) => [name, new Map<string, number>()]));
  const phaseTotals = new Map<string, number>();
  let total = 0;
  let elapsed = 0; // µs since the profile started, which is within milliseconds of the process start
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    elapsed += delta;
    const node = byId.get(id);
    if (!node) return;
    total += delta;
    const name = node.callFrame.functionName;
    const key = name.startsWith('(') ? name : label(node);
    self.set(key, (self.get(key) ?? 0) + delta);
    const where = name === '(garbage collector)' ? '(垃圾回收)' : name === '(idle)' ? '(空闲)' : name === '(program)' ? '(V8/原生)' : whereOf(node.callFrame.url);
    byPackage.set(where, (byPackage.get(where) ?? 0) + delta);
    for (const [phase, [from, to]] of Object.entries(phases ?? {})) {
      if (elapsed / 1000 < from || elapsed / 1000 >= to) continue;
      const map = phaseMaps.get(phase)!;
      map.set(where, (map.get(where) ?? 0) + delta);
      phaseTotals.set(phase, (phaseTotals.get(phase) ?? 0) + delta);
    }
    // Inclusive: each project function on the stack once, however deep the recursion.
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const frame = byId.get(cur)!;
      if (!isProjectCode(frame.callFrame.url)) continue;
      const k = label(frame);
      if (!seen.has(k)) {
        seen.add(k);
        inclusive.set(k, (inclusive.get(k) ?? 0) + delta);
      }
    }
  });
  const byPhase = phases && Object.fromEntries([...phaseMaps].map(([phase, map]) => [phase, top(map, phaseTotals.get(phase) ?? 1, 8)]));
  return { file, totalMs: total / 1000, self: top(self, total, count), byPackage: top(byPackage, total, count), projectInclusive: top(inclusive, total, count), byPhase };
}
