/**
 * The search page in Chromium: typing a query, results with a type badge and highlighted excerpt,
 * the query in the URL and kept on reload, filters with counts that narrow the results, sorting by
 * date, keyboard navigation, the header search box on other pages, and the page without JavaScript.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkA11y, formatViolations } from './lib/a11y.ts';
import { collectErrors, launchBrowser, newGuardedContext, waitForSearch, type GuardedContext } from '../../tools/browser.ts';
import { DIST } from '../../tools/paths.ts';
import { startStaticServer, type StaticServer } from '../../tools/static-server.ts';

let browser: Browser;
let site: StaticServer;
beforeAll(async () => {
  browser = await launchBrowser();
  site = await startStaticServer(DIST);
});
afterAll(async () => {
  await site?.close();
  await browser?.close();
});

const TYPES = ['党建案例', '红色教育基地', '红色教育线路', '人才工作站', '党群服务点', '市县'];

async function withPage(run: (page: Page, errors: string[]) => Promise<void>) {
  const guarded: GuardedContext = await newGuardedContext(browser, site.origin);
  const page = await guarded.context.newPage();
  const errors = collectErrors(page);
  try {
    await run(page, errors);
    expect(errors, 'console errors').toEqual([]);
    expect(guarded.foreignRequests, 'requests to other origins').toEqual([]);
  } finally {
    await guarded.context.close();
  }
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

describe('search page', () => {
  it('finds pages as the reader types, with a type badge, region and highlighted excerpt, and puts the query in the URL', async () => {
    await withPage(async (page) => {
      await page.goto(`${site.origin}/search/`);
      await page.locator('#search-input').pressSequentially('候鸟人才', { delay: 30 });
      const status = await waitForSearch(page);
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

  it('waits while a Chinese input method is composing (no search for pinyin)', async () => {
    await withPage(async (page) => {
      await page.goto(`${site.origin}/search/`);
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
    });
  });

  it('keeps the results when the page is reloaded or the URL is shared', async () => {
    await withPage(async (page) => {
      await page.goto(`${site.origin}/search/?q=${encodeURIComponent('网格')}`);
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
      await page.goto(`${site.origin}/search/?q=${encodeURIComponent('网格')}`);
      const before = await waitForSearch(page);
      const total = countOf(before);
      await expect.poll(() => page.locator('#search-filters').isVisible()).toBe(true);
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
      expect(countOf(after)).toBe(expected);
      expect(await resultCount(page)).toBe(Math.min(expected, 20));
      expect(new Set(await page.locator('#search-results .search-type').allTextContents())).toEqual(new Set(['党建案例']));
      expect(new URL(page.url()).searchParams.getAll('type')).toEqual(['党建案例']);
      // Focus stays on the checkbox the reader used.
      expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe('党建案例');

      // A region on top narrows further; the state survives a reload.
      const regionBox = page.locator('#search-filters input[data-filter="region"][value="临高县"]');
      await regionBox.check();
      const narrower = countOf(await waitForNewStatus(page, after));
      expect(narrower).toBeGreaterThan(0);
      expect(narrower).toBeLessThan(expected);
      await page.reload();
      expect(countOf(await waitForSearch(page))).toBe(narrower);
      expect(await page.locator('#search-filters input[data-filter="region"][value="临高县"]').isChecked()).toBe(true);

      // Unticking restores the wider list.
      await page.locator('#search-filters input[data-filter="region"][value="临高县"]').uncheck();
      expect(countOf(await waitForNewStatus(page, await page.textContent('#search-status') ?? ''))).toBe(expected);
    });
  });

  it('filters places by kind, and sorts cases by date', async () => {
    await withPage(async (page) => {
      await page.goto(`${site.origin}/search/?q=${encodeURIComponent('人才')}&kind=${encodeURIComponent('候鸟人才工作站')}`);
      const status = await waitForSearch(page);
      expect(countOf(status)).toBeGreaterThan(0);
      expect(new Set(await page.locator('#search-results .search-type').allTextContents())).toEqual(new Set(['人才工作站']));

      await page.goto(`${site.origin}/search/?q=${encodeURIComponent('网格')}`);
      const relevance = await waitForSearch(page);
      await page.selectOption('#search-sort', 'date');
      await waitForNewStatus(page, relevance);
      expect(new URL(page.url()).searchParams.get('sort')).toBe('date');
      const dates = await page.locator('#search-results time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime') ?? ''));
      expect(dates.length).toBeGreaterThan(1);
      expect(dates).toEqual([...dates].sort().reverse());
      expect(await resultCount(page)).toBe(dates.length);
    });
  });

  it('moves through the results with the arrow keys', async () => {
    await withPage(async (page) => {
      await page.goto(`${site.origin}/search/?q=${encodeURIComponent('党员')}`);
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
      await Promise.all([page.waitForURL(`${site.origin}${links[0]}`), page.keyboard.press('Enter')]);
    });
  });

  it('says so when nothing matches', async () => {
    await withPage(async (page) => {
      await page.goto(`${site.origin}/search/?q=${encodeURIComponent('麒麟鳄鱼')}`);
      expect(await waitForSearch(page)).toMatch(/^没有找到/);
      expect(await resultCount(page)).toBe(0);
    });
  });

  it('passes the accessibility gate with results and filters shown', async () => {
    await withPage(async (page) => {
      await page.goto(`${site.origin}/search/?q=${encodeURIComponent('社区')}`);
      await waitForSearch(page);
      await expect.poll(() => page.locator('#search-filters').isVisible()).toBe(true);
      const violations = await checkA11y(page);
      expect(violations, formatViolations('/search/?q=社区', violations)).toEqual([]);
    });
  });
});

describe('header search box', () => {
  it('on another page leads to /search/?q=… with the results', async () => {
    await withPage(async (page) => {
      await page.goto(`${site.origin}/cases/`);
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
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'zh-CN' });
    try {
      const page = await context.newPage();
      const response = await page.goto(`${site.origin}/search/?q=${encodeURIComponent('网格')}`);
      expect(response?.status()).toBe(200);
      const notice = page.locator('main .notice');
      await expect.poll(() => notice.isVisible()).toBe(true);
      expect(await notice.textContent()).toContain('搜索需要浏览器启用 JavaScript');
      const links = await notice.locator('a').evaluateAll((a) => a.map((x) => x.getAttribute('href') ?? ''));
      expect(links).toEqual(expect.arrayContaining(['/cases/', '/sites/', '/routes/', '/workstations/', '/service-points/']));
      for (const href of links) {
        const listing = await page.request.get(`${site.origin}${href}`);
        expect(listing.status(), href).toBe(200);
      }
      // Nothing pretends to be searching.
      expect((await page.textContent('#search-status'))?.trim()).toBe('');
      expect(await page.locator('#search-sort-row').isVisible()).toBe(false);
    } finally {
      await context.close();
    }
  });
});
