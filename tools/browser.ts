/**
 * Debian's Chromium driven by playwright-core (never a downloaded browser), one browser per test
 * file, and browser contexts that refuse and record every request to another origin.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startStaticServer, type StaticServer, type StaticServerOptions } from './static-server.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];
export const PHONE = { width: 360, height: 740 };
export const DESKTOP = { width: 1280, height: 800 };

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

export interface GuardedContext {
  context: BrowserContext;
  /** Requests the page tried to make to any origin but the site's own (they were aborted). */
  foreignRequests: Array<{ url: string; from: string }>;
}

/**
 * A context that lets through only requests to `origin` (and data:/blob: URLs, which never leave
 * the browser): everything else is aborted and recorded. `elder` turns on the elder-friendly mode
 * before any page script runs, as a returning visitor who chose it would have it.
 */
export async function newGuardedContext(
  browser: Browser,
  origin: string,
  options: {
    elder?: boolean;
    viewport?: { width: number; height: number };
    /**
     * false: no request guard. Playwright turns the HTTP cache off while requests are routed; the
     * a11y gate, which loads the same 600 KB axe script on every page, is 3 times faster with it.
     */
    guard?: boolean;
  } = {},
): Promise<GuardedContext> {
  const context = await browser.newContext({ viewport: options.viewport ?? DESKTOP, locale: 'zh-CN', serviceWorkers: 'block' });
  const foreignRequests: GuardedContext['foreignRequests'] = [];
  if (options.guard !== false) await context.route('**/*', (route) => {
    const request = route.request();
    const url = new URL(request.url());
    if (url.origin === origin || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
    foreignRequests.push({ url: request.url(), from: request.frame()?.url() ?? '' });
    return route.abort('blockedbyclient');
  });
  // WebSockets do not go through route(): record them too.
  context.on('page', (page) => page.on('websocket', (ws) => foreignRequests.push({ url: ws.url(), from: page.url() })));
  if (options.elder) {
    await context.addInitScript(() => {
      try {
        localStorage.setItem('elder-mode', 'on');
      } catch {
        /* opaque origins (about:blank) have no storage */
      }
    });
  }
  return { context, foreignRequests };
}

/** Collects console errors and uncaught exceptions of a page. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  return errors;
}

/**
 * Open a site path and wait for its load event, and for any island still fetching its data (it marks
 * its loading message `data-loading`, e.g. the planner), so checks see the page as a visitor uses it.
 */
export async function open(page: Page, origin: string, path: string, options: { idle?: boolean } = {}): Promise<number> {
  const response = await page.goto(origin + path, { waitUntil: 'load' });
  if (!response) throw new Error(`no response for ${path}`);
  await page.waitForFunction(() => !document.querySelector('[data-loading]'), undefined, { timeout: 10_000 });
  if (options.idle) await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined);
  return response.status();
}

/** On /search/?q=…: wait until the search script has written its status (results or none). */
export async function waitForSearch(page: Page): Promise<string> {
  await page.waitForFunction(() => {
    const text = document.getElementById('search-status')?.textContent ?? '';
    return text !== '' && !text.includes('正在搜索');
  }, undefined, { timeout: 15_000 });
  return (await page.textContent('#search-status')) ?? '';
}

export interface BrowserAndServer {
  browser: Browser;
  server: StaticServer;
  close: () => Promise<void>;
}

/** Chromium and a static server over a built site, for a test file or a script. */
export async function openBrowserAndServer(dist: string, options: StaticServerOptions = {}): Promise<BrowserAndServer> {
  const [browser, server] = await Promise.all([launchBrowser(), startStaticServer(dist, options)]);
  return {
    browser,
    server,
    close: async () => {
      await Promise.all([browser.close(), server.close()]);
    },
  };
}
