/**
 * The project's own build (scripts/build.ts: content check → Astro → Pagefind) on a temporary copy
 * of the project whose content/ is the generated corpus, as tests/unit/build-atomic.test.ts does.
 */
import { cpSync, mkdirSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { astroPhases, routeTimings, type RouteTiming } from './astro-log.ts';
import { writeCorpus, type Corpus } from './corpus.ts';
import { countPages, directorySize, lineTime, measure, type Measurement } from './measure.ts';

export const PROJECT_ROOT = resolve(import.meta.dirname, '..', '..');
const COPIED = ['astro.config.mjs', 'tsconfig.json', 'tailwind.config.mjs', 'package.json', 'src', 'public', 'scripts'];

export interface BuildResult {
  measurement: Omit<Measurement, 'lines'>;
  pages: number;
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
  mkdirSync(root, { recursive: true });
  for (const name of COPIED) cpSync(join(PROJECT_ROOT, name), join(root, name), { recursive: true });
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(root, 'node_modules'));
  return writeCorpus(corpus, root, PROJECT_ROOT);
}

export class BuildFailed extends Error {}

const tail = (m: Measurement) => m.lines.slice(-40).map((l) => l.text).join('\n');

export async function buildProject(root: string, options: { cacheDir: string; onLine?: (text: string) => void }): Promise<BuildResult> {
  const dist = join(root, 'dist');
  const env = { ...process.env, BUILD_OUT_DIR: dist, ASTRO_CACHE_DIR: options.cacheDir };
  const m = await measure(process.execPath, ['--import', 'tsx', join(root, 'scripts/build.ts'), root], { cwd: root, env, onLine: options.onLine });
  if (m.exitCode !== 0) throw new BuildFailed(`项目构建失败（退出码 ${m.exitCode}）：\n${tail(m)}`);
  const checked = lineTime(m.lines, /内容检查通过/) ?? 0;
  const astroDone = lineTime(m.lines, /\[build\] Complete!/) ?? checked;
  const { lines, ...measurement } = m;
  const site = directorySize(dist);
  const index = directorySize(join(dist, 'pagefind'));
  return {
    measurement,
    pages: countPages(dist),
    distBytes: site.bytes,
    distFiles: site.files,
    pagefindBytes: index.bytes,
    pagefindFiles: index.files,
    phases: { 内容检查: checked, Astro: astroDone - checked, Pagefind: m.wallMs - astroDone },
    astroPhases: astroPhases(lines, checked),
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
export async function profileProject(root: string, options: { cacheDir: string; outDir: string; profileDir: string; onLine?: (text: string) => void }): Promise<string[]> {
  const prof = (name: string) => ['--cpu-prof', `--cpu-prof-dir=${options.profileDir}`, `--cpu-prof-name=${name}`];
  const check = await measure(process.execPath, [...prof('check.cpuprofile'), '--import', 'tsx', join(root, 'scripts/check.ts'), root], { cwd: root, onLine: options.onLine });
  if (check.exitCode !== 0) throw new BuildFailed(`剖析：内容检查失败：\n${tail(check)}`);
  const env = { ...process.env, ASTRO_OUT_DIR: options.outDir, ASTRO_CACHE_DIR: options.cacheDir };
  const astro = await measure(process.execPath, [...prof('astro.cpuprofile'), join(root, 'node_modules/astro/astro.js'), 'build', '--root', root], { cwd: root, env, onLine: options.onLine });
  if (astro.exitCode !== 0) throw new BuildFailed(`剖析：Astro 构建失败：\n${tail(astro)}`);
  return [join(options.profileDir, 'check.cpuprofile'), join(options.profileDir, 'astro.cpuprofile')];
}
