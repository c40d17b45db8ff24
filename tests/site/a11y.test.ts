/**
 * Accessibility gate: axe-core, WCAG 2.0/2.1/2.2 A and AA, zero violations on every page of dist/
 * at a phone's width (360 px) in the normal mode, and on one page of each type (and on search with
 * its results shown) in both modes at 360 px and at a desktop's width (1280 px); no horizontal
 * scrolling on any page at 360 px in either mode. Pages of one type share their template and styles,
 * so what a mode or a width changes is checked once per type; what a page's own content can break
 * (its MDX, its data) on every page.
 *
 * Each page is loaded once: elder mode is switched on in place with the header's button, as a reader
 * does, and the width changed in place, as turning a tablet does. Loading a page costs Chromium more
 * than the checks on it, and loading each type four times made this the slowest gate.
 *
 * The same page loads also answer the privacy gate's question (no request to another origin, see
 * privacy.test.ts) and show no console error or uncaught exception.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { AXE_FILE, AXE_PATH, checkA11y, checkA11yWithAxeBuilder, formatViolations } from './lib/a11y.ts';
import { horizontalOverflow } from './lib/elder.ts';
import { DESKTOP, newGuardedContext, open, openTabs, pageMode, PHONE, unexpectedErrors, waitForSearch } from '../../tools/browser.ts';
import { listPages, samplePageTypes } from '../../tools/pages.ts';
import { DIST } from '../../tools/paths.ts';
import { useBrowserAndServer } from './lib/session.ts';
import { CONCURRENCY, mapLimit } from '../../tools/pool.ts';

const session = useBrowserAndServer(DIST, { extraFiles: { [AXE_PATH]: AXE_FILE } });

interface Audit {
  url: string;
  /** One page of its type (search with a query among them): checked in both modes at both widths. */
  bothModesAndWidths: boolean;
}
let audits: Audit[];

beforeAll(async () => {
  const pages = listPages(DIST);
  const samples = new Set(samplePageTypes(pages).map((sample) => sample.url));
  audits = [...new Set([...pages.map((p) => p.url), ...samples])].map((url) => ({ url, bothModesAndWidths: samples.has(url) }));
});

/**
 * The checks on one loaded page, in the order a reader could meet them: normal mode at 360 px (axe,
 * overflow), then elder mode (overflow; for one page of each type also axe, then axe at 1280 px),
 * and back to normal mode at 1280 px (axe).
 */
async function auditPage(page: Page, { url, bothModesAndWidths }: Audit): Promise<string[]> {
  const failures: string[] = [];
  const axe = async (label: string) => {
    const violations = await checkA11y(page, { axeUrl: session.server.origin + AXE_PATH });
    if (violations.length > 0) failures.push(formatViolations(`${url} [${label}]`, violations));
  };
  const overflow = async (label: string) => {
    const { overflow, culprit } = await horizontalOverflow(page);
    if (overflow > 0) failures.push(`${url} [${label}]: ${overflow}px wider than the screen; widest: ${culprit}`);
  };
  const toggleElder = async (expected: string) => {
    await page.evaluate(() => document.getElementById('elder-toggle')?.click());
    const now = await pageMode(page);
    if (now !== expected) failures.push(`${url}: the elder-mode button left html data-mode="${now}", not "${expected}"`);
  };

  await axe('normal 360px');
  await overflow('normal 360px');
  if (!bothModesAndWidths) {
    // Only the layout can change with the mode here: set it without the button, which would store the choice.
    await page.evaluate(() => (document.documentElement.dataset.mode = 'elder'));
    await overflow('elder 360px');
    return failures;
  }
  await toggleElder('elder');
  await axe('elder 360px');
  await overflow('elder 360px');
  await page.setViewportSize(DESKTOP);
  await axe('elder 1280px');
  await toggleElder('');
  await axe('normal 1280px');
  return failures;
}

describe('accessibility (axe-core, WCAG 2.x A/AA)', () => {
  it('every page: zero violations and no horizontal scrolling at 360 px; one page of each type in both modes at both widths; no request to another origin, no console error', async () => {
    // A context per worker: the elder-mode button stores the choice, which must not reach the other tab's page.
    const workers = await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        const guarded = await newGuardedContext(session.browser, session.server.origin, { viewport: PHONE });
        const [tab] = await openTabs(guarded.context, 1);
        return { ...guarded, ...tab };
      }),
    );
    const failures: string[] = [];
    try {
      await mapLimit(audits, CONCURRENCY, async (audit, worker) => {
        const { page, errors } = workers[worker];
        errors.length = 0;
        await page.setViewportSize(PHONE);
        const status = await open(page, session.server.origin, audit.url);
        if (audit.url.startsWith('/search/?')) await waitForSearch(page);
        if ((await pageMode(page)) !== '') failures.push(`${audit.url}: opened in elder mode, though the reader never chose it`);
        failures.push(...(await auditPage(page, audit)));
        for (const error of unexpectedErrors(errors, status, audit.url)) failures.push(`${audit.url}: ${error}`);
      });
    } finally {
      await Promise.all(workers.map(({ context }) => context.close()));
    }
    for (const request of workers.flatMap((w) => w.foreignRequests)) failures.push(`request to another origin: ${request.from} → ${request.url}`);
    const types = audits.filter((a) => a.bothModesAndWidths).length;
    console.log(`[a11y] ${audits.length} pages at 360 px, ${types} page types (search with results among them) in both modes at 360 and 1280 px: ${failures.length} problems`);
    expect(failures, failures.join('\n')).toEqual([]);
  }, 900_000);

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
