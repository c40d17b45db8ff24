/**
 * Privacy gate: using search makes no request to any origin but the site's own (the browser lets
 * none out; the guarded context records them). Statically, no page or stylesheet refers to a
 * third-party script, font, image, tile or frame. That loading any page, in either mode, requests
 * nothing from another origin is checked by the accessibility gate's walk over every page
 * (a11y.test.ts), which loads each page anyway.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, newGuardedContext, open, waitForSearch } from '../../tools/browser.ts';
import { listFiles, listPages, fileToUrl, type SitePage } from '../../tools/pages.ts';
import { DIST, SITE_ORIGIN } from '../../tools/paths.ts';
import { useBrowserAndServer } from './lib/session.ts';
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
