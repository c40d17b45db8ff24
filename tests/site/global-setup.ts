/**
 * Global setup of the `site` test project: the two builds every site test shares, made once.
 *   - the production build (npm run build: content check, Astro, Pagefind) into dist/, which the
 *     gates check;
 *   - the fixture build (tests/fixtures/site-fixture.ts: the content plus hours, a telephone, an exact
 *     position and a complete site identity) into .fixture-site/dist, for what the real content lacks.
 * The two run side by side. SKIP_BUILD=1 reuses both when they exist. A failed build throws, so no
 * test runs against a stale or half-built site.
 */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { applyFixture, FIXTURE_ENV } from '../fixtures/site-fixture.ts';
import { DIST, FIXTURE_ROOT, ROOT } from '../../tools/paths.ts';
import { buildProjectOrFail, copyProject } from '../../tools/project.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The fixture site's built dist/. */
    fixtureDist: string;
  }
}

async function timed(label: string, work: () => Promise<void>) {
  const started = Date.now();
  await work();
  console.log(`[site tests] ${label} built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

export default async function setup(project: TestProject): Promise<void> {
  for (const [what, path] of [
    ['Chromium', process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'],
    ['nginx', process.env.NGINX_PATH ?? '/usr/sbin/nginx'],
  ]) {
    if (!existsSync(path)) throw new Error(`[site tests] ${what} not found at ${path}: install the Debian packages chromium and nginx (.ci/run does)`);
  }
  const fixtureDist = join(FIXTURE_ROOT, 'dist');
  const reuse = process.env.SKIP_BUILD === '1';
  const builds: Promise<void>[] = [];
  if (reuse && existsSync(join(DIST, 'index.html'))) console.log(`[site tests] SKIP_BUILD=1: reusing ${DIST}`);
  else builds.push(timed('production site', () => buildProjectOrFail(ROOT, { ASTRO_CACHE_DIR: join(ROOT, '.astro/cache') })));
  if (reuse && existsSync(join(fixtureDist, 'index.html'))) console.log(`[site tests] SKIP_BUILD=1: reusing ${fixtureDist}`);
  else
    builds.push(
      timed('fixture site', async () => {
        rmSync(FIXTURE_ROOT, { recursive: true, force: true });
        copyProject({ root: FIXTURE_ROOT });
        await applyFixture(FIXTURE_ROOT);
        // Deploy mode: the fixture has a real URL, so the build that refuses a placeholder must pass.
        await buildProjectOrFail(FIXTURE_ROOT, { ...FIXTURE_ENV, SITE_DEPLOY: '1' });
      }),
    );
  await Promise.all(builds);
  project.provide('fixtureDist', fixtureDist);
}
