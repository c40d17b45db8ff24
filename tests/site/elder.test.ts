/**
 * Elder mode (长辈模式) and target sizes, in Chromium at 360×800 and 1280×900:
 * - one page of each type, both modes: header at most a quarter of the viewport; targets ≥ 44×44
 *   (≥ 60×60 for main controls in elder mode); in elder mode text ≥ 24 px at ≥ 7:1 contrast;
 *   schematic-map labels ≥ 12 px as rendered on a 360 px phone;
 * - (no horizontal scrolling on every page at 360 px in both modes is checked by a11y.test.ts, in
 *   the same page loads as axe);
 * - the toggle's label and aria-pressed say its state; 朗读本页 shows only where speechSynthesis is,
 *   reads the main content and stops on a second press.
 * What counts as text, target and main control: tests/site/lib/elder.ts.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newGuardedContext, open, pageMode, waitForSearch } from '../../tools/browser.ts';
import { checkElder, ELDER, headerHeight, horizontalOverflow, NORMAL, smallMapText } from './lib/elder.ts';
import { listPages, samplePageTypes, type PageType } from '../../tools/pages.ts';
import { DIST, FIXTURES } from '../../tools/paths.ts';
import { startStaticServer, type StaticServer } from '../../tools/static-server.ts';

const PHONE = { width: 360, height: 800 };
const DESKTOP = { width: 1280, height: 900 };

let browser: Browser;
let server: StaticServer;
let fixtures: StaticServer;
let samples: PageType[];

beforeAll(async () => {
  samples = samplePageTypes(listPages(DIST));
  [browser, server, fixtures] = await Promise.all([launchBrowser(), startStaticServer(DIST), startStaticServer(FIXTURES)]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await fixtures?.close();
});

async function openSample(page: Page, origin: string, url: string) {
  await open(page, origin, url);
  if (url.startsWith('/search/?')) await waitForSearch(page);
}

describe('elder mode and target sizes, one page of each type', () => {
  for (const elder of [false, true]) {
    it(`${elder ? 'elder' : 'normal'} mode: header ≤ 25 % of the screen, targets${elder ? ', text ≥ 24 px at 7:1' : ''}`, async () => {
      const { context } = await newGuardedContext(browser, server.origin, { elder, viewport: PHONE });
      const page = await context.newPage();
      const failures: string[] = [];
      const heights: string[] = [];
      for (const sample of samples) {
        await page.setViewportSize(PHONE);
        await openSample(page, server.origin, sample.url);
        for (const viewport of [PHONE, DESKTOP]) {
          await page.setViewportSize(viewport);
          const where = `${sample.url} [${elder ? 'elder' : 'normal'} ${viewport.width}px]`;
          const height = await headerHeight(page);
          if (sample.url === '/') heights.push(`${viewport.width}px: ${Math.round(height)}px`);
          if (height > viewport.height / 4) failures.push(`${where}: header ${Math.round(height)}px > a quarter of ${viewport.height}px`);
          const problems = await checkElder(page, elder ? ELDER : NORMAL);
          if (viewport === PHONE) problems.push(...(await smallMapText(page)));
          if (problems.length > 0) failures.push(`${where}:\n  ${problems.slice(0, 12).join('\n  ')}${problems.length > 12 ? `\n  … ${problems.length - 12} more` : ''}`);
        }
      }
      await context.close();
      console.log(`[elder] ${samples.length} page types, ${elder ? 'elder' : 'normal'} mode; header on /: ${heights.join(', ')}`);
      expect(failures, failures.join('\n')).toEqual([]);
    }, 300_000);
  }
});

describe('the elder-mode toggle', () => {
  it('says its state in its label and in aria-pressed, and switches the mode', async () => {
    const { context } = await newGuardedContext(browser, server.origin, { viewport: PHONE });
    const page = await context.newPage();
    await open(page, server.origin, '/');
    const toggle = page.locator('#elder-toggle');
    const state = async () => ({
      mode: await pageMode(page),
      pressed: await toggle.getAttribute('aria-pressed'),
      label: (await toggle.textContent())?.replace(/\s+/g, ''),
      name: await toggle.evaluate((el) => (el.firstChild?.textContent ?? '').trim()),
      background: await toggle.evaluate((el) => getComputedStyle(el).backgroundColor),
    });
    const off = await state();
    expect(off).toMatchObject({ mode: '', pressed: 'false', label: '长辈模式关', name: '长辈模式' });
    await toggle.click();
    const on = await state();
    expect(on).toMatchObject({ mode: 'elder', pressed: 'true', label: '长辈模式开' });
    expect(on.background, 'looks different when on').not.toBe(off.background);
    await toggle.click();
    expect(await state()).toMatchObject({ mode: '', pressed: 'false', label: '长辈模式关' });
    await context.close();
  });
});

describe('朗读本页 (read aloud)', () => {
  it('is absent where the browser has no speechSynthesis', async () => {
    const { context } = await newGuardedContext(browser, server.origin, { viewport: PHONE });
    await context.addInitScript(() => {
      delete (window as { speechSynthesis?: unknown }).speechSynthesis;
    });
    const page = await context.newPage();
    await open(page, server.origin, '/');
    expect(await page.evaluate(() => 'speechSynthesis' in window)).toBe(false);
    expect(await page.locator('#read-aloud').isVisible()).toBe(false);
    await context.close();
  });

  it('reads the main content in Chinese and stops on a second press', async () => {
    const { context } = await newGuardedContext(browser, server.origin, { viewport: PHONE });
    // Record instead of speaking: what was queued, in which language, and whether it was cancelled.
    await context.addInitScript(() => {
      const log = { spoken: [] as Array<{ text: string; lang: string }>, cancelled: 0 };
      (window as unknown as { speechLog: typeof log }).speechLog = log;
      SpeechSynthesis.prototype.speak = function (utterance: SpeechSynthesisUtterance) {
        log.spoken.push({ text: utterance.text, lang: utterance.lang });
      };
      SpeechSynthesis.prototype.cancel = function () {
        log.cancelled += 1;
      };
    });
    const page = await context.newPage();
    await open(page, server.origin, '/regions/');
    const button = page.locator('#read-aloud');
    expect(await button.isVisible()).toBe(true);
    expect((await button.textContent())?.trim()).toBe('朗读本页');
    await button.click();
    const log = await page.evaluate(() => (window as unknown as { speechLog: { spoken: Array<{ text: string; lang: string }>; cancelled: number } }).speechLog);
    const heading = (await page.locator('main h1').textContent())?.trim() ?? '';
    expect(log.spoken.length).toBeGreaterThan(0);
    expect(log.spoken.every((u) => u.lang === 'zh-CN')).toBe(true);
    expect(log.spoken.map((u) => u.text).join('')).toContain(heading);
    expect(log.spoken.map((u) => u.text).join(''), 'only the main content, not the header').not.toContain('长辈模式');
    expect((await button.textContent())?.trim()).toBe('停止朗读');
    const cancelledBefore = log.cancelled;
    await button.click();
    expect(await page.evaluate(() => (window as unknown as { speechLog: { cancelled: number } }).speechLog.cancelled)).toBeGreaterThan(cancelledBefore);
    expect((await button.textContent())?.trim()).toBe('朗读本页');
    await context.close();
  });
});

describe('cards and cursor', () => {
  it('a whole card is one link: a click on its text follows it, selecting its text does not', async () => {
    const { context } = await newGuardedContext(browser, server.origin, { viewport: PHONE });
    const page = await context.newPage();
    await open(page, server.origin, '/cases/');
    const card = page.locator('main .card').first();
    const href = await card.locator(':scope > h2 > a, :scope > h3 > a').getAttribute('href');
    expect(await card.locator('a').count(), 'one link per card').toBe(1);
    const text = card.locator(':scope > p').last();
    // Select some of the text by dragging across it: no navigation.
    const box = (await text.boundingBox())!;
    await page.mouse.move(box.x + 2, box.y + 8);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width - 4, box.y + 8, { steps: 5 });
    await page.mouse.up();
    expect(new URL(page.url()).pathname).toBe('/cases/');
    expect(await page.evaluate(() => String(window.getSelection()).length)).toBeGreaterThan(0);
    await page.evaluate(() => window.getSelection()?.removeAllRanges());
    await Promise.all([page.waitForURL((url) => url.pathname === href), text.click()]);
    // The padding of the card is the stretched link itself.
    await page.goBack();
    await Promise.all([page.waitForURL((url) => url.pathname === href), card.click({ position: { x: 6, y: 6 } })]);
    await context.close();
  });

  it('elder mode on a desktop has a large cursor, from a file (the CSP refuses data: images)', async () => {
    const { context } = await newGuardedContext(browser, server.origin, { elder: true, viewport: DESKTOP });
    const page = await context.newPage();
    await open(page, server.origin, '/');
    const cursors = await page.evaluate(() => ({ page: getComputedStyle(document.documentElement).cursor, link: getComputedStyle(document.querySelector('main a')!).cursor }));
    expect(cursors.page).toMatch(/url\("[^"]*\/cursors\/arrow\.svg"\) 6 4, auto/);
    expect(cursors.link).toMatch(/url\("[^"]*\/cursors\/hand\.svg"\) 19 2, pointer/);
    for (const file of ['/cursors/arrow.svg', '/cursors/hand.svg']) {
      const response = await page.request.get(server.origin + file);
      expect(response.status()).toBe(200);
      expect(await response.text()).toMatch(/<svg[^>]+width="48"/);
    }
    await context.close();
  });
});

describe('the checks can fail', () => {
  it('report small text, low contrast, small targets, a tall header and sideways scrolling', async () => {
    const { context } = await newGuardedContext(browser, fixtures.origin, { viewport: PHONE });
    const page = await context.newPage();
    await open(page, fixtures.origin, '/elder.html');
    const problems = await checkElder(page, ELDER);
    const mapText = await smallMapText(page);
    const overflow = await horizontalOverflow(page);
    const height = await headerHeight(page);
    await open(page, fixtures.origin, '/elder-ok.html');
    const clean = [...(await checkElder(page, ELDER)), ...(await checkElder(page, NORMAL))];
    const cleanOverflow = await horizontalOverflow(page);
    await context.close();
    expect(problems.join('\n')).toMatch(/text 16px < 24px: p.small "small"/);
    expect(problems.join('\n')).toMatch(/contrast .* < 7:1 .*: p.grey "grey"/);
    expect(problems.join('\n')).toMatch(/target .* < 60×60 \(main control\): button.tiny "tiny"/);
    expect(problems.join('\n')).toMatch(/target .* < 44×44: a "lonely link"/);
    expect(problems.join('\n'), 'a link inside a sentence is exempt').not.toMatch(/inline link/);
    expect(mapText).toEqual(['map text 4.8px < 12px: "tiny map label"']);
    expect(overflow.overflow).toBeGreaterThan(0);
    expect(height).toBeGreaterThan(PHONE.height / 4);
    expect(clean).toEqual([]);
    expect(cleanOverflow.overflow).toBe(0);
  });
});
