/**
 * Measuring Chinese search: run queries through Pagefind's own JS API in Chromium (the same code the
 * search page uses), compare what comes back with the pages whose indexed text contains the query
 * (tools/search-truth.ts), and time the first and later queries. Shared by the site test and
 * scripts/search-quality.ts, which compares Pagefind versions.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser } from 'playwright-core';
import { PAGE_SIZE } from '../../../src/lib/search/rank.ts';
import { newGuardedContext } from '../../../tools/browser.ts';
import type { SearchQuery } from '../../../tools/search-queries.ts';
import { expectedUrls, type IndexedPage } from '../../../tools/search-truth.ts';

interface QueryRun {
  q: string;
  /** Every result's URL, in Pagefind's order. */
  urls: string[];
}

export interface Timing {
  /** First query on a fresh page: loading pagefind.js, its WebAssembly and index, search, data of the first PAGE_SIZE results. */
  firstMs: number;
  /** Later queries on the same page (search + data of the first PAGE_SIZE results), median and max. */
  laterMedianMs: number;
  laterMaxMs: number;
  /** Bytes of /pagefind/ files the page downloaded for the first query, and for all timed queries. */
  firstQueryBytes: number;
  allQueriesBytes: number;
}

type PagefindApi = {
  init?: () => Promise<void>;
  search: (q: string) => Promise<{ results: Array<{ data: () => Promise<{ url: string }> }> }>;
};

/**
 * Callbacks given to page.evaluate are compiled by tsx or vitest first: esbuild's keepNames wraps
 * named functions in __name(…), which the page lacks (give it one), and vitest rewrites import()
 * (so the callbacks import Pagefind through new Function).
 */
async function pageFor(browser: Browser, origin: string) {
  const guarded = await newGuardedContext(browser, origin);
  await guarded.context.addInitScript('globalThis.__name = globalThis.__name || ((f) => f);');
  const page = await guarded.context.newPage();
  // The home page: <html lang="zh-CN">, which is how Pagefind picks the zh-cn index.
  await page.goto(`${origin}/`, { waitUntil: 'load' });
  return { context: guarded.context, page };
}

/** Runs every query through /pagefind/pagefind.js on a page of the site; returns all result URLs. */
export async function runQueries(browser: Browser, origin: string, queries: string[]): Promise<QueryRun[]> {
  const { context, page } = await pageFor(browser, origin);
  try {
    return await page.evaluate(async (queries) => {
      // Through Function: vitest would otherwise rewrite import() into its own loader.
      const load = new Function('url', 'return import(url)') as (url: string) => Promise<PagefindApi>;
      const pagefind = await load('/pagefind/pagefind.js');
      await pagefind.init?.();
      const runs: QueryRun[] = [];
      for (const q of queries) {
        const search = await pagefind.search(q);
        const data = await Promise.all((search?.results ?? []).map((result) => result.data()));
        runs.push({ q, urls: data.map((d) => d.url) });
      }
      return runs;
    }, queries);
  } finally {
    await context.close();
  }
}

/** What the search page shows for a query: result links in page order, and which are labelled partial. */
export interface ShownRun {
  q: string;
  urls: string[];
  /** Parallel to urls: the result sits under the page's "partial match" heading. */
  partial: boolean[];
}

/**
 * Runs every query through the search page itself, as a reader sees it: opens /search/?q=… for the
 * first, then types each next query into the box (as a reader does; Pagefind stays loaded). Returns
 * the result links in document order, each marked partial when it sits inside [data-match="partial"].
 */
export async function runSearchPage(browser: Browser, origin: string, queries: string[]): Promise<ShownRun[]> {
  const guarded = await newGuardedContext(browser, origin);
  const page = await guarded.context.newPage();
  try {
    const runs: ShownRun[] = [];
    for (const [i, q] of queries.entries()) {
      if (i === 0) {
        await page.goto(`${origin}/search/?q=${encodeURIComponent(q)}`, { waitUntil: 'load' });
      } else {
        await page.fill('#search-input', q);
      }
      // Done when the results on screen answer this query and the status line has its final count.
      await page.waitForFunction(
        (query) => {
          const status = document.getElementById('search-status')?.textContent ?? '';
          return document.getElementById('search-output')?.dataset.resultsFor === query.trim() && status !== '' && !status.includes('正在搜索');
        },
        q,
        { timeout: 30_000 },
      );
      const shown = await page.locator('[data-match] a.search-result').evaluateAll((links) =>
        links.map((a) => ({ url: a.getAttribute('href') ?? '', partial: a.closest('[data-match="partial"]') !== null })),
      );
      runs.push({ q, urls: shown.map((s) => s.url), partial: shown.map((s) => s.partial) });
    }
    return runs;
  } finally {
    await guarded.context.close();
  }
}

export interface ShownScore {
  /** Of the first five results shown, those the page presents as matching the query (not labelled partial) that contain it. */
  precisionAt5: number;
  /** The same over every one of the first five shown, labelled partial or not. */
  strictPrecisionAt5: number;
  /** Results among the first five that are labelled partial yet contain the query (mislabelled). */
  mislabelled: number;
  /** Every result shown as containing the query (not labelled partial) that does not: "query → url". */
  exactWrong: string[];
  /** Per query: the first five and whether each contains the query. */
  queries: Array<{ q: string; firstFive: Array<{ url: string; partial: boolean; right: boolean }> }>;
}

export function scoreShown(queries: SearchQuery[], pages: IndexedPage[], runs: ShownRun[]): ShownScore {
  const byQuery = new Map(runs.map((run) => [run.q, run]));
  let presented = 0;
  let presentedRight = 0;
  let shown = 0;
  let shownRight = 0;
  let mislabelled = 0;
  const exactWrong: string[] = [];
  const scored = queries.map(({ q }) => {
    const expected = new Set(expectedUrls(pages, q));
    const run = byQuery.get(q);
    run?.urls.forEach((url, i) => {
      if (!run.partial[i] && !expected.has(url)) exactWrong.push(`${q} → ${url}`);
    });
    const firstFive = (run?.urls ?? []).slice(0, 5).map((url, i) => ({ url, partial: run!.partial[i], right: expected.has(url) }));
    if (expected.size > 0) {
      for (const r of firstFive) {
        shown += 1;
        if (r.right) shownRight += 1;
        if (r.partial) {
          if (r.right) mislabelled += 1;
        } else {
          presented += 1;
          if (r.right) presentedRight += 1;
        }
      }
    }
    return { q, firstFive };
  });
  return {
    precisionAt5: presented === 0 ? 0 : presentedRight / presented,
    strictPrecisionAt5: shown === 0 ? 0 : shownRight / shown,
    mislabelled,
    exactWrong,
    queries: scored,
  };
}

/** Times queries as the search page runs them, on a fresh page (nothing cached). */
export async function timeQueries(browser: Browser, origin: string, queries: string[]): Promise<Timing> {
  const { context, page } = await pageFor(browser, origin);
  // Bytes of /pagefind/ responses, counted in Node: Pagefind 1.5+ fetches from a Web Worker, which the
  // page's own performance entries do not see.
  let bytes = 0;
  const pending: Array<Promise<void>> = [];
  context.on('requestfinished', (request) => {
    if (!new URL(request.url()).pathname.startsWith('/pagefind/')) return;
    pending.push(request.sizes().then((sizes) => void (bytes += sizes.responseBodySize)).catch(() => undefined));
  });
  const settled = async () => {
    await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => undefined);
    await Promise.all(pending);
    return bytes;
  };
  try {
    const times: number[] = [];
    let firstQueryBytes = 0;
    for (const [i, q] of queries.entries()) {
      const ms = await page.evaluate(
        async ({ q, first, pageSize }) => {
          const start = performance.now();
          const w = window as unknown as { __pagefind?: PagefindApi };
          if (first) {
            const load = new Function('url', 'return import(url)') as (url: string) => Promise<PagefindApi>;
            w.__pagefind = await load('/pagefind/pagefind.js');
            await w.__pagefind.init?.();
          }
          const search = await w.__pagefind!.search(q);
          await Promise.all((search?.results ?? []).slice(0, pageSize).map((r) => r.data()));
          return performance.now() - start;
        },
        { q, first: i === 0, pageSize: PAGE_SIZE },
      );
      times.push(ms);
      if (i === 0) firstQueryBytes = await settled();
    }
    const allQueriesBytes = await settled();
    const later = times.slice(1).sort((a, b) => a - b);
    return {
      firstMs: Math.round(times[0]),
      laterMedianMs: Math.round(later[Math.floor(later.length / 2)] ?? 0),
      laterMaxMs: Math.round(later.at(-1) ?? 0),
      firstQueryBytes,
      allQueriesBytes,
    };
  } finally {
    await context.close();
  }
}

interface QueryScore {
  q: string;
  kind: string;
  expected: string[];
  returned: string[];
  /** Pages that contain the query but did not come back. */
  misses: string[];
  /** Pages that came back but do not contain the query. */
  extras: string[];
  recall: number;
  precision: number;
}

export interface QualityReport {
  queries: QueryScore[];
  /** Over all (query, page) pairs: found ∩ expected / expected. */
  recall: number;
  /** Over all (query, page) pairs: found ∩ expected / found. */
  precision: number;
  /** Averages over queries. */
  macroRecall: number;
  macroPrecision: number;
  /** Queries whose every expected page came back. */
  fullRecallQueries: number;
  /** Share of queries whose first result contains the query. */
  firstResultRight: number;
  /** Precision over the first 5 results of each query (what a reader sees first). */
  precisionAt5: number;
}

export function scoreRuns(queries: SearchQuery[], pages: IndexedPage[], runs: QueryRun[]): QualityReport {
  const byQuery = new Map(runs.map((run) => [run.q, run.urls]));
  const scores: QueryScore[] = queries.map(({ q, kind }) => {
    const expected = expectedUrls(pages, q);
    const returned = [...new Set(byQuery.get(q) ?? [])];
    const hits = returned.filter((url) => expected.includes(url));
    return {
      q,
      kind,
      expected,
      returned,
      misses: expected.filter((url) => !returned.includes(url)),
      extras: returned.filter((url) => !expected.includes(url)),
      recall: expected.length === 0 ? 1 : hits.length / expected.length,
      precision: returned.length === 0 ? 1 : hits.length / returned.length,
    };
  });
  const counted = scores.filter((s) => s.expected.length > 0);
  const sum = (f: (s: QueryScore) => number) => counted.reduce((total, s) => total + f(s), 0);
  const expected = sum((s) => s.expected.length);
  const returned = sum((s) => s.returned.length);
  const hits = sum((s) => s.expected.length - s.misses.length);
  return {
    queries: scores,
    recall: expected === 0 ? 0 : hits / expected,
    precision: returned === 0 ? 0 : hits / returned,
    macroRecall: counted.length === 0 ? 0 : sum((s) => s.recall) / counted.length,
    macroPrecision: counted.length === 0 ? 0 : sum((s) => s.precision) / counted.length,
    fullRecallQueries: counted.filter((s) => s.misses.length === 0).length,
    firstResultRight: counted.length === 0 ? 0 : counted.filter((s) => s.returned.length > 0 && s.expected.includes(s.returned[0])).length / counted.length,
    precisionAt5: (() => {
      const shown = sum((s) => Math.min(5, s.returned.length));
      return shown === 0 ? 0 : sum((s) => s.returned.slice(0, 5).filter((url) => s.expected.includes(url)).length) / shown;
    })(),
  };
}

export const percent = (x: number) => `${(x * 100).toFixed(1)}%`;

/** One line per query that lost pages or returned pages without the text. */
export function describeProblems(report: QualityReport): string[] {
  return report.queries
    .filter((s) => s.misses.length > 0 || s.extras.length > 0)
    .map((s) => {
      const parts = [`${s.q}（${s.kind}）：应有 ${s.expected.length}，返回 ${s.returned.length}`];
      if (s.misses.length) parts.push(`漏掉 ${s.misses.join(' ')}`);
      if (s.extras.length) parts.push(`多出 ${s.extras.join(' ')}`);
      return parts.join('；');
    });
}

export interface IndexSize {
  /** Every file Pagefind wrote (including its unused UI bundles). */
  totalBytes: number;
  /** What the search page can load: pagefind.js, worker, WebAssembly, metadata, index, fragments, filters. */
  searchBytes: number;
  files: number;
  byPart: Record<string, number>;
}

/** Sizes of the files in <dist>/pagefind, grouped by what they are. */
export function pagefindSize(dist: string): IndexSize {
  const root = join(dist, 'pagefind');
  const byPart: Record<string, number> = {};
  let totalBytes = 0;
  let searchBytes = 0;
  let files = 0;
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        walk(path);
        continue;
      }
      const size = statSync(path).size;
      const rel = relative(root, path);
      const part = rel.includes('/')
        ? rel.split('/')[0]
        : /\.pf_meta$/.test(rel)
          ? 'meta'
          : /^wasm\./.test(rel)
            ? 'wasm'
            : /-ui\.|highlight/.test(rel)
              ? 'ui (unused)'
              : 'js';
      byPart[part] = (byPart[part] ?? 0) + size;
      totalBytes += size;
      files += 1;
      if (part !== 'ui (unused)') searchBytes += size;
    }
  };
  walk(root);
  return { totalBytes, searchBytes, files, byPart };
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
