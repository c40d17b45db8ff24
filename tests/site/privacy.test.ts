/**
 * Privacy gate: loading any page, and using search, makes no request to any origin but the site's
 * own (every request goes through a guard that aborts and records the others). Statically, no page
 * or stylesheet refers to a third-party script, font, image, tile or frame.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, newGuardedContext, open, waitForSearch } from '../../tools/browser.ts';
import { listFiles, listPages, fileToUrl, type SitePage } from '../../tools/pages.ts';
import { DIST, SITE_ORIGIN } from '../../tools/paths.ts';
import { useBrowserAndServer } from './lib/session.ts';
import { CONCURRENCY, mapLimit } from '../../tools/pool.ts';
import { findThirdPartyCss, findThirdPartyLoads } from './lib/privacy.ts';

const session = useBrowserAndServer(DIST);
let pages: SitePage[];

beforeAll(async () => {
  pages = listPages(DIST);
});

describe('privacy: no third-party requests', () => {
  it('no page or stylesheet refers to a resource on another origin', () => {
    const loads = pages.flatMap((page) =>
      findThirdPartyLoads(readFileSync(page.file, 'utf8'), page.url, SITE_ORIGIN).map((l) => `${page.url}: ${l.where} ${l.url}`),
    );
    for (const file of listFiles(DIST).filter((f) => f.endsWith('.css'))) {
      loads.push(...findThirdPartyCss(readFileSync(file, 'utf8'), fileToUrl(DIST, file), SITE_ORIGIN).map((l) => `${fileToUrl(DIST, file)}: ${l.where} ${l.url}`));
    }
    expect(loads, loads.join('\n')).toEqual([]);
  });

  it('loading every page requests nothing from another origin', async () => {
    const { context, foreignRequests } = await newGuardedContext(session.browser, session.server.origin, { viewport: DESKTOP });
    const tabs = await Promise.all(Array.from({ length: CONCURRENCY }, () => context.newPage()));
    await mapLimit(pages, CONCURRENCY, async (page, worker) => {
      await open(tabs[worker], session.server.origin, page.url);
    });
    // Also the elder mode and a phone: different CSS paths, same rule.
    const elder = await newGuardedContext(session.browser, session.server.origin, { elder: true, viewport: { width: 360, height: 740 } });
    const elderTab = await elder.context.newPage();
    for (const page of pages.slice(0, 5)) await open(elderTab, session.server.origin, page.url);
    await Promise.all([context.close(), elder.context.close()]);
    const all = [...foreignRequests, ...elder.foreignRequests].map((r) => `${r.from} → ${r.url}`);
    console.log(`[privacy] loaded ${pages.length} pages (+5 in elder mode): ${all.length} third-party requests`);
    expect(all, all.join('\n')).toEqual([]);
  }, 600_000);

  it('typing a Chinese query on /search/ and reading the results requests nothing from another origin', async () => {
    const { context, foreignRequests } = await newGuardedContext(session.browser, session.server.origin, { viewport: DESKTOP });
    const page = await context.newPage();
    const own: string[] = [];
    page.on('request', (request) => own.push(request.url()));
    await open(page, session.server.origin, '/search/');
    await page.fill('#search-input', '');
    await page.locator('#search-input').pressSequentially('网格', { delay: 50 });
    const status = await waitForSearch(page);
    const results = await page.locator('#search-results a').count();
    expect(results, `results for 网格 ("${status}")`).toBeGreaterThan(0);
    // Open the first result too: the path a reader takes.
    await page.locator('#search-results a').first().click();
    await page.waitForLoadState('load');
    await context.close();
    expect(own.some((url) => url.includes('/pagefind/')), 'search loaded Pagefind from the site').toBe(true);
    expect(foreignRequests.map((r) => r.url)).toEqual([]);
  });
});
