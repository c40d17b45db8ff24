/**
 * Runs a command and measures it: wall time, CPU time, peak memory of the whole process tree and
 * the time each output line appeared (for phase timings). Memory is measured two ways:
 *   - treePeakBytes: RSS summed over the process and all its descendants, sampled from /proc
 *     every SAMPLE_MS (what the machine must actually hold: the build's parent node process stays
 *     resident while Astro and Pagefind run as its children);
 *   - largestProcessKb: `/usr/bin/time -v`'s "Maximum resident set size", which is the peak of the
 *     single largest process in the tree, not a sum. Only when /usr/bin/time exists.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const TIME = '/usr/bin/time';
const SAMPLE_MS = 200;
const PAGE_SIZE = 4096;

export interface TimedLine {
  /** Milliseconds since the command started. */
  t: number;
  text: string;
  stream: 'stdout' | 'stderr';
}

export interface Measurement {
  exitCode: number;
  wallMs: number;
  userS?: number;
  systemS?: number;
  treePeakBytes: number;
  largestProcessKb?: number;
  /** For each watched name: when such a process was first and last seen (sampled, ±SAMPLE_MS). */
  processes: Record<string, ProcessSpan>;
  /** Load average (1 min) before and after: other work on the machine disturbs the timing. */
  loadBefore: number;
  loadAfter: number;
  lines: TimedLine[];
}

export const hasGnuTime = () => existsSync(TIME);

const loadAverage = () => Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);

/** pid → parent pid for every process, from /proc/<pid>/stat (the command name may hold spaces and parentheses). */
function parentsOfAll(): Map<number, number> {
  const parents = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(name), Number(fields[1]));
    } catch {
      /* the process ended while we looked */
    }
  }
  return parents;
}

/** Pids of root and all its descendants, now. */
function descendants(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const [pid, ppid] of parentsOfAll()) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  const out: number[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    out.push(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return out;
}

function rssOf(pid: number): number {
  try {
    return Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE_SIZE;
  } catch {
    return 0; // ended
  }
}

function commandLineOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    return '';
  }
}

/** When a process of the tree whose command line matches was first and last seen (ms since start). */
interface ProcessSpan {
  first: number;
  last: number;
}

function parseGnuTime(text: string) {
  const field = (label: string) => new RegExp(`${label}: ([\\d.]+)`).exec(text)?.[1];
  const number = (label: string) => (field(label) === undefined ? undefined : Number(field(label)));
  return { userS: number('User time \\(seconds\\)'), systemS: number('System time \\(seconds\\)'), largestProcessKb: number('Maximum resident set size \\(kbytes\\)') };
}

interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Processes to time, by name: e.g. { astro: /astro\.js build/ }. */
  watch?: Record<string, RegExp>;
  /** Called with each output line as it arrives (progress for long runs). */
  onLine?: (text: string) => void;
}

export async function measure(command: string, args: string[], options: RunOptions): Promise<Measurement> {
  const timeFile = join(options.cwd, `.bench-time-${process.pid}-${Date.now()}.txt`);
  const useTime = hasGnuTime();
  const [file, argv] = useTime ? [TIME, ['-v', '-o', timeFile, command, ...args]] : [command, args];
  const loadBefore = loadAverage();
  const started = performance.now();
  const child = spawn(file, argv, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: TimedLine[] = [];
  let treePeakBytes = 0;
  const processes: Record<string, ProcessSpan> = {};
  const commandLines = new Map<number, string>();
  const sample = () => {
    if (!child.pid) return;
    const t = performance.now() - started;
    const pids = descendants(child.pid);
    treePeakBytes = Math.max(treePeakBytes, pids.reduce((sum, pid) => sum + rssOf(pid), 0));
    for (const pid of pids) {
      if (!commandLines.has(pid)) commandLines.set(pid, commandLineOf(pid));
      for (const [name, pattern] of Object.entries(options.watch ?? {})) {
        if (!pattern.test(commandLines.get(pid)!)) continue;
        processes[name] = { first: processes[name]?.first ?? t, last: t };
      }
    }
  };
  const sampler = setInterval(sample, SAMPLE_MS);
  for (const stream of ['stdout', 'stderr'] as const) {
    let rest = '';
    child[stream].setEncoding('utf8');
    child[stream].on('data', (chunk: string) => {
      const t = performance.now() - started;
      const parts = (rest + chunk).split('\n');
      rest = parts.pop() ?? '';
      for (const text of parts) {
        lines.push({ t, text, stream });
        options.onLine?.(text);
      }
    });
    child[stream].on('end', () => {
      if (rest) lines.push({ t: performance.now() - started, text: rest, stream });
    });
  }
  const exitCode = await new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? 1)));
  const wallMs = performance.now() - started;
  clearInterval(sampler);
  const gnu = useTime && existsSync(timeFile) ? parseGnuTime(readFileSync(timeFile, 'utf8')) : {};
  rmSync(timeFile, { force: true });
  return { exitCode, wallMs, ...gnu, treePeakBytes, processes, loadBefore, loadAfter: loadAverage(), lines };
}

/** Total size in bytes and number of files under a directory. */
function directorySize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  if (!existsSync(dir)) return { bytes, files };
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    files++;
  }
  return { bytes, files };
}

/** HTML pages in a built site, not counting Pagefind's own files. */
function countPages(dist: string): number {
  return readdirSync(dist, { recursive: true, withFileTypes: true }).filter(
    (e) => e.isFile() && e.name.endsWith('.html') && !join(e.parentPath, e.name).includes(`${join(dist, 'pagefind')}`),
  ).length;
}

/**
 * The heaviest HTML page of a built site, as sent (gzip level 6, as deploy/nginx.conf serves it):
 * list pages grow with the corpus, and cheap phones on slow networks pay for every byte.
 */
export function largestPage(dist: string): { path: string; bytes: number; gzipBytes: number } | undefined {
  let largest: { file: string; bytes: number } | undefined;
  for (const e of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (!e.isFile() || !e.name.endsWith('.html')) continue;
    const file = join(e.parentPath, e.name);
    const size = statSync(file).size;
    if (!largest || size > largest.bytes) largest = { file, bytes: size };
  }
  if (!largest) return undefined;
  const path = `/${relative(dist, largest.file).replace(/index\.html$/, '')}`;
  return { path, bytes: largest.bytes, gzipBytes: gzipSync(readFileSync(largest.file), { level: 6 }).length };
}

/** What the bench reports of a built site, the project's and the floor's alike. */
export function builtSiteFigures(dist: string) {
  const site = directorySize(dist);
  const index = directorySize(join(dist, 'pagefind'));
  return {
    pages: countPages(dist),
    largestPage: largestPage(dist),
    distBytes: site.bytes,
    distFiles: site.files,
    pagefindBytes: index.bytes,
    pagefindFiles: index.files,
  };
}

/** When the first line matching `pattern` appeared (ms since start), or undefined. */
export const lineTime = (lines: TimedLine[], pattern: RegExp) => lines.find((l) => pattern.test(l.text))?.t;
