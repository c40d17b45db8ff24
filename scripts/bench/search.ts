/**
 * Search in Chromium on a built site, through Pagefind's JS API as the site's search page uses it:
 *   - time to first results: page load, then import pagefind.js, init, search, and the data of the
 *     first five results (the results "rendered": written into the page and a frame painted);
 *   - later queries on the same page: search + data of the first five, each with a new word;
 *   - bytes fetched during each step (CDP Network.loadingFinished encodedDataLength, cache off).
 * Runs several times in fresh browser contexts; figures are medians over runs.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page, Request } from 'playwright-core';
import { launchBrowser } from '../../tools/browser.ts';
import { startStaticServer } from '../../tools/static-server.ts';


export const FIRST_QUERY = '网格';
export const LATER_QUERIES = ['候鸟人才', '志愿服务', '红色物业', '疫情防控', '营商环境', '琼崖纵队', '党群服务中心', '法律明白人'];

export interface QueryFigure {
  query: string;
  /** search() until the data of the first five results resolved. */
  ms: number;
  /** Also the results written into the page and a frame painted. */
  renderedMs: number;
  bytes: number;
  requests: number;
  /** Paths fetched during the query. */
  files: string[];
  results: number;
}

export interface SearchRun {
  loadMs: number;
  loadBytes: number;
  first: QueryFigure;
  /** loadMs + first.renderedMs: from navigation to the first results on screen. */
  firstResultsMs: number;
  later: QueryFigure[];
}

export interface SearchSummary {
  page: string;
  /** 1-minute load average when the measurement began: a busy machine slows the browser too. */
  load: number;
  runs: SearchRun[];
  firstResultsMs: number;
  firstQueryBytes: number;
  loadBytes: number;
  laterMedianMs: number;
  laterMaxMs: number;
  laterMedianBytes: number;
  laterMaxBytes: number;
}

export const median = (xs: number[]) => {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

// Strings, not functions: tsx's transform may add helpers to a function that do not exist in the page.
const RENDER = `(data) => {
  let box = document.getElementById('bench-results');
  if (!box) { box = document.createElement('ol'); box.id = 'bench-results'; document.body.append(box); }
  box.replaceChildren(...data.map((d) => { const li = document.createElement('li'); li.innerHTML = '<a href="' + d.url + '">' + (d.meta.title || d.url) + '</a> ' + d.excerpt; return li; }));
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}`;
const firstQueryScript = (query: string) => `(async () => {
  const t0 = performance.now();
  const pf = await import('/pagefind/pagefind.js');
  await pf.init();
  window.__benchPagefind = pf;
  const s = await pf.search(${JSON.stringify(query)});
  const data = await Promise.all(s.results.slice(0, 5).map((r) => r.data()));
  const ms = performance.now() - t0;
  await (${RENDER})(data);
  return { ms, renderedMs: performance.now() - t0, results: s.results.length };
})()`;
const laterQueryScript = (query: string) => `(async () => {
  const t0 = performance.now();
  const s = await window.__benchPagefind.search(${JSON.stringify(query)});
  const data = await Promise.all(s.results.slice(0, 5).map((r) => r.data()));
  const ms = performance.now() - t0;
  await (${RENDER})(data);
  return { ms, renderedMs: performance.now() - t0, results: s.results.length };
})()`;

/**
 * Counts bytes and requests per step; a request belongs to the step during which it was sent.
 * Playwright's request events, not a page CDP session: Pagefind fetches its index from a Web
 * Worker, whose requests a page-level CDP session never sees. Bytes are the encoded (as sent over
 * the wire) body plus response headers, i.e. what CDP reports as encodedDataLength. Only requests
 * for /pagefind/ files count towards a query.
 */
class NetworkLedger {
  step = 'load';
  private readonly owner = new Map<Request, string>();
  private readonly pending = new Set<Request>();
  readonly bytes = new Map<string, number>();
  readonly requests = new Map<string, number>();
  readonly urls = new Map<string, string[]>();

  constructor(page: Page) {
    page.on('request', (request) => {
      this.owner.set(request, this.step);
      this.pending.add(request);
    });
    page.on('requestfinished', async (request) => {
      const path = new URL(request.url()).pathname;
      // The page's own late requests (favicon) are not the query's doing.
      const step = path.startsWith('/pagefind/') ? (this.owner.get(request) ?? this.step) : 'load';
      try {
        const sizes = await request.sizes();
        this.bytes.set(step, (this.bytes.get(step) ?? 0) + sizes.responseBodySize + sizes.responseHeadersSize);
        this.requests.set(step, (this.requests.get(step) ?? 0) + 1);
        this.urls.set(step, [...(this.urls.get(step) ?? []), path]);
      } finally {
        this.pending.delete(request);
      }
    });
    page.on('requestfailed', (request) => this.pending.delete(request));
  }

  /** Waits until no request is in flight and none started for a moment. */
  async settle(timeoutMs = 5_000): Promise<void> {
    const until = Date.now() + timeoutMs;
    let quietSince = Date.now();
    while (Date.now() < until) {
      if (this.pending.size > 0) quietSince = Date.now();
      else if (Date.now() - quietSince >= 100) return;
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error(`搜索测量：${this.pending.size} 个请求 ${timeoutMs} ms 后仍未完成：${[...this.pending].map((r) => r.url()).join(', ')}`);
  }
}

async function oneRun(browser: Browser, origin: string, page: string, queries: string[]): Promise<SearchRun> {
  const context = await browser.newContext({ locale: 'zh-CN', serviceWorkers: 'block' });
  try {
    const tab = await context.newPage();
    // Every step fetches from the server: nothing from an earlier run's HTTP cache.
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const ledger = new NetworkLedger(tab);
    const t0 = performance.now();
    const response = await tab.goto(origin + page, { waitUntil: 'load' });
    const loadMs = performance.now() - t0;
    if (!response?.ok()) throw new Error(`搜索测量：打开 ${page} 失败（${response?.status()}）`);
    await ledger.settle();
    const figure = async (query: string, script: string): Promise<QueryFigure> => {
      ledger.step = query;
      const r = (await tab.evaluate(script)) as { ms: number; renderedMs: number; results: number };
      await ledger.settle();
      return { query, ...r, bytes: ledger.bytes.get(query) ?? 0, requests: ledger.requests.get(query) ?? 0, files: ledger.urls.get(query) ?? [] };
    };
    const first = await figure(FIRST_QUERY, firstQueryScript(FIRST_QUERY));
    const later: QueryFigure[] = [];
    for (const query of queries) later.push(await figure(query, laterQueryScript(query)));
    return { loadMs, loadBytes: ledger.bytes.get('load') ?? 0, first, firstResultsMs: loadMs + first.renderedMs, later };
  } finally {
    await context.close();
  }
}

export async function measureSearch(dist: string, options: { page: string; extraQueries?: string[]; runs?: number }): Promise<SearchSummary> {
  const server = await startStaticServer(dist, { gzip: true });
  const browser = await launchBrowser();
  const queries = [...LATER_QUERIES, ...(options.extraQueries ?? [])];
  const load = Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);
  try {
    const runs: SearchRun[] = [];
    for (let i = 0; i < (options.runs ?? 3); i++) runs.push(await oneRun(browser, server.origin, options.page, queries));
    const later = runs.flatMap((r) => r.later);
    return {
      page: options.page,
      load,
      runs,
      firstResultsMs: median(runs.map((r) => r.firstResultsMs)),
      firstQueryBytes: median(runs.map((r) => r.first.bytes)),
      loadBytes: median(runs.map((r) => r.loadBytes)),
      laterMedianMs: median(later.map((q) => q.ms)),
      laterMaxMs: Math.max(...later.map((q) => q.ms)),
      laterMedianBytes: median(later.map((q) => q.bytes)),
      laterMaxBytes: Math.max(...later.map((q) => q.bytes)),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
