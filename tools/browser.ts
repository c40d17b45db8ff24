/**
 * Debian's Chromium driven by playwright-core (never a downloaded browser), one browser per test
 * file, offline but for loopback, and browser contexts that record every request to another origin.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startStaticServer, type StaticServer, type StaticServerOptions } from './static-server.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/**
 * Nothing leaves the machine: every request but loopback (which Chromium never sends to a proxy) goes
 * to a proxy that is not there and fails, and no host name resolves. The guard below only records;
 * it need not intercept, which would turn Chromium's HTTP cache off (3 times slower for the gates).
 */
const OFFLINE_ARGS = ['--proxy-server=http://127.0.0.1:9', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1'];
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', ...OFFLINE_ARGS];
export const PHONE = { width: 360, height: 740 };
export const DESKTOP = { width: 1280, height: 800 };

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

export interface GuardedContext {
  context: BrowserContext;
  /** Requests the page tried to make to any origin but the site's own (they failed: see OFFLINE_ARGS). */
  foreignRequests: Array<{ url: string; from: string }>;
}

/**
 * A context that records every request to an origin other than `origin` (data:/blob: URLs never
 * leave the browser); the browser itself lets none of them out. `elder` turns on the elder-friendly
 * mode before any page script runs, as a returning visitor who chose it would have it.
 */
export async function newGuardedContext(
  browser: Browser,
  origin: string,
  options: {
    elder?: boolean;
    viewport?: { width: number; height: number };
    javaScript?: boolean;
    /** Further origins that are not foreign: a test's own stand-in for a service the page talks to. */
    alsoAllowed?: string[];
  } = {},
): Promise<GuardedContext> {
  const context = await browser.newContext({
    viewport: options.viewport ?? DESKTOP,
    locale: 'zh-CN',
    serviceWorkers: 'block',
    javaScriptEnabled: options.javaScript ?? true,
  });
  const foreignRequests: GuardedContext['foreignRequests'] = [];
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === origin || options.alsoAllowed?.includes(url.origin) || url.protocol === 'data:' || url.protocol === 'blob:') return;
    let from = '';
    try {
      from = request.frame().url();
    } catch {
      /* a worker's request may have no frame */
    }
    foreignRequests.push({ url: request.url(), from });
  });
  // WebSockets are no requests: record them too.
  context.on('page', (page) => page.on('websocket', (ws) => foreignRequests.push({ url: ws.url(), from: page.url() })));
  if (options.elder) await startInElderMode(context);
  return { context, foreignRequests };
}

/** Elder mode on before any page script runs, as a returning visitor who chose it has it. */
export async function startInElderMode(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    try {
      localStorage.setItem('elder-mode', 'on');
    } catch {
      /* opaque origins (about:blank) have no storage */
    }
  });
}

/** The page's mode as its html element says it: 'elder', or '' for the normal mode. */
export function pageMode(page: Page): Promise<string> {
  return page.evaluate(() => document.documentElement.dataset.mode ?? '');
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

/** One tab per worker of a walk over pages, each collecting its own console errors (collectErrors). */
export async function openTabs(context: BrowserContext, count: number): Promise<{ page: Page; errors: string[] }[]> {
  const pages = await Promise.all(Array.from({ length: count }, () => context.newPage()));
  return pages.map((page) => ({ page, errors: collectErrors(page) }));
}

/** A loaded page's errors, without the failed-resource message a 404 page logs for its own status. */
export function unexpectedErrors(errors: string[], status: number, path: string): string[] {
  return errors.filter((error) => !(status === 404 && error.includes('404') && error.includes(path)));
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

/**
 * On /search/?q=…: wait until the search script has written its status (results or none). With
 * `query`, until they answer that query: a search may already have run for the first characters
 * typed, when the machine is slow between two keys.
 */
export async function waitForSearch(page: Page, query?: string): Promise<string> {
  await page.waitForFunction((query) => {
    const text = document.getElementById('search-status')?.textContent ?? '';
    const answered = query === undefined || document.getElementById('search-output')?.dataset.resultsFor === query;
    return answered && text !== '' && !text.includes('正在搜索');
  }, query, { timeout: 15_000 });
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
