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
import { FIRST_BATCH } from '../../src/lib/search/rank.ts';

const FIRST_QUERY = '网格';
export const LATER_QUERIES = ['候鸟人才', '志愿服务', '红色物业', '疫情防控', '营商环境', '琼崖纵队', '党群服务中心', '法律明白人'];

interface QueryFigure {
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

interface SearchRun {
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

export interface FetchedFile {
  path: string;
  bytes: number;
}

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
  /** Files fetched per step, in the order they finished. */
  readonly files = new Map<string, FetchedFile[]>();

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
        const fileBytes = sizes.responseBodySize + sizes.responseHeadersSize;
        this.bytes.set(step, (this.bytes.get(step) ?? 0) + fileBytes);
        this.requests.set(step, (this.requests.get(step) ?? 0) + 1);
        this.files.set(step, [...(this.files.get(step) ?? []), { path, bytes: fileBytes }]);
      } finally {
        this.pending.delete(request);
      }
    });
    page.on('requestfailed', (request) => this.pending.delete(request));
  }

  /** Waits until a request for this path (or path prefix) has finished. */
  async waitFor(path: string, timeoutMs = 30_000): Promise<void> {
    const until = Date.now() + timeoutMs;
    while (![...this.files.values()].some((files) => files.some((file) => file.path.startsWith(path)))) {
      if (Date.now() > until) throw new Error(`搜索测量：${timeoutMs} ms 内没有载入 ${path}`);
      await new Promise((r) => setTimeout(r, 20));
    }
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
      return { query, ...r, bytes: ledger.bytes.get(query) ?? 0, requests: ledger.requests.get(query) ?? 0, files: (ledger.files.get(query) ?? []).map((file) => file.path) };
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

/**
 * The bench's cheap phone on slow 4G: 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up, CPU 4× slower,
 * applied with CDP (Network.emulateNetworkConditions, Emulation.setCPUThrottlingRate) to the page.
 * Chromium applies the network profile to the Pagefind worker's requests too, but throttles the CPU
 * of pages only ("Operation is only supported for pages, not workers"), so the worker's share (the
 * WebAssembly search, decompressing index chunks) runs at full speed. The `mainThread` variant moves
 * Pagefind onto the page's main thread, where all of its work is slowed: an upper bound.
 */
export const SLOW_PHONE = { latencyMs: 150, downloadBitsPerSecond: 1_600_000, uploadBitsPerSecond: 750_000, cpuSlowdown: 4 };

interface SlowPhoneRun {
  /** Navigation to the load event of /search/. */
  loadMs: number;
  /** The reader types the first query right at the load event: from typing to its first results painted. */
  firstAtOnceMs: number;
  /** The reader types once the page is idle (Pagefind loaded while the page sat there): the same. */
  firstMs: number;
  firstBytes: number;
  /** Each later query, from typing it to its results painted, and the least its fetches allow. */
  later: Array<{ query: string; ms: number; bytes: number; floor: NetworkFloor }>;
}

export interface SlowPhoneSummary {
  mainThread: boolean;
  load: number;
  runs: SlowPhoneRun[];
  loadMs: number;
  firstAtOnceMs: number;
  firstMs: number;
  firstBytes: number;
  laterMedianMs: number;
  laterMaxMs: number;
  laterMedianBytes: number;
  /** Each part of the later queries' network floor, the median over queries. */
  laterFloor: NetworkFloor;
}

export interface NetworkFloor {
  /** Index chunks the query fetched (Pagefind requests them together). */
  indexBytes: number;
  /** Fragments of the first results shown (requested together once the chunks are searched). */
  firstFragmentBytes: number;
  ms: number;
}

/**
 * The least a later query can take on the slow phone's network, from what it fetched: one round trip
 * and the transfer for its new index chunks, and only then, since the chunks say which pages match,
 * another for the fragments (title, text) of the first results shown. CPU, the typing pause and the
 * rest of the results come on top.
 */
export function laterQueryFloor(files: FetchedFile[]): NetworkFloor {
  const sum = (xs: FetchedFile[]) => xs.reduce((total, file) => total + file.bytes, 0);
  const indexBytes = sum(files.filter((file) => file.path.startsWith('/pagefind/index/')));
  const firstFragmentBytes = sum(files.filter((file) => file.path.startsWith('/pagefind/fragment/')).slice(0, FIRST_BATCH));
  const leg = (n: number) => (n > 0 ? SLOW_PHONE.latencyMs + (n * 8 * 1000) / SLOW_PHONE.downloadBitsPerSecond : 0);
  return { indexBytes, firstFragmentBytes, ms: leg(indexBytes) + leg(firstFragmentBytes) };
}

/** Pagefind 1.6 runs in a Web Worker when it can; this turns that off (for the main-thread variant). */
const WORKER_CHECK = 'var hasWorkerSupport=typeof window!=="undefined"&&typeof document!=="undefined"&&typeof Worker!=="undefined";';

// Typed into the search page's box; resolves when results for it are painted.
const typeQuery = (query: string) => `(() => new Promise((resolve) => {
  const output = document.getElementById('search-output');
  const input = document.getElementById('search-input');
  const done = () => output.dataset.resultsFor === ${JSON.stringify(query)};
  const t0 = performance.now();
  const observer = new MutationObserver(() => {
    if (!done()) return;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
  });
  observer.observe(output, { attributes: true, attributeFilter: ['data-results-for'] });
  input.focus();
  input.value = ${JSON.stringify(query)};
  input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: ${JSON.stringify(query)} }));
}))()`;

/** A fresh slow phone (empty cache) on /search/, loaded. */
async function slowPage(browser: Browser, origin: string, mainThread: boolean) {
  const context = await browser.newContext({ locale: 'zh-CN', serviceWorkers: 'block', viewport: { width: 360, height: 800 } });
  if (mainThread) {
    await context.route('**/pagefind/pagefind.js', async (route) => {
      const response = await route.fetch();
      const body = await response.text();
      if (!body.includes(WORKER_CHECK)) throw new Error('搜索测量：pagefind.js 里找不到 Worker 检测，Pagefind 版本变了？');
      await route.fulfill({ response, body: body.replace(WORKER_CHECK, 'var hasWorkerSupport=false;') });
    });
  }
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: SLOW_PHONE.latencyMs,
    downloadThroughput: SLOW_PHONE.downloadBitsPerSecond / 8,
    uploadThroughput: SLOW_PHONE.uploadBitsPerSecond / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW_PHONE.cpuSlowdown });
  const ledger = new NetworkLedger(tab);
  const t0 = performance.now();
  const response = await tab.goto(`${origin}/search/`, { waitUntil: 'load' });
  const loadMs = performance.now() - t0;
  if (!response?.ok()) throw new Error(`搜索测量：打开 /search/ 失败（${response?.status()}）`);
  return { context, tab, ledger, loadMs };
}

async function oneSlowRun(browser: Browser, origin: string, queries: string[], mainThread: boolean): Promise<SlowPhoneRun> {
  // 1. The reader types at once: what the page loads on idle or focus has had no time yet.
  const atOnce = await slowPage(browser, origin, mainThread);
  let firstAtOnceMs: number;
  try {
    firstAtOnceMs = (await atOnce.tab.evaluate(typeQuery(FIRST_QUERY))) as number;
  } finally {
    await atOnce.context.close();
  }
  // 2. The reader looks at the page first (it loads Pagefind when idle), then types, and goes on searching.
  const { context, tab, ledger, loadMs } = await slowPage(browser, origin, mainThread);
  try {
    await ledger.waitFor('/pagefind/wasm.');
    await ledger.settle(30_000);
    ledger.step = FIRST_QUERY;
    const firstMs = (await tab.evaluate(typeQuery(FIRST_QUERY))) as number;
    await ledger.settle(30_000);
    const later: SlowPhoneRun['later'] = [];
    for (const query of queries) {
      ledger.step = query;
      const ms = (await tab.evaluate(typeQuery(query))) as number;
      await ledger.settle(30_000);
      later.push({ query, ms, bytes: ledger.bytes.get(query) ?? 0, floor: laterQueryFloor(ledger.files.get(query) ?? []) });
    }
    return { loadMs, firstAtOnceMs, firstMs, firstBytes: ledger.bytes.get(FIRST_QUERY) ?? 0, later };
  } finally {
    await context.close();
  }
}

/** The search page itself on the slow phone: first results after typing, and later queries. */
export async function measureSlowPhone(dist: string, options: { queries?: string[]; runs?: number; mainThread?: boolean } = {}): Promise<SlowPhoneSummary> {
  const server = await startStaticServer(dist, { gzip: true });
  const browser = await launchBrowser();
  const queries = options.queries ?? LATER_QUERIES;
  const load = Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);
  try {
    const runs: SlowPhoneRun[] = [];
    for (let i = 0; i < (options.runs ?? 3); i++) runs.push(await oneSlowRun(browser, server.origin, queries, options.mainThread ?? false));
    const later = runs.flatMap((r) => r.later);
    return {
      mainThread: options.mainThread ?? false,
      load,
      runs,
      loadMs: median(runs.map((r) => r.loadMs)),
      firstAtOnceMs: median(runs.map((r) => r.firstAtOnceMs)),
      firstMs: median(runs.map((r) => r.firstMs)),
      firstBytes: median(runs.map((r) => r.firstBytes)),
      laterMedianMs: median(later.map((q) => q.ms)),
      laterMaxMs: Math.max(...later.map((q) => q.ms)),
      laterMedianBytes: median(later.map((q) => q.bytes)),
      laterFloor: {
        indexBytes: median(later.map((q) => q.floor.indexBytes)),
        firstFragmentBytes: median(later.map((q) => q.floor.firstFragmentBytes)),
        ms: median(later.map((q) => q.floor.ms)),
      },
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
