/**
 * Chinese search quality, measured: the query set (tools/search-queries.ts) runs through Pagefind in
 * Chromium against the built site, and what comes back is compared with the pages whose indexed text
 * contains the query (tools/search-truth.ts). Also checks what is indexed: page bodies only.
 *
 * The floors below come from scripts/search-quality.ts (see docs/search.md): Pagefind 1.6.0, pinned
 * in package.json, measured recall 99.7 % and precision 89.1 % on this set (1.5.2: 75.1 % / 89.3 %;
 * 1.4.0: 93.8 % / 79.2 %). Re-measure and update them when Pagefind is upgraded.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, ROOT } from '../../tools/paths.ts';
import { describeProblems, kb, pagefindSize, percent, runQueries, runSearchPage, scoreRuns, scoreShown, timeQueries, type QualityReport } from './lib/search-quality.ts';
import { QUERIES } from '../../tools/search-queries.ts';
import { indexedPages, normalize, type IndexedPage } from '../../tools/search-truth.ts';
import { useBrowserAndServer } from './lib/session.ts';

/** Measured 0.997 with Pagefind 1.6.0; a small margin for content changes. */
const RECALL_FLOOR = 0.97;
/** Measured 0.891: Pagefind 1.6 matches Chinese words character by character, so some extra pages come back. */
const PRECISION_FLOOR = 0.8;
/** Issue 12's target for the first five results on the search page as shown (docs/search.md has the before/after table). */
const SHOWN_PRECISION_FLOOR = 0.95;
/** Sections whose detail pages are indexed; everything else (home, listings, topics, search, about) is not. */
const DETAIL = /^\/(cases|sites|routes|workstations|service-points|regions)\/[^/]+\/$/;

const session = useBrowserAndServer(DIST);
let pages: IndexedPage[];
let report: QualityReport;

beforeAll(async () => {
  pages = indexedPages(DIST);
  report = scoreRuns(QUERIES, pages, await runQueries(session.browser, session.server.origin, QUERIES.map((query) => query.q)));
});

describe('Chinese search quality', () => {
  it('the query set is real: at least 30 queries, each found in the text of some page', () => {
    const empty = report.queries.filter((s) => s.expected.length === 0).map((s) => s.q);
    expect(empty, 'queries no page contains any more: replace them in tools/search-queries.ts').toEqual([]);
    expect(report.queries.length).toBeGreaterThanOrEqual(30);
    for (const kind of ['两字词', '地名', '术语', '引号短语', '多词']) {
      expect(report.queries.filter((s) => s.kind === kind).length, kind).toBeGreaterThanOrEqual(kind === '引号短语' || kind === '多词' ? 2 : 5);
    }
  });

  it(`finds the pages that contain the query (recall ≥ ${percent(RECALL_FLOOR)})`, () => {
    const problems = describeProblems(report);
    console.log(
      `搜索质量：召回率 ${percent(report.recall)}，准确率 ${percent(report.precision)}（按查询平均 ${percent(report.macroRecall)} / ${percent(report.macroPrecision)}），` +
        `${report.fullRecallQueries}/${report.queries.length} 个查询找全；首条结果正确 ${percent(report.firstResultRight)}，前 5 条准确率 ${percent(report.precisionAt5)}。${problems.length ? `\n  ${problems.join('\n  ')}` : ''}`,
    );
    const misses = report.queries.filter((s) => s.misses.length > 0).map((s) => `${s.q}: ${s.misses.join(' ')}`);
    expect(report.recall, `recall ${percent(report.recall)}; pages missed:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(RECALL_FLOOR);
  });

  it(`returns few pages without the query (precision ≥ ${percent(PRECISION_FLOOR)}), none for quoted phrases`, () => {
    expect(report.precision).toBeGreaterThanOrEqual(PRECISION_FLOOR);
    // Pagefind's own exact search: a query wholly in ASCII quotes (the search page turns every phrase into one).
    const quotedExtras = report.queries.filter((s) => /^".+"$/.test(s.q) && s.extras.length > 0).map((s) => `${s.q}: ${s.extras.join(' ')}`);
    expect(quotedExtras, 'a quoted phrase is an exact search').toEqual([]);
  });

  it('puts pages that contain the query first (first result and first five)', () => {
    // Measured with 1.6.0: the first result is right for 44–45 of 48 queries (ties come in either order), and 93.1 % of the
    // first five results contain the query. Pagefind ranks by term frequency, so a page with many of
    // the characters can come before a page with the word once; most must be right.
    const wrongFirst = report.queries.filter((s) => s.expected.length > 0 && !s.expected.includes(s.returned[0])).map((s) => `${s.q} → ${s.returned[0] ?? '(无结果)'}`);
    expect(report.firstResultRight, `first result lacks the query: ${wrongFirst.join('；')}`).toBeGreaterThanOrEqual(0.85);
    expect(report.precisionAt5).toBeGreaterThanOrEqual(0.85);
  });

  it(`on the search page as shown, the first five results contain the query (precision ≥ ${percent(SHOWN_PRECISION_FLOOR)}), and partial matches are labelled`, async () => {
    const shown = scoreShown(QUERIES, pages, await runSearchPage(session.browser, session.server.origin, QUERIES.map((query) => query.q)));
    console.log(
      `搜索页前 5 条：准确率 ${percent(shown.precisionAt5)}（标为“只含部分字”的不算作结果）；前 5 个位置全算上 ${percent(shown.strictPrecisionAt5)}。`,
    );
    // Everything the page presents as containing the query does; nothing that does is labelled partial.
    expect(shown.exactWrong, 'shown as exact matches but lacking the query').toEqual([]);
    expect(shown.mislabelled, 'labelled partial but containing the query').toBe(0);
    expect(shown.precisionAt5).toBeGreaterThanOrEqual(SHOWN_PRECISION_FLOOR);
  }, 300_000);

  it('is fast: the first query (loading Pagefind) and later queries', async () => {
    const timing = await timeQueries(session.browser, session.server.origin, QUERIES.map((query) => query.q));
    const size = pagefindSize(DIST);
    console.log(
      `搜索索引：${kb(size.searchBytes)}（${size.files} 个文件）；` +
        `首次查询 ${timing.firstMs} ms，下载 ${kb(timing.firstQueryBytes)}；之后的查询中位数 ${timing.laterMedianMs} ms，最长 ${timing.laterMaxMs} ms；` +
        `${QUERIES.length} 个查询共下载 ${kb(timing.allQueriesBytes)}。`,
    );
    // Generous bounds (CI machines vary): they catch a broken or bloated index, not milliseconds.
    expect(timing.firstMs).toBeLessThan(10_000);
    expect(timing.laterMedianMs).toBeLessThan(1_000);
    expect(timing.firstQueryBytes).toBeLessThan(1024 * 1024);
  });
});

describe('what Pagefind indexes', () => {
  it('is built with the pinned Pagefind version', () => {
    const pinned = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).dependencies.pagefind;
    const installed = JSON.parse(readFileSync(join(ROOT, 'node_modules/pagefind/package.json'), 'utf8')).version;
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind/pagefind-entry.json'), 'utf8'));
    expect(installed).toBe(pinned);
    expect(entry.version).toBe(pinned);
    // One zh-cn index: every page is indexed with Chinese segmentation.
    expect(Object.keys(entry.languages)).toEqual(['zh-cn']);
    expect(existsSync(join(DIST, 'pagefind/pagefind.js'))).toBe(true);
    // The ready-made Pagefind UIs are not used (the search page has its own): scripts/build.ts drops them.
    expect(readdirSync(join(DIST, 'pagefind')).filter((file) => /-ui\.|highlight/.test(file))).toEqual([]);
  });

  it('only detail pages, each with its data-pagefind-body, and no listing, home, topic or search page', async () => {
    const context = await session.browser.newContext();
    await context.addInitScript('globalThis.__name = globalThis.__name || ((f) => f);');
    try {
      const page = await context.newPage();
      await page.goto(`${session.server.origin}/`);
      const indexed = await page.evaluate(async () => {
        const load = new Function('url', 'return import(url)') as (url: string) => Promise<any>;
        const pagefind = await load('/pagefind/pagefind.js');
        await pagefind.init();
        const all = await pagefind.search(null);
        const data = await Promise.all(all.results.map((r: { data: () => Promise<{ url: string; content: string; meta: Record<string, string> }> }) => r.data()));
        return data.map((d) => ({ url: d.url, content: d.content, title: d.meta.title, type: d.meta.type }));
      });
      const urls = indexed.map((d) => d.url).sort();
      expect(urls).toEqual(pages.map((p) => p.url).sort());
      expect(urls.filter((url) => !DETAIL.test(url)), 'indexed pages that are not entries').toEqual([]);
      for (const section of ['/', '/cases/', '/sites/', '/routes/', '/workstations/', '/service-points/', '/regions/', '/topics/', '/search/', '/about/']) {
        expect(urls).not.toContain(section);
      }

      // Pagefind's text of each page is the body we expect: no header, navigation, breadcrumbs,
      // footer, source notes or the hidden filter labels.
      const truth = new Map(pages.map((p) => [p.url, p]));
      const squash = (text: string) => normalize(text).replace(/[\s.]/g, '');
      for (const d of indexed) {
        const expected = truth.get(d.url)!;
        expect(squash(d.content), d.url).toBe(squash(expected.text));
        expect(d.title, d.url).toBe(expected.title);
        expect(d.type, `${d.url} has a type`).toBeTruthy();
        expect(d.content, d.url).not.toContain('本站内容依据公开报道整理');
        expect(d.content, d.url).not.toContain('搜索全站');
        expect(squash(d.content), d.url).not.toContain('党建案例红色教育基地红色线路');
        expect(squash(d.content).startsWith(squash(d.type)), `${d.url} starts with its filter labels`).toBe(false);
      }
    } finally {
      await context.close();
    }
  });

  it('no boilerplate repeated across many pages', () => {
    // A sentence on more than a quarter of the indexed pages is template text, not content: it makes
    // every such page match (e.g. 地图, 导航) and crowds the excerpts. Headings of a few words are fine.
    const seen = new Map<string, Set<string>>();
    for (const page of pages) {
      for (const sentence of page.text.split(/[。！？；]|\s+/).map((s) => s.trim()).filter((s) => s.length >= 8)) {
        if (!seen.has(sentence)) seen.set(sentence, new Set());
        seen.get(sentence)!.add(page.url);
      }
    }
    const limit = Math.max(4, Math.floor(pages.length / 4));
    const repeated = [...seen].filter(([, urls]) => urls.size > limit).map(([sentence, urls]) => `${urls.size} 页：${sentence}`);
    expect(repeated, 'mark these blocks data-pagefind-ignore').toEqual([]);
  });
});
