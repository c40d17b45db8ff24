/**
 * Security-header gate: the production nginx config (deploy/nginx.conf) run by Debian's nginx over
 * dist/. Headers, caching, gzip and the 404 page; then one page of each type in Chromium through
 * nginx, with zero CSP violations and zero console errors.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, launchBrowser, newGuardedContext, openTabs, unexpectedErrors, waitForSearch } from '../../tools/browser.ts';
import { cspViolations, watchCsp } from './lib/csp.ts';
import { isHashedAsset } from '../../tools/caching.ts';
import { ADMIN_CSP, checkCaching, checkSecurityHeaders } from './lib/headers.ts';
import { parseCsp } from './lib/csp.ts';
import { startNginx, type RunningNginx } from './lib/nginx.ts';
import { listPages, samplePageTypes } from '../../tools/pages.ts';
import { DIST, NGINX_CONF } from '../../tools/paths.ts';
import { CONCURRENCY, mapLimit } from '../../tools/pool.ts';

let nginx: RunningNginx;
let browser: Browser;

beforeAll(async () => {
  [nginx, browser] = await Promise.all([startNginx(NGINX_CONF, DIST), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await nginx?.stop();
});

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(nginx.origin + path, { redirect: 'manual', headers: { 'accept-encoding': 'gzip', ...headers } });
const firstFile = (dir: string) => readdirSync(join(DIST, dir)).find((f) => !f.startsWith('.'))!;

describe('nginx: security headers', () => {
  it('sends the security headers on pages, assets, redirects and errors', async () => {
    const failures: string[] = [];
    for (const path of ['/', '/cases/', '/search/', '/cases', '/no-such-page/', '/pagefind/pagefind.js', '/scripts/elder-mode.js', '/favicon.svg']) {
      failures.push(...checkSecurityHeaders((await get(path)).headers).map((p) => `${path}: ${p}`));
    }
    expect(failures, failures.join('\n')).toEqual([]);
  });

  it('the form editor (/admin/) has its own CSP, loosened only where Decap CMS needs it; the public pages keep theirs', async () => {
    const failures: string[] = [];
    for (const path of ['/admin/', '/admin/config.json', '/admin/decap-cms.js']) {
      const headers = (await get(path)).headers;
      failures.push(...checkSecurityHeaders(headers, ADMIN_CSP).map((p) => `${path}: ${p}`));
      failures.push(...checkCaching(path, headers));
      if (headers.get('x-robots-tag') !== 'noindex, nofollow') failures.push(`${path}: not marked noindex`);
    }
    expect(failures, failures.join('\n')).toEqual([]);
    const admin = parseCsp((await get('/admin/')).headers.get('content-security-policy')!);
    expect(admin['script-src']).toContain("'unsafe-eval'");
    expect(admin['style-src']).toContain("'unsafe-inline'");
    // The looser policy is the editor's alone: a public page next to it still passes the strict check.
    expect(checkSecurityHeaders((await get('/about/')).headers)).toEqual([]);
    expect(checkSecurityHeaders((await get('/admin/')).headers), 'the strict check sees the difference').not.toEqual([]);
    // A missing file under /admin/ is the public 404 page, with the public headers.
    const missing = await get('/admin/no-such-file');
    expect(missing.status).toBe(404);
    expect(checkSecurityHeaders(missing.headers)).toEqual([]);
    const redirect = await get('/admin');
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe('/admin/');
  });

  it('HTML and unhashed files revalidate (no-cache); hashed assets are cached for a year, immutable', async () => {
    const astro = readdirSync(join(DIST, '_astro'));
    const paths = [
      '/',
      '/cases/',
      '/404.html',
      '/no-such-page/',
      ...[astro.find((f) => f.endsWith('.css')), astro.find((f) => f.endsWith('.js'))].filter(Boolean).map((f) => `/_astro/${f}`),
      `/pagefind/fragment/${firstFile('pagefind/fragment')}`,
      `/pagefind/index/${firstFile('pagefind/index')}`,
      ...readdirSync(join(DIST, 'pagefind')).filter((f) => f.endsWith('.pf_meta')).map((f) => `/pagefind/${f}`),
      '/pagefind/pagefind.js',
      '/pagefind/pagefind-entry.json',
      '/pagefind/pagefind-worker.js',
      '/scripts/elder-mode.js',
      '/favicon.svg',
    ];
    const failures: string[] = [];
    for (const path of paths) failures.push(...checkCaching(path, (await get(path)).headers));
    expect(isHashedAsset('/pagefind/pagefind.js') || isHashedAsset('/pagefind/pagefind-entry.json')).toBe(false);
    expect(failures, failures.join('\n')).toEqual([]);
  });

  it('compresses text with gzip', async () => {
    const css = readdirSync(join(DIST, '_astro')).find((f) => f.endsWith('.css'))!;
    for (const path of ['/', '/cases/', `/_astro/${css}`, '/pagefind/pagefind.js', '/sitemap-0.xml', '/rss.xml']) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-encoding'), path).toBe('gzip');
      expect(response.headers.get('vary') ?? '', path).toMatch(/accept-encoding/i);
    }
  });

  it('serves the site: pages with a trailing slash, redirects without, 404.html with status 404', async () => {
    expect((await get('/')).status).toBe(200);
    expect((await get('/cases/')).headers.get('content-type')).toBe('text/html; charset=utf-8');
    const redirect = await get('/cases');
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe('/cases/');
    for (const path of ['/no-such-page/', '/cases/no-such-case/', '/_astro/']) {
      const missing = await get(path);
      expect(missing.status, path).toBe(404);
      expect(await missing.text(), path).toContain('页面不存在');
    }
    expect((await get('/pagefind/pagefind.js')).headers.get('content-type')).toMatch(/^application\/javascript/);
  });
});

describe('nginx: every page type in Chromium', () => {
  it('zero CSP violations and zero console errors', async () => {
    const samples = samplePageTypes(listPages(DIST));
    const { context, foreignRequests } = await newGuardedContext(browser, nginx.origin, { viewport: DESKTOP });
    await watchCsp(context);
    // One tab per worker: each page waits for its network to settle (so lazily loaded scripts run
    // under the CSP too), and those waits overlap instead of adding up.
    const tabs = await openTabs(context, CONCURRENCY);
    const failures: string[] = [];
    await mapLimit(samples, CONCURRENCY, async (sample, worker) => {
      const { page, errors } = tabs[worker];
      errors.length = 0;
      const response = await page.goto(nginx.origin + sample.url, { waitUntil: 'load' });
      const status = response?.status() ?? 0;
      const expected = sample.label.startsWith('404') ? 404 : 200;
      if (status !== expected) failures.push(`${sample.url}: status ${status} (expected ${expected})`);
      if (sample.url.startsWith('/search/?')) {
        const status = await waitForSearch(page);
        const results = await page.locator('#search-results a').count();
        if (results === 0) failures.push(`${sample.url}: no search results ("${status}")`);
      }
      await page.waitForLoadState('networkidle', { timeout: 5000 }).catch(() => undefined);
      for (const e of unexpectedErrors(errors, status, sample.url)) failures.push(`${sample.url}: ${e}`);
      for (const v of await cspViolations(page)) failures.push(`${sample.url}: CSP violation ${v}`);
    });
    await context.close();
    console.log(`[nginx] ${samples.length} page types through nginx: ${samples.map((s) => s.url).join(' ')}`);
    expect(foreignRequests).toEqual([]);
    expect(failures, failures.join('\n')).toEqual([]);
  }, 300_000);
});
