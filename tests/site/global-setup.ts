/**
 * Global setup of the `site` test project: one production build (npm run build: content check,
 * Astro, Pagefind) before the gates run over dist/. SKIP_BUILD=1 reuses an existing dist/.
 * A failed build throws, so no gate runs against a stale or half-built site.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, ROOT } from './lib/paths.ts';

export default function setup(): void {
  const reuse = process.env.SKIP_BUILD === '1' && existsSync(join(DIST, 'index.html'));
  if (reuse) {
    console.log(`[site gates] SKIP_BUILD=1: reusing ${DIST}`);
  } else {
    if (process.env.SKIP_BUILD === '1') console.log(`[site gates] SKIP_BUILD=1 but ${DIST} has no index.html: building`);
    const started = Date.now();
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const result = spawnSync(npm, ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'], env: process.env });
    if (result.error) throw new Error(`[site gates] could not run npm run build: ${result.error.message}`);
    if (result.status !== 0) throw new Error(`[site gates] npm run build failed (exit ${result.status ?? result.signal}); the gates need a complete build`);
    console.log(`[site gates] build done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  for (const [what, path] of [
    ['Chromium', process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'],
    ['nginx', process.env.NGINX_PATH ?? '/usr/sbin/nginx'],
  ]) {
    if (!existsSync(path)) throw new Error(`[site gates] ${what} not found at ${path}: install the Debian packages chromium and nginx (.ci/run does)`);
  }
}
