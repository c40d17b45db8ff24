/**
 * Keyboard gate, on one page of each type (home, every listing and detail type, search with a query,
 * 404): Tab reaches every interactive control, each focused element is visible and shows a focus
 * indicator. The elder-mode button works with Enter and Space and the choice persists across pages;
 * the skip link, and search, work from the keyboard.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, newGuardedContext, open, pageMode, PHONE, waitForSearch } from '../../tools/browser.ts';
import { tabThrough, tabTo } from './lib/keyboard.ts';
import { listPages, samplePageTypes, type PageType } from '../../tools/pages.ts';
import { DIST } from '../../tools/paths.ts';
import { useBrowserAndServer } from './lib/session.ts';

const session = useBrowserAndServer(DIST);
let samples: PageType[];

beforeAll(async () => {
  samples = samplePageTypes(listPages(DIST));
});

const pressed = (page: import('playwright-core').Page) => page.getAttribute('#elder-toggle', 'aria-pressed');

describe('keyboard', () => {
  for (const { elder, viewport } of [
    { elder: false, viewport: DESKTOP },
    { elder: true, viewport: PHONE },
  ]) {
    it(`Tab reaches every control with a visible focus (${elder ? 'elder mode, 360 px' : 'normal, 1280 px'}), one page of each type`, async () => {
      const { context } = await newGuardedContext(session.browser, session.server.origin, { elder, viewport });
      const page = await context.newPage();
      const failures: string[] = [];
      let stops = 0;
      for (const sample of samples) {
        await open(page, session.server.origin, sample.url);
        if (sample.url.startsWith('/search/?')) await waitForSearch(page);
        const report = await tabThrough(page);
        stops += report.stops.length;
        if (report.problems.length > 0) failures.push(`${sample.url} (${sample.label}):\n  ${report.problems.join('\n  ')}`);
      }
      await context.close();
      console.log(`[keyboard] ${samples.length} page types, ${stops} focus stops (${elder ? 'elder, 360 px' : 'normal, 1280 px'})`);
      expect(failures, failures.join('\n')).toEqual([]);
    }, 600_000);
  }

  it('the elder-mode button works with Enter and Space, and the choice persists across pages', async () => {
    const { context } = await newGuardedContext(session.browser, session.server.origin, { viewport: DESKTOP });
    const page = await context.newPage();
    await open(page, session.server.origin, '/');
    expect(await pageMode(page)).toBe('');
    expect(await tabTo(page, '#elder-toggle'), 'Tab reaches the elder-mode button').toBe(true);
    await page.keyboard.press('Enter');
    expect(await pageMode(page)).toBe('elder');
    expect(await pressed(page)).toBe('true');
    await page.keyboard.press('Space');
    expect(await pageMode(page)).toBe('');
    expect(await pressed(page)).toBe('false');
    await page.keyboard.press(' ');
    expect(await pageMode(page)).toBe('elder');
    // Another page, and a reload: still on, and the button says so.
    const other = samples.find((s) => s.label.includes('[id]'))?.url ?? '/about/';
    await open(page, session.server.origin, other);
    expect(await pageMode(page)).toBe('elder');
    expect(await pressed(page)).toBe('true');
    expect(await tabTo(page, '#elder-toggle')).toBe(true);
    await page.keyboard.press('Enter');
    expect(await pageMode(page)).toBe('');
    await page.reload();
    expect(await pageMode(page)).toBe('');
    expect(await pressed(page)).toBe('false');
    await context.close();
  });

  it('the skip link is the first stop, shows, and moves the focus into the main content', async () => {
    const { context } = await newGuardedContext(session.browser, session.server.origin, { viewport: PHONE });
    const page = await context.newPage();
    await open(page, session.server.origin, samples.find((s) => s.label.includes('[id]'))?.url ?? '/');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#main');
    const box = await page.locator('a[href="#main"]').boundingBox();
    expect(box && box.width > 10 && box.height > 10, 'skip link is visible when focused').toBe(true);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('main')))).toBe(true);
    await context.close();
  });

  it('search works from the keyboard: type, ↓ into the results, Enter opens one', async () => {
    const { context } = await newGuardedContext(session.browser, session.server.origin, { viewport: DESKTOP });
    const page = await context.newPage();
    await open(page, session.server.origin, '/search/');
    expect(await tabTo(page, '#search-input')).toBe(true);
    await page.keyboard.type('网格', { delay: 30 });
    await waitForSearch(page, '网格');
    await page.keyboard.press('ArrowDown');
    const href = await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.getAttribute('href'));
    expect(href, 'first result focused').toMatch(/^\//);
    await Promise.all([page.waitForURL((url) => url.pathname === new URL(href!, session.server.origin).pathname), page.keyboard.press('Enter')]);
    await context.close();
  });
});
