/**
 * Accessibility gate: axe-core, WCAG 2.0/2.1/2.2 A and AA, zero violations on every page of dist/,
 * in the normal and the elder-friendly mode, at a phone (360 px) and a desktop (1280 px) width.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { AXE_FILE, AXE_PATH, checkA11y, checkA11yWithAxeBuilder, formatViolations } from './lib/a11y.ts';
import { DESKTOP, newGuardedContext, open, PHONE, waitForSearch } from '../../tools/browser.ts';
import { listPages, type SitePage } from '../../tools/pages.ts';
import { DIST } from '../../tools/paths.ts';
import { useBrowserAndServer } from './lib/session.ts';
import { CONCURRENCY, mapLimit } from '../../tools/pool.ts';

const session = useBrowserAndServer(DIST, { extraFiles: { [AXE_PATH]: AXE_FILE } });
let pages: SitePage[];

beforeAll(async () => {
  pages = listPages(DIST);
});

/** Loads each URL once per mode and runs axe at both widths (narrow first: the page loads at 360 px). */
async function auditAll(urls: string[], elder: boolean, prepare?: (page: Page, url: string) => Promise<void>): Promise<string[]> {
  // No request guard here (it turns Chromium's cache off); privacy.test.ts checks requests.
  const { context } = await newGuardedContext(session.browser, session.server.origin, { elder, viewport: PHONE, guard: false });
  const tabs = await Promise.all(Array.from({ length: CONCURRENCY }, () => context.newPage()));
  const failures: string[] = [];
  try {
    await mapLimit(urls, CONCURRENCY, async (url, worker) => {
      const page = tabs[worker];
      await page.setViewportSize(PHONE);
      await open(page, session.server.origin, url);
      if (prepare) await prepare(page, url);
      if (elder) {
        const mode = await page.evaluate(() => document.documentElement.dataset.mode);
        if (mode !== 'elder') failures.push(`${url}: elder mode not applied (html data-mode="${mode}")`);
      }
      for (const viewport of [PHONE, DESKTOP]) {
        await page.setViewportSize(viewport);
        const violations = await checkA11y(page, { axeUrl: session.server.origin + AXE_PATH });
        if (violations.length > 0) failures.push(formatViolations(`${url} [${elder ? 'elder' : 'normal'} ${viewport.width}px]`, violations));
      }
    });
  } finally {
    await context.close();
  }
  return failures;
}

describe('accessibility (axe-core, WCAG 2.x A/AA)', () => {
  for (const elder of [false, true]) {
    it(`every page, ${elder ? 'elder-friendly' : 'normal'} mode, 360 and 1280 px: zero violations`, async () => {
      const failures = await auditAll(
        pages.map((p) => p.url),
        elder,
      );
      console.log(`[a11y] ${pages.length} pages × 2 widths, ${elder ? 'elder' : 'normal'} mode: ${failures.length} with problems`);
      expect(failures, failures.join('\n')).toEqual([]);
    }, 900_000);
  }

  it('search results (rendered by script) in both modes: zero violations', async () => {
    const url = `/search/?q=${encodeURIComponent('网格')}`;
    const failures = [
      ...(await auditAll([url], false, async (page) => void (await waitForSearch(page)))),
      ...(await auditAll([url], true, async (page) => void (await waitForSearch(page)))),
    ];
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
