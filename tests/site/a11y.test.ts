/**
 * Accessibility gate: axe-core, WCAG 2.0/2.1/2.2 A and AA, zero violations on every page of dist/
 * at a phone's width (360 px) in the normal mode, and on one page of each type at 360 px and at a
 * desktop's width (1280 px) in both modes; no horizontal scrolling on any page at 360 px in either
 * mode (each page loaded once: elder mode is switched on in place, as its button does). Pages of one
 * type share their template and styles, so what a mode or a width changes is checked once per type;
 * what a page's own content can break (its MDX, its data) on every page.
 *
 * The same page loads also answer the privacy gate's question (no request to another origin, see
 * privacy.test.ts) and show no console error or uncaught exception: loading every page a second
 * time only for those cost half a minute of every test run.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { AXE_FILE, AXE_PATH, checkA11y, checkA11yWithAxeBuilder, formatViolations } from './lib/a11y.ts';
import { horizontalOverflow } from './lib/elder.ts';
import { DESKTOP, newGuardedContext, open, openTabs, PHONE, unexpectedErrors, waitForSearch } from '../../tools/browser.ts';
import { listPages, samplePageTypes, type SitePage } from '../../tools/pages.ts';
import { DIST } from '../../tools/paths.ts';
import { useBrowserAndServer } from './lib/session.ts';
import { CONCURRENCY, mapLimit } from '../../tools/pool.ts';

const session = useBrowserAndServer(DIST, { extraFiles: { [AXE_PATH]: AXE_FILE } });
let pages: SitePage[];

beforeAll(async () => {
  pages = listPages(DIST);
});

/**
 * Loads each URL once in a mode at `viewport` and runs axe; at the phone's width it also measures
 * horizontal scrolling, which is the same page load's other question. `thenElder`: afterwards the
 * reader turns elder mode on (as the header's button does), and the scrolling is measured again.
 */
async function auditAll(urls: string[], elder: boolean, viewport = PHONE, { prepare, thenElder = false }: { prepare?: (page: Page, url: string) => Promise<void>; thenElder?: boolean } = {}): Promise<string[]> {
  const { context, foreignRequests } = await newGuardedContext(session.browser, session.server.origin, { elder, viewport });
  const tabs = await openTabs(context, CONCURRENCY);
  const failures: string[] = [];
  try {
    await mapLimit(urls, CONCURRENCY, async (url, worker) => {
      const { page, errors } = tabs[worker];
      errors.length = 0;
      const status = await open(page, session.server.origin, url);
      if (prepare) await prepare(page, url);
      if (elder) {
        const mode = await page.evaluate(() => document.documentElement.dataset.mode);
        if (mode !== 'elder') failures.push(`${url}: elder mode not applied (html data-mode="${mode}")`);
      }
      const where = `${url} [${elder ? 'elder' : 'normal'} ${viewport.width}px]`;
      const violations = await checkA11y(page, { axeUrl: session.server.origin + AXE_PATH });
      if (violations.length > 0) failures.push(formatViolations(where, violations));
      if (viewport === PHONE) {
        const { overflow, culprit } = await horizontalOverflow(page);
        if (overflow > 0) failures.push(`${where}: ${overflow}px wider than the screen; widest: ${culprit}`);
      }
      if (thenElder) {
        await page.evaluate(() => (document.documentElement.dataset.mode = 'elder'));
        const { overflow, culprit } = await horizontalOverflow(page);
        if (overflow > 0) failures.push(`${url} [elder ${viewport.width}px]: ${overflow}px wider than the screen; widest: ${culprit}`);
      }
      for (const error of unexpectedErrors(errors, status, url)) failures.push(`${url}: ${error}`);
    });
  } finally {
    await context.close();
  }
  for (const request of foreignRequests) failures.push(`request to another origin: ${request.from} → ${request.url}`);
  return failures;
}

describe('accessibility (axe-core, WCAG 2.x A/AA)', () => {
  it('every page at 360 px: zero violations in normal mode, no horizontal scrolling in either mode, no request to another origin, no console error', async () => {
    const failures = await auditAll(pages.map((p) => p.url), false, PHONE, { thenElder: true });
    console.log(`[a11y] ${pages.length} pages at 360 px (axe in normal mode, overflow in both, foreign requests, console errors): ${failures.length} problems`);
    expect(failures, failures.join('\n')).toEqual([]);
  }, 900_000);

  for (const elder of [false, true]) {
    for (const viewport of elder ? [PHONE, DESKTOP] : [DESKTOP]) {
      it(`one page of each type at ${viewport.width} px, ${elder ? 'elder-friendly' : 'normal'} mode: zero violations`, async () => {
        const urls = samplePageTypes(pages).map((sample) => sample.url).filter((url) => !url.startsWith('/search/?'));
        const failures = await auditAll(urls, elder, viewport);
        console.log(`[a11y] ${urls.length} page types at ${viewport.width} px, ${elder ? 'elder' : 'normal'} mode: ${failures.length} with problems`);
        expect(failures, failures.join('\n')).toEqual([]);
      }, 300_000);
    }
  }

  it('search results (rendered by script) in both modes and widths: zero violations, no horizontal scrolling', async () => {
    const url = `/search/?q=${encodeURIComponent('网格')}`;
    const prepare = async (page: Page) => void (await waitForSearch(page));
    const failures: string[] = [];
    for (const elder of [false, true]) for (const viewport of [PHONE, DESKTOP]) failures.push(...(await auditAll([url], elder, viewport, { prepare })));
    expect(failures, failures.join('\n')).toEqual([]);
  });

  it('the one-injection runner agrees with @axe-core/playwright', async () => {
    const { context } = await newGuardedContext(session.browser, session.server.origin, { viewport: DESKTOP });
    const page = await context.newPage();
    await open(page, session.server.origin, '/');
    const ours = (await checkA11y(page)).map((v) => v.rule).sort();
    await open(page, session.server.origin, '/');
    const builder = (await checkA11yWithAxeBuilder(page)).map((v) => v.rule).sort();
    await context.close();
    expect(ours).toEqual(builder);
  });
});
