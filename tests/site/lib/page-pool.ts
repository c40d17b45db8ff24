/**
 * Pages for the tests of one file, reused from test to test. A new browser context costs Chromium a
 * new renderer process, about three times a page load (0.7 of a CPU second here), and most tests
 * need only a page that looks new: so one context is kept for each set of options that cannot change
 * on a live context (width, mode, JavaScript, time zone, position, a fixed clock), and its page is
 * handed out again with the site's stored data (the planner's plan, the elder-mode choice) cleared,
 * on a blank document, without the listeners the last test added. No page may reach beyond the
 * test servers on this machine: the browser lets nothing out (tools/browser.ts), and the pool's
 * clean-up fails the file if a page tried.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, expect } from 'vitest';
import { startInElderMode } from '../../../tools/browser.ts';

export interface PageOptions {
  viewport?: { width: number; height: number };
  /** Elder mode on from the first page, as a returning visitor who chose it has it. */
  elder?: boolean;
  javaScriptEnabled?: boolean;
  timezoneId?: string;
  /** The visitor's position, with permission to read it. */
  geolocation?: { longitude: number; latitude: number; accuracy?: number };
  /** Date.now() and new Date() in every page say this moment (timers keep running). */
  fixedTime?: Date;
}

const DEFAULT_VIEWPORT = { width: 1280, height: 900 };
/** Events a test may listen to on its page; the next test starts without those listeners. */
const TEST_EVENTS = ['request', 'response', 'requestfinished', 'requestfailed', 'console', 'pageerror', 'dialog'] as const;

/**
 * Registers the clean-up and returns `pageWith(options)`. `browser` is read when a page is first
 * asked for, so it may be filled in by a beforeAll hook.
 */
export function usePagePool(browser: () => Browser): (options?: PageOptions) => Promise<Page> {
  const pool = new Map<string, { context: BrowserContext; page: Page; origins: Set<string> }>();
  const foreignRequests: string[] = [];
  afterAll(async () => {
    await Promise.all([...pool.values()].map(({ context }) => context.close()));
    expect(foreignRequests, 'requests beyond the test servers').toEqual([]);
  });
  return async ({ fixedTime, ...options }: PageOptions = {}) => {
    const key = JSON.stringify({ ...options, clock: Boolean(fixedTime) });
    let entry = pool.get(key);
    if (!entry) {
      const { elder, geolocation, ...contextOptions } = options;
      const context = await browser().newContext({
        locale: 'zh-CN',
        serviceWorkers: 'block',
        ...contextOptions,
        viewport: contextOptions.viewport ?? DEFAULT_VIEWPORT,
        ...(geolocation ? { geolocation, permissions: ['geolocation'] } : {}),
      });
      if (elder) await startInElderMode(context);
      const origins = new Set<string>();
      context.on('request', (request) => {
        const { origin, protocol, hostname } = new URL(request.url());
        if (protocol === 'data:' || protocol === 'blob:') return;
        if (hostname === '127.0.0.1' || hostname === 'localhost') origins.add(origin);
        else foreignRequests.push(request.url());
      });
      entry = { context, page: await context.newPage(), origins };
      pool.set(key, entry);
    } else {
      // A test may have closed its page: the context gets a new one.
      if (entry.page.isClosed()) entry.page = await entry.context.newPage();
      const { page } = entry;
      for (const event of TEST_EVENTS) page.removeAllListeners(event);
      await page.goto('about:blank');
      const session = await entry.context.newCDPSession(page);
      for (const origin of entry.origins) await session.send('Storage.clearDataForOrigin', { origin, storageTypes: 'local_storage,cookies' });
      await session.detach();
    }
    if (fixedTime) await entry.page.clock.setFixedTime(fixedTime);
    return entry.page;
  };
}
