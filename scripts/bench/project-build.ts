/**
 * The project's own build (scripts/build.ts: content check → Astro → Pagefind) on a temporary copy
 * of the project whose content/ is the generated corpus, as tests/unit/build-atomic.test.ts does.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkBudgets, measureSite } from '../../tools/budgets.ts';
import { listPages } from '../../tools/pages.ts';
import { ROOT } from '../../tools/paths.ts';
import { copyProject, PROJECT_SOURCES } from '../../tools/project.ts';
import { astroPhases, routeTimings, type RouteTiming } from './astro-log.ts';
import { writeCorpus, type Corpus } from './corpus.ts';
import { builtSiteFigures, lineTime, measure, type Measurement } from './measure.ts';

/** Processes timed by the sampler: Astro's exit and Pagefind's native indexer. */
export const WATCH = { astro: /astro\.js build/, pagefind: /\/pagefind(?:_extended)?(?:\.exe)? --service/ };

export interface BuildResult {
  measurement: Omit<Measurement, 'lines'>;
  pages: number;
  largestPage?: { path: string; bytes: number; gzipBytes: number };
  /** Pages over the site's budgets (tools/budgets.ts: HTML, CSS, JS per page), as "page: problem"; the floor has no budgets. */
  budgetProblems?: string[];
  distBytes: number;
  distFiles: number;
  pagefindBytes: number;
  pagefindFiles: number;
  /** Wall time of each step, ms. */
  phases: Record<string, number>;
  /** Astro's own phases within its step, ms. */
  astroPhases: Record<string, number>;
  routes: RouteTiming[];
  dist: string;
  /** Wall time of every attempt when the build was repeated (the fastest is the one reported). */
  repeatWallMs?: number[];
}

/** A copy of the project with the corpus as content/; returns the corpus' size in bytes. */
export function prepareProjectCopy(root: string, corpus: Corpus): number {
  copyProject({ root, content: false });
  return writeCorpus(corpus, root, ROOT);
}

export class BuildFailed extends Error {}

const tail = (m: Measurement) => m.lines.slice(-40).map((l) => l.text).join('\n');

export async function buildProject(root: string, options: { cacheDir: string; onLine?: (text: string) => void }): Promise<BuildResult> {
  const dist = join(root, 'dist');
  const env = { ...process.env, BUILD_OUT_DIR: dist, ASTRO_CACHE_DIR: options.cacheDir };
  const m = await measure(process.execPath, ['--import', 'tsx', join(root, 'scripts/build.ts'), root], { cwd: root, env, onLine: options.onLine, watch: WATCH });
  if (m.exitCode !== 0) throw new BuildFailed(`项目构建失败（退出码 ${m.exitCode}）：\n${tail(m)}`);
  const checked = lineTime(m.lines, /内容检查通过/) ?? 0;
  const complete = lineTime(m.lines, /\[build\] Complete!/) ?? checked;
  // Astro's step ends when its process is gone, which can be a while after it printed "Complete!".
  const astroDone = Math.max(complete, m.processes.astro?.last ?? complete);
  const { lines, ...measurement } = m;
  return {
    measurement,
    ...builtSiteFigures(dist),
    budgetProblems: checkBudgets(measureSite(dist, listPages(dist))).map((p) => `${p.page}: ${p.message}`),
    // The check runs beside Astro (scripts/build.ts): its time is not added to the others.
    phases: { 内容检查: checked, Astro: astroDone, Pagefind: m.wallMs - astroDone },
    astroPhases: { ...astroPhases(lines, 0), 'Complete! 之后到进程退出': astroDone - complete },
    routes: routeTimings(lines),
    dist,
  };
}

/**
 * CPU profiles of the two Node steps of the build, run on their own (Node 20 refuses --cpu-prof in
 * NODE_OPTIONS, so scripts/build.ts's child cannot inherit it): the content check and the Astro
 * build. Pagefind is a native binary; its share is the phase time above. Profiling slows the run
 * down, so these timings are not the ones reported. Returns the .cpuprofile paths.
 */
interface ProfiledStep {
  file: string;
  /** Phase windows within the step, ms since its process started: to split the profile by phase. */
  phases?: Record<string, readonly [number, number]>;
}

export async function profileProject(root: string, options: { cacheDir: string; outDir: string; profileDir: string; onLine?: (text: string) => void }): Promise<ProfiledStep[]> {
  const prof = (name: string) => ['--cpu-prof', `--cpu-prof-dir=${options.profileDir}`, `--cpu-prof-name=${name}`];
  const check = await measure(process.execPath, [...prof('check.cpuprofile'), '--import', 'tsx', join(root, 'scripts/check.ts'), root], { cwd: root, onLine: options.onLine });
  if (check.exitCode !== 0) throw new BuildFailed(`剖析：内容检查失败：\n${tail(check)}`);
  const env = { ...process.env, ASTRO_OUT_DIR: options.outDir, ASTRO_CACHE_DIR: options.cacheDir };
  const astro = await measure(process.execPath, [...prof('astro.cpuprofile'), join(root, 'node_modules/astro/astro.js'), 'build', '--root', root], { cwd: root, env, onLine: options.onLine });
  if (astro.exitCode !== 0) throw new BuildFailed(`剖析：Astro 构建失败：\n${tail(astro)}`);
  // Consecutive phase boundaries from the log, as windows for the profile.
  const phases: Record<string, readonly [number, number]> = {};
  let start = 0;
  for (const [name, ms] of Object.entries(astroPhases(astro.lines, 0))) {
    phases[name] = [start, start + ms];
    start += ms;
  }
  return [{ file: join(options.profileDir, 'check.cpuprofile') }, { file: join(options.profileDir, 'astro.cpuprofile'), phases }];
}

export interface SourceFingerprint {
  /** sha256 (12 hex digits) over the copied files' paths and contents: equal means the same site code. */
  hash: string;
  files: number;
  newestFile: string;
  newestModified: string;
}

/**
 * Which version of the site code a measurement is for (the repository changes while people work;
 * no git here). Taken from the copy, so it is exactly what was built.
 */
export function sourceFingerprint(root: string): SourceFingerprint {
  const hash = createHash('sha256');
  let newest = { file: '', mtime: 0 };
  let files = 0;
  const names = PROJECT_SOURCES.filter((n) => n !== 'public').flatMap((name) => {
    const path = join(root, name);
    if (!statSync(path).isDirectory()) return [path];
    return readdirSync(path, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  });
  for (const path of names.sort()) {
    const file = relative(root, path);
    if (file.startsWith('scripts/bench')) continue;
    hash.update(file).update('\0').update(readFileSync(path)).update('\0');
    const { mtimeMs } = statSync(path);
    if (mtimeMs > newest.mtime) newest = { file, mtime: mtimeMs };
    files++;
  }
  return { hash: hash.digest('hex').slice(0, 12), files, newestFile: newest.file, newestModified: new Date(newest.mtime).toISOString() };
}
