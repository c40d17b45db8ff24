import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from './content-copy.ts';

const PROJECT_FILES = ['astro.config.mjs', 'tsconfig.json', 'tailwind.config.mjs', 'package.json', 'src', 'content', 'public', 'scripts'];

/** A throw-away copy of the project (node_modules linked) to add fixtures to and build. */
export function copyProject(prefix = 'project-'): { root: string; remove: () => void } {
  const root = mkdtempSync(join(tmpdir(), prefix));
  for (const name of PROJECT_FILES) cpSync(join(PROJECT_ROOT, name), join(root, name), { recursive: true });
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(root, 'node_modules'));
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** Runs the project's build (check, Astro, Pagefind) in a copy; its own cache so builds never share state. */
export function buildProject(root: string, env: Record<string, string> = {}) {
  return spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/build.ts'), root], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_CACHE_DIR: join(root, '.astro-cache'), ...env },
  });
}

/**
 * The same build without blocking: inside a test worker a synchronous build of a minute or more
 * starves the worker's connection to vitest. Rejects with the build's output when it fails.
 */
export function buildProjectInBackground(root: string, env: Record<string, string> = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'scripts/build.ts'), root], {
      cwd: root,
      env: { ...process.env, ASTRO_CACHE_DIR: join(root, '.astro-cache'), ...env },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`fixture build failed (${code}):\n${output}`))));
  });
}
