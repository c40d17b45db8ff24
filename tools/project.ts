/**
 * Throw-away copies of the project (node_modules linked) and the project's build run in them:
 * shared by the tests (fixture builds, the atomic-build test) and the benchmark (synthetic corpora).
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './paths.ts';

/** What a build needs besides content/ (and node_modules, which is linked). */
export const PROJECT_SOURCES = ['astro.config.mjs', 'tsconfig.json', 'tailwind.config.mjs', 'package.json', 'src', 'public', 'scripts', 'tools'];

interface ProjectCopy {
  root: string;
  remove: () => void;
}

/**
 * A copy of the project in `root` (a new temporary folder when omitted). `content: false` leaves
 * content/ out, for callers that write their own (the benchmark's corpus).
 */
export function copyProject(options: { prefix?: string; root?: string; content?: boolean } = {}): ProjectCopy {
  const root = options.root ?? mkdtempSync(join(tmpdir(), options.prefix ?? 'project-'));
  mkdirSync(root, { recursive: true });
  const names = options.content === false ? PROJECT_SOURCES : [...PROJECT_SOURCES, 'content'];
  for (const name of names) cpSync(join(ROOT, name), join(root, name), { recursive: true, preserveTimestamps: true });
  symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'));
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** The environment of a build in a copy: its own Astro cache, so builds never share state. */
function buildEnv(root: string, env: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, ASTRO_CACHE_DIR: join(root, '.astro-cache'), ...env };
}

/**
 * The project's build (check, Astro, Pagefind) in a copy, without blocking: inside a test worker a
 * synchronous build of a minute starves the worker's connection to vitest. Resolves with the
 * build's output and exit code; `check` rejects when the build failed.
 */
export function buildProject(root: string, env: Record<string, string> = {}): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'scripts/build.ts'), root], { cwd: root, env: buildEnv(root, env) });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, output }));
  });
}

/** buildProject that rejects with the build's output when it fails. */
export async function buildProjectOrFail(root: string, env: Record<string, string> = {}): Promise<void> {
  const { status, output } = await buildProject(root, env);
  if (status !== 0) throw new Error(`build in ${root} failed (${status}):\n${output}`);
}
