/**
 * The search page in Chromium: typing a query, results with a type badge and highlighted excerpt,
 * the query in the URL and kept on reload, filters with counts that narrow the results, sorting by
 * date, keyboard navigation, the header search box on other pages, and the page without JavaScript.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { checkA11y, formatViolations } from './lib/a11y.ts';
import { collectErrors, pageMode, waitForSearch } from '../../tools/browser.ts';
import { DIST } from '../../tools/paths.ts';
import { expectedUrls, indexedPages } from '../../tools/search-truth.ts';
import { usePagePool } from './lib/page-pool.ts';
import { useBrowserAndServer } from './lib/session.ts';

const session = useBrowserAndServer(DIST);

const TYPES = ['党建案例', '红色教育基地', '红色教育线路', '人才工作站', '党群服务点', '市县'];

const pageWith = usePagePool(() => session.browser);

/** A page for one test; its console errors must be none (and no page may reach another origin: see usePagePool). */
async function withPage(run: (page: Page, errors: string[]) => Promise<void>) {
  const page = await pageWith();
  const errors = collectErrors(page);
  await run(page, errors);
  expect(errors, 'console errors').toEqual([]);
}

/** The number in “找到 N 条…”; 0 for “没有找到…”. */
function countOf(statusText: string): number {
  if (statusText.startsWith('没有找到')) return 0;
  const match = /找到 (\d+) 条/.exec(statusText);
  if (!match) throw new Error(`unexpected status: ${statusText}`);
  return Number(match[1]);
}

/** Waits until the status shows a count different from `previous` (after a filter or a new query). */
async function waitForNewStatus(page: Page, previous: string): Promise<string> {
  await page.waitForFunction(
    (before) => {
      const text = document.getElementById('search-status')?.textContent ?? '';
      return text !== '' && text !== before && !text.includes('正在搜索');
    },
    previous,
    { timeout: 15_000 },
  );
  return (await page.textContent('#search-status')) ?? '';
}

const resultCount = (page: Page) => page.locator('#search-results > li').count();
/** Results shown, exact and partial. */
const shownCount = (page: Page) => page.locator('[data-match] li').count();

/** Opens the folded filters and waits for their lists. */
async function openOptions(page: Page) {
  await page.click('#search-options summary');
  await page.locator('#search-filters fieldset').first().waitFor({ timeout: 15_000 });
}

describe('the index', () => {
  it('holds every page marked for search and nothing else (the build hands Pagefind only the entry pages)', () => {
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    const marked = indexedPages(DIST);
    expect(marked.length).toBeGreaterThan(30);
    expect(Object.values(entry.languages).map((l) => l.page_count)).toEqual([marked.length]);
  });
});

describe('search page', () => {
  it('finds pages as the reader types, with a type badge, region and highlighted excerpt, and puts the query in the URL', async () => {
    await withPage(async (page) => {
      await page.goto(`${session.server.origin}/search/`);
      await page.locator('#search-input').pressSequentially('候鸟人才', { delay: 30 });
      const status = await waitForSearch(page, '候鸟人才');
      const total = countOf(status);
      expect(total).toBeGreaterThan(0);
      expect(await resultCount(page)).toBe(Math.min(total, 20));
      expect(new URL(page.url()).searchParams.get('q')).toBe('候鸟人才');

      const first = page.locator('#search-results > li').first();
      expect(TYPES).toContain(await first.locator('.search-type').textContent());
      // Region badge next to the type.
      expect(['文昌市', '临高县']).toContain(await first.locator('.badge').nth(1).textContent());
      // The excerpt highlights the query as one word, not character by character.
      const marks = await page.locator('#search-results mark').allTextContents();
      expect(marks.length).toBeGreaterThan(0);
      expect(marks.some((mark) => mark.includes('候鸟'))).toBe(true);
      // Every result links to a page of the site.
      const hrefs = await page.locator('#search-results a.search-result').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      for (const href of hrefs) expect(href).toMatch(/^\/[a-z-]+\/[^/]+\/$/);
    });
  });

  it('marks the results with the query they answer, also when the reader has typed on meanwhile', async () => {
    await withPage(async (page) => {
      await page.goto(`${session.server.origin}/search/`);
      // A search starts for 候鸟人; the reader adds 才 before its results arrive (the search for 候鸟人才 would follow its pause).
      await page.evaluate(() => {
        const input = document.getElementById('search-input') as HTMLInputElement;
        input.value = '候鸟人';
        (document.getElementById('search-form') as HTMLFormElement).requestSubmit();
        input.value = '候鸟人才';
      });
      await page.waitForFunction(() => document.getElementById('search-output')?.dataset.resultsFor !== undefined, undefined, { timeout: 15_000 });
      expect(await page.getAttribute('#search-output', 'data-results-for')).toBe('候鸟人');
    });
  });

  it('waits while a Chinese input method is composing (no search for pinyin)', async () => {
    await withPage(async (page) => {
      await page.goto(`${session.server.origin}/search/`);
      await page.focus('#search-input');
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Input.imeSetComposition', { text: 'wangge', selectionStart: 6, selectionEnd: 6 });
      expect(await page.inputValue('#search-input')).toBe('wangge');
      await page.waitForTimeout(800);
      expect(await page.textContent('#search-status')).toBe('');
      expect(new URL(page.url()).searchParams.get('q')).toBeNull();
      // Choosing the characters ends the composition: now it searches.
      await cdp.send('Input.insertText', { text: '网格' });
      expect(countOf(await waitForSearch(page))).toBeGreaterThan(0);
      expect(new URL(page.url()).searchParams.get('q')).toBe('网格');
      await cdp.detach();
    });
  });

  it('keeps the previous results on screen until the next query’s results arrive (no blank page on a slow network)', async () => {
    await withPage(async (page) => {
      await page.goto(`${session.server.origin}/search/?q=${encodeURIComponent('网格')}`);
      await waitForSearch(page, '网格');
      const links = () => page.locator('[data-match] a.search-result').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      const before = await links();
      expect(before.length).toBeGreaterThan(0);
      // The next query's result texts are held back, as on a slow network.
      let held = 0;
      let release!: () => void;
      const released = new Promise<void>((resolve) => (release = resolve));
      await page.route('**/pagefind/fragment/**', async (route) => {
        held++;
        await released;
        await route.continue();
      });
      try {
        await page.fill('#search-input', '候鸟人才');
        await expect.poll(() => held, { timeout: 15_000 }).toBeGreaterThan(0);
        expect(await page.textContent('#search-status')).toBe('正在搜索“候鸟人才”……');
        expect(await page.getAttribute('#search-output', 'data-results-for')).toBe('网格');
        expect(await links()).toEqual(before);
        release();
        const total = countOf(await waitForSearch(page, '候鸟人才'));
        // Replaced, not added to: exactly this query's results are shown.
        expect(await resultCount(page)).toBe(Math.min(total, 20));
        expect(await links()).not.toEqual(before);
        expect(await page.locator('#search-results mark').first().textContent()).toContain('候鸟');
      } finally {
        release();
        await page.unroute('**/pagefind/fragment/**');
      }
    });
  });

  it('keeps the results when the page is reloaded or the URL is shared', async () => {
    await withPage(async (page) => {
      await page.goto(`${session.server.origin}/search/?q=${encodeURIComponent('网格')}`);
      const status = await waitForSearch(page);
      const titles = await page.locator('#search-results a.search-result').allTextContents();
      expect(titles.length).toBeGreaterThan(0);
      await page.reload();
      expect(await waitForSearch(page)).toBe(status);
      expect(await page.inputValue('#search-input')).toBe('网格');
      expect(await page.locator('#search-results a.search-result').allTextContents()).toEqual(titles);
    });
  });

  it('shows filters with counts, and a filter narrows the results (and is kept in the URL)', async () => {
    await withPage(async (page) => {
      await page.goto(`${session.server.origin}/search/?q=${encodeURIComponent('网格')}`);
      const before = await waitForSearch(page);
      const total = countOf(before) + Number(/另有 (\d+) 条/.exec(before)?.[1] ?? 0);
      // Folded at first, so the results come first; the summary counts the choices in use.
      expect(await page.locator('#search-filters').isVisible()).toBe(false);
      expect(await page.textContent('#search-options summary')).toBe('筛选和排序');
      await openOptions(page);
      const legends = await page.locator('#search-filters legend').allTextContents();
      expect(legends).toEqual(expect.arrayContaining(['类型', '市县', '主题']));

      // The 党建案例 type filter: its count is what the results narrow to.
      const caseBox = page.locator('#search-filters input[data-filter="type"][value="党建案例"]');
      const label = await page.locator(`label[for="${await caseBox.getAttribute('id')}"]`).textContent();
      const expected = Number(/（(\d+)）/.exec(label ?? '')?.[1]);
      expect(expected).toBeGreaterThan(0);
      expect(expected).toBeLessThan(total);
      await caseBox.check();
      const after = await waitForNewStatus(page, before);
      expect(await shownCount(page)).toBe(Math.min(expected, 20));
      expect(await page.textContent('#search-options summary')).toBe('筛选和排序（已选 1 项）');
      expect(new Set(await page.locator('[data-match] .search-type').allTextContents())).toEqual(new Set(['党建案例']));
      expect(new URL(page.url()).searchParams.getAll('type')).toEqual(['党建案例']);
      // Focus stays on the checkbox the reader used.
      expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe('党建案例');

      // A region on top narrows further; the state survives a reload.
      const regionBox = page.locator('#search-filters input[data-filter="region"][value="临高县"]');
      await regionBox.check();
      await waitForNewStatus(page, after);
      const narrower = await shownCount(page);
      expect(narrower).toBeGreaterThan(0);
      expect(narrower).toBeLessThan(expected);
      await page.reload();
      await waitForSearch(page);
      expect(await shownCount(page)).toBe(narrower);
      expect(await page.textContent('#search-options summary')).toBe('筛选和排序（已选 2 项）');
      await openOptions(page);
      expect(await page.locator('#search-filters input[data-filter="region"][value="临高县"]').isChecked()).toBe(true);

      // Unticking restores the wider list.
      const narrowStatus = (await page.textContent('#search-status')) ?? '';
      await page.locator('#search-filters input[data-filter="region"][value="临高县"]').uncheck();
      await waitForNewStatus(page, narrowStatus);
      expect(await shownCount(page)).toBe(Math.min(expected, 20));
    });
  });

  it('filters places by kind, and sorts cases by date', async () => {
    await withPage(async (page) => {
      await page.goto(`${session.server.origin}/search/?q=${encodeURIComponent('人才')}&kind=${encodeURIComponent('候鸟人才工作站')}`);
      const status = await waitForSearch(page);
      expect(countOf(status)).toBeGreaterThan(0);
      expect(new Set(await page.locator('[data-match] .search-type').allTextContents())).toEqual(new Set(['人才工作站']));

      await page.goto(`${session.server.origin}/search/?q=${encodeURIComponent('网格')}`);
      const relevance = await waitForSearch(page);
      await openOptions(page);
      await page.selectOption('#search-sort', 'date');
      await waitForNewStatus(page, relevance);
      expect(new URL(page.url()).searchParams.get('sort')).toBe('date');
      const dates = await page.locator('[data-match] time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime') ?? ''));
      expect(dates.length).toBeGreaterThan(1);
      // Within each group (exact, then partial) newest first.
      const exactDates = await page.locator('#search-results time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime') ?? ''));
      expect(exactDates).toEqual([...exactDates].sort().reverse());
      expect(await shownCount(page)).toBe(dates.length);
      expect(await page.textContent('#search-options summary')).toBe('筛选和排序（已选 1 项）');
    });
  });

  it('a filter with one possible value is not shown, unless it is ticked', async () => {
    await withPage(async (page) => {
      await page.goto(`${session.server.origin}/search/?q=${encodeURIComponent('人才')}&kind=${encodeURIComponent('候鸟人才工作站')}`);
      await waitForSearch(page);
      await openOptions(page);
      const legends = await page.locator('#search-filters legend').allTextContents();
      // Every result is a 人才工作站: a 类型 filter would offer one choice that changes nothing.
      expect(legends).not.toContain('类型');
      expect(legends).toContain('类别');
    });
  });

  it('moves through the results with the arrow keys', async () => {
    await withPage(async (page) => {
      await page.goto(`${session.server.origin}/search/?q=${encodeURIComponent('党员')}`);
      await waitForSearch(page);
      const links = await page.locator('#search-results a.search-result').evaluateAll((a) => a.map((x) => x.getAttribute('href')));
      expect(links.length).toBeGreaterThan(2);
      const focusedHref = () => page.evaluate(() => document.activeElement?.getAttribute('href') ?? document.activeElement?.id ?? '');
      await page.focus('#search-input');
      await page.keyboard.press('ArrowDown');
      expect(await focusedHref()).toBe(links[0]);
      await page.keyboard.press('ArrowDown');
      expect(await focusedHref()).toBe(links[1]);
      await page.keyboard.press('ArrowUp');
      expect(await focusedHref()).toBe(links[0]);
      await page.keyboard.press('ArrowUp');
      expect(await focusedHref()).toBe('search-input');
      // Enter on a result opens it.
      await page.keyboard.press('ArrowDown');
      await Promise.all([page.waitForURL(`${session.server.origin}${links[0]}`), page.keyboard.press('Enter')]);
    });
  });

  it('says so when nothing matches', async () => {
    await withPage(async (page) => {
      await page.goto(`${session.server.origin}/search/?q=${encodeURIComponent('麒麟鳄鱼')}`);
      expect(await waitForSearch(page)).toMatch(/^没有找到/);
      expect(await resultCount(page)).toBe(0);
    });
  });

  it('passes the accessibility gate with results and filters shown', async () => {
    await withPage(async (page) => {
      await page.goto(`${session.server.origin}/search/?q=${encodeURIComponent('社区')}`);
      await waitForSearch(page);
      await openOptions(page);
      const violations = await checkA11y(page);
      expect(violations, formatViolations('/search/?q=社区', violations)).toEqual([]);
    });
  });
});

describe('reads like Chinese', () => {
  it('shows pages with the typed word first, and pages with only its characters apart, labelled (网格员 before 成员)', async () => {
    await withPage(async (page) => {
      await page.goto(`${session.server.origin}/search/?q=${encodeURIComponent('网格员')}`);
      const status = await waitForSearch(page);
      const truth = new Map(indexedPages(DIST).map((p) => [p.url, p.text]));
      const exact = await page.locator('#search-results a.search-result').evaluateAll((a) => a.map((x) => x.getAttribute('href') ?? ''));
      const partial = await page.locator('#search-partial-results a.search-result').evaluateAll((a) => a.map((x) => x.getAttribute('href') ?? ''));
      const expected = expectedUrls(indexedPages(DIST), '网格员');
      expect([...exact].sort()).toEqual(expected);
      expect(countOf(status)).toBe(expected.length);
      expect(partial.length, 'this query has pages with only 网格 or 成员').toBeGreaterThan(0);
      for (const url of partial) expect(truth.get(url), url).not.toContain('网格员');
      // The partial ones come after, under their own heading that says what they are.
      const heading = page.locator('#search-partial h2');
      expect(await heading.textContent()).toBe('只含部分字的结果');
      expect(await page.textContent('#search-partial-note')).toContain('没有完整的“网格员”');
      expect(status).toContain(`另有 ${partial.length} 条只含部分字`);
      const exactBottom = await page.locator('#search-results > li').last().evaluate((li) => li.getBoundingClientRect().bottom);
      expect(await heading.evaluate((h) => h.getBoundingClientRect().top)).toBeGreaterThan(exactBottom);
      // Every mark in an exact result is the whole word.
      expect(new Set(await page.locator('#search-results mark').allTextContents())).toEqual(new Set(['网格员']));
    });
  });

  it('excerpts start at a clause boundary, use Chinese punctuation and mark whole words', async () => {
    await withPage(async (page) => {
      const pages = new Map(indexedPages(DIST).map((p) => [p.url, p]));
      for (const q of ['网格', '候鸟人才', '党建服务圈', '临高 人才']) {
        await page.goto(`${session.server.origin}/search/?q=${encodeURIComponent(q)}`);
        await waitForSearch(page);
        const terms = q.split(' ');
        const results = await page.locator('#search-results > li').evaluateAll((items) =>
          items.map((li) => ({
            url: li.querySelector('a.search-result')?.getAttribute('href') ?? '',
            excerpt: li.querySelector('.search-excerpt')?.textContent ?? '',
            marks: [...li.querySelectorAll('mark')].map((m) => m.textContent ?? ''),
          })),
        );
        expect(results.length, q).toBeGreaterThan(0);
        for (const { url, excerpt, marks } of results) {
          const where = `${q} → ${url}: ${excerpt}`;
          expect(excerpt, where).not.toMatch(/\.\.\.|\.\s|\.$/);
          expect(marks.length, where).toBeGreaterThan(0);
          for (const mark of marks) expect(terms, where).toContain(mark);
          if (excerpt.startsWith('……')) continue;
          // Where the excerpt begins in the page text: its start, or just after a clause end or a block break.
          const text = pages.get(url)!.text;
          // The first words up to the first punctuation (the excerpt turns Pagefind's block breaks into 。).
          const head = excerpt.slice(0, 8).split(/[。！？；，、\s]/)[0].toLowerCase();
          const starts: number[] = [];
          for (let at = text.indexOf(head); at >= 0; at = text.indexOf(head, at + 1)) starts.push(at);
          expect(starts.length, where).toBeGreaterThan(0);
          const atBoundary = starts.some((at) => at === 0 || /[。！？；，、\s]/.test(text[at - 1]));
          expect(atBoundary, `${where}（前一个字：${starts.map((at) => text[at - 1]).join('、')}）`).toBe(true);
        }
      }
    });
  });
});

const SCREENS = [
  { name: '360×800', viewport: { width: 360, height: 800 } },
  { name: '1280×900', viewport: { width: 1280, height: 900 } },
];

describe('results first, on a phone and a desktop, normal and elder mode', () => {
  for (const { name, viewport } of SCREENS) {
    for (const elder of [false, true]) {
      it(`${name}${elder ? ' elder' : ''}: the first result starts within the first screen, nothing overflows, labels keep their words whole`, async () => {
        const page = await pageWith({ viewport, elder });
        await page.goto(`${session.server.origin}/search/?q=${encodeURIComponent('网格员')}`);
        await waitForSearch(page);
        expect(await pageMode(page)).toBe(elder ? 'elder' : '');
        const top = await page.locator('#search-results > li').first().evaluate((li) => li.getBoundingClientRect().top);
        expect(top, 'first result top').toBeLessThan(viewport.height);
        await openOptions(page);
        expect(await page.evaluate(() => document.documentElement.scrollWidth), 'page width').toBeLessThanOrEqual(viewport.width);
        // No label, legend or summary breaks a word over lines one character at a time (排/序).
        const broken = await page.locator('#search-options summary, #search-options label, #search-options legend').evaluateAll((nodes) =>
          nodes.flatMap((node) => {
            const text = node.textContent ?? '';
            const lines = new Map<number, number>();
            const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
            for (let t = walker.nextNode(); t; t = walker.nextNode()) {
              for (let i = 0; i < (t.textContent ?? '').length; i++) {
                const range = document.createRange();
                range.setStart(t, i);
                range.setEnd(t, i + 1);
                const rect = range.getBoundingClientRect();
                if (rect.width === 0) continue;
                const line = Math.round(rect.top);
                lines.set(line, (lines.get(line) ?? 0) + 1);
              }
            }
            return text.length > 1 && [...lines.values()].some((count) => count === 1) ? [text] : [];
          }),
        );
        expect(broken, 'labels with a line of one character').toEqual([]);
      });
    }
  }
});

describe('header search box', () => {
  it('on another page leads to /search/?q=… with the results', async () => {
    await withPage(async (page) => {
      await page.goto(`${session.server.origin}/cases/`);
      await page.fill('#site-search', '文城镇');
      await Promise.all([page.waitForURL((url) => url.pathname === '/search/'), page.press('#site-search', 'Enter')]);
      expect(new URL(page.url()).searchParams.get('q')).toBe('文城镇');
      expect(countOf(await waitForSearch(page))).toBeGreaterThan(0);
      expect(await page.inputValue('#search-input')).toBe('文城镇');
    });
  });
});

describe('without JavaScript', () => {
  it('the search page says search needs it and links to the listings', async () => {
    const page = await pageWith({ javaScriptEnabled: false });
    const response = await page.goto(`${session.server.origin}/search/?q=${encodeURIComponent('网格')}`);
    expect(response?.status()).toBe(200);
    const notice = page.locator('main .notice');
    await expect.poll(() => notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toContain('搜索需要浏览器开启网页脚本功能');
    const links = await notice.locator('a').evaluateAll((a) => a.map((x) => x.getAttribute('href') ?? ''));
    expect(links).toEqual(expect.arrayContaining(['/cases/', '/sites/', '/routes/', '/workstations/', '/service-points/']));
    for (const href of links) {
      const listing = await page.request.get(`${session.server.origin}${href}`);
      expect(listing.status(), href).toBe(200);
    }
    // Nothing pretends to be searching.
    expect((await page.textContent('#search-status'))?.trim()).toBe('');
    expect(await page.locator('#search-options').isVisible()).toBe(false);
  });
});
