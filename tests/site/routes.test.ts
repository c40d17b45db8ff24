/**
 * Routes and the planner in Chromium: a four-stop plan built, reordered, stays changed, ordered
 * by shortest distance, reloaded from its address and exported (GPX and iCalendar read back with
 * independent readers); bad addresses; "加入我的行程"; keyboard-only use; the route pages without JS.
 *
 * The four stops are the three red-education sites and the one workstation that receives study
 * visits (wenchang-yanxue-jiaoyu-jidi): every place the content offers for a study visit.
 */
import { readFileSync } from 'node:fs';
import { gpx as gpxToGeoJson } from '@tmcw/togeojson';
import { DOMParser } from '@xmldom/xmldom';
import ICAL from 'ical.js';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distanceMeters } from '../../src/lib/geo/distance.ts';
import { UNKNOWN_HOURS } from '../../src/lib/routes/arrival.ts';
import { PLANNER_DATA_PATH } from '../../src/lib/routes/links.ts';
import { UNKNOWN_LEG } from '../../src/lib/routes/wording.ts';
import type { PlannerData, PlannerPlace } from '../../src/lib/routes/planner-data.ts';
import { checkA11y, formatViolations } from './lib/a11y.ts';
import { usePagePool } from './lib/page-pool.ts';
import { plannerReady } from './lib/planner.ts';
import { collectErrors, DESKTOP, launchBrowser, newGuardedContext, PHONE } from '../../tools/browser.ts';
import { listFiles } from '../../tools/pages.ts';
import { DIST, SITE_ORIGIN } from '../../tools/paths.ts';
import { startStaticServer, type StaticServer } from '../../tools/static-server.ts';

const PLANNER = '/routes/plan/';
const ROUTE = '/routes/lingao-hongse-jiaoyu-xianlu/';
const FOUR = ['hainan-jiefang-gongyuan', 'wenchang-yanxue-jiaoyu-jidi', 'lingao-yida-huiyizhi', 'lingao-lieshi-jinianbei'];

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

const pageWith = usePagePool(() => browser);
async function newPage(options: { javaScript?: boolean; viewport?: { width: number; height: number }; elder?: boolean } = {}): Promise<{ page: Page; errors: string[] }> {
  const page = await pageWith({ viewport: options.viewport, elder: options.elder, javaScriptEnabled: options.javaScript });
  return { page, errors: collectErrors(page) };
}

const stopOrder = (page: Page) => page.locator('#planner-stops > li').evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.stop));
const timelineOrder = (page: Page) => page.locator('[data-timeline-stop]').evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.timelineStop));
const status = (page: Page) => page.locator('#planner-status').textContent();
const places = async (page: Page) =>
  new Map((await page.evaluate((path) => fetch(path).then((r) => r.json()), PLANNER_DATA_PATH) as PlannerData).places.map((p) => [p.id, p]));
/** 上移 / 下移 / 删除 of one stop: the visible verb plus the stop's name for screen readers. */
const stopButton = (page: Page, action: string, name: string) => page.getByRole('button', { name: new RegExp(`^${action}\\s*：${name}$`) });
const query = (page: Page) => decodeURIComponent(new URL(page.url()).search);

/** Shortest open path with the first stop fixed, by trying every order (4 stops: 6 orders). */
function bruteForceShortest(ids: string[], byId: Map<string, PlannerPlace>): number {
  const [first, ...rest] = ids;
  const length = (order: string[]) => order.slice(1).reduce((sum, id, i) => sum + distanceMeters(byId.get(order[i])!, byId.get(id)!), 0);
  const permutations = (items: string[]): string[][] =>
    items.length <= 1 ? [items] : items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((p) => [item, ...p]));
  return Math.min(...permutations(rest).map((p) => length([first, ...p])));
}

async function addStop(page: Page, id: string) {
  await page.selectOption('#planner-place', id);
  await page.getByRole('button', { name: '加入行程' }).click();
}

describe('planner', () => {
  it('builds a four-stop plan, reorders it, orders it by shortest distance and reloads it from the address', async () => {
    const { page, errors } = await newPage();
    await page.goto(site.origin + PLANNER);
    await plannerReady(page);
    await expect.poll(() => page.locator('#planner').isVisible()).toBe(true);
    expect(await page.locator('#planner-nojs').isVisible()).toBe(false);

    await page.fill('#planner-date', '2026-12-01');
    await page.fill('#planner-start', '08:00');
    await page.selectOption('#planner-mode', 'car');
    for (const id of FOUR) await addStop(page, id);
    expect(await stopOrder(page)).toEqual(FOUR);
    expect(await status(page)).toBe('已把“临高县革命烈士纪念碑”加入行程，是第 4 站。');
    expect(await timelineOrder(page)).toEqual(FOUR);
    expect(query(page)).toBe('?stops=hainan-jiefang-gongyuan:90,wenchang-yanxue-jiaoyu-jidi:60,lingao-yida-huiyizhi:45,lingao-lieshi-jinianbei:30&date=2026-12-01&start=08:00&mode=car');
    // A place already in the plan cannot be picked again.
    expect(await page.locator('#planner-place option[value="hainan-jiefang-gongyuan"]').isDisabled()).toBe(true);

    // 下移 on the first stop: it becomes the second, and focus stays with it.
    await stopButton(page, '下移', '海南解放公园').click();
    expect(await stopOrder(page)).toEqual([FOUR[1], FOUR[0], FOUR[2], FOUR[3]]);
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.id)).toBe('hainan-jiefang-gongyuan');
    expect(await status(page)).toBe('已把“海南解放公园”移到第 2 站。');
    // 上移 brings it back; 上移 is disabled on the first stop.
    await stopButton(page, '上移', '海南解放公园').click();
    expect(await stopOrder(page)).toEqual(FOUR);
    expect(await stopButton(page, '上移', '海南解放公园').isDisabled()).toBe(true);

    // A new stay is applied on change; an invalid one is refused with a message.
    await page.getByLabel('停留时间（分钟）').nth(1).fill('75');
    await page.getByLabel('停留时间（分钟）').nth(1).press('Tab');
    expect(query(page)).toContain('wenchang-yanxue-jiaoyu-jidi:75');
    await page.getByLabel('停留时间（分钟）').nth(2).fill('0');
    await page.getByLabel('停留时间（分钟）').nth(2).press('Tab');
    expect(await page.locator('[data-error-for="lingao-yida-huiyizhi"]').textContent()).toContain('请填写 1–480 的整数分钟');
    expect(query(page)).toContain('lingao-yida-huiyizhi:45');

    // Shortest order with the first stop kept: Lingao's sites together, Wenchang (100+ km away) last.
    const byId = await places(page);
    const lengthBefore = (await page.locator('#planner-summary').textContent())!;
    await page.getByRole('button', { name: '按最短路程排序' }).click();
    const order = (await stopOrder(page)) as string[];
    expect(order[0]).toBe('hainan-jiefang-gongyuan');
    expect(order[3]).toBe('wenchang-yanxue-jiaoyu-jidi');
    const length = order.slice(1).reduce((sum, id, i) => sum + distanceMeters(byId.get(order[i])!, byId.get(id)!), 0);
    expect(length).toBeCloseTo(bruteForceShortest(FOUR, byId), 3);
    expect(await status(page)).toMatch(/^已按最短路程重新排序：路程从“已知路段直线约 \d+ 公里（按大致位置估算），另有 1 段无法估算”缩短为“已知路段直线约 \d+ 公里（按大致位置估算），另有 1 段无法估算”。$/);
    expect(await page.locator('#planner-summary').textContent()).not.toBe(lengthBefore);
    // Pressing it again leaves the order alone.
    await page.getByRole('button', { name: '按最短路程排序' }).click();
    expect(await stopOrder(page)).toEqual(order);
    expect(await status(page)).toContain('当前顺序已经是最短的');

    // The address carries the whole plan: a reload, and a fresh browser without saved state, show it again.
    const address = page.url();
    const timelineText = await page.locator('#planner-timeline').textContent();
    await page.reload();
    await plannerReady(page);
    expect(await stopOrder(page)).toEqual(order);
    expect(await page.locator('#planner-timeline').textContent()).toBe(timelineText);
    const fresh = await newGuardedContext(browser, site.origin);
    const other = await fresh.context.newPage();
    await other.goto(address);
    await plannerReady(other);
    expect(await stopOrder(other)).toEqual(order);
    expect(await other.inputValue('#planner-date')).toBe('2026-12-01');
    expect(await other.inputValue('#planner-start')).toBe('08:00');
    expect(await other.inputValue('#planner-mode')).toBe('car');
    expect(await other.locator('#planner-timeline').textContent()).toBe(timelineText);
    // No opening hours are on record for these places yet: each stop says so.
    expect(await other.locator('[data-check="unverified"]').count()).toBe(4);
    expect(await other.locator('#planner-timeline').textContent()).toContain('开放时间未核实');
    await fresh.context.close();
    expect(fresh.foreignRequests).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('exports the plan as GPX and iCalendar that read back as the same points and times', async () => {
    const { page, errors } = await newPage();
    const plan = '?stops=hainan-jiefang-gongyuan:90,lingao-yida-huiyizhi:45,lingao-lieshi-jinianbei:30,wenchang-yanxue-jiaoyu-jidi:60&date=2026-12-01&start=08:30&mode=bus';
    await page.goto(site.origin + PLANNER + plan);
    await plannerReady(page);
    const byId = await places(page);
    const ids = (await stopOrder(page)) as string[];

    const [gpxDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 GPX 文件' }).click()]);
    expect(gpxDownload.suggestedFilename()).toBe('plan-2026-12-01.gpx');
    const gpxText = readFileSync((await gpxDownload.path())!, 'utf8');
    const geojson = gpxToGeoJson(new DOMParser().parseFromString(gpxText, 'text/xml') as unknown as Document);
    const points = geojson.features.filter((f) => f.geometry?.type === 'Point');
    const expected = ids.map((id, i) => ({ name: `${i + 1}. ${byId.get(id)!.name}`, coordinates: [byId.get(id)!.lng, byId.get(id)!.lat] }));
    expect(points.map((f) => ({ name: f.properties?.name, coordinates: (f.geometry as GeoJSON.Point).coordinates }))).toEqual(expected);
    const route = geojson.features.find((f) => f.geometry?.type === 'LineString')!;
    expect((route.geometry as GeoJSON.LineString).coordinates).toEqual(expected.map((p) => p.coordinates));

    const [icsDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载日历文件（ICS）' }).click()]);
    expect(icsDownload.suggestedFilename()).toBe('plan-2026-12-01.ics');
    const calendar = new ICAL.Component(ICAL.parse(readFileSync((await icsDownload.path())!, 'utf8')));
    const events = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    // The timeline on the page, as Shanghai wall-clock times of 2026-12-01.
    const shown = await page.locator('[data-timeline-stop]').evaluateAll((items) =>
      items.map((item) => ({ name: item.querySelector('h3')!.textContent, times: [...item.querySelectorAll('time')].map((t) => t.textContent) })),
    );
    const instant = (time: string | null) => new Date(`2026-12-01T${time}:00+08:00`).toISOString();
    expect(events.map((e) => ({ summary: e.summary, start: e.startDate.toJSDate().toISOString(), end: e.endDate.toJSDate().toISOString() }))).toEqual(
      shown.map((s, i) => ({ summary: `${i + 1}. ${s.name}`, start: instant(s.times[0]), end: instant(s.times[1]) })),
    );
    expect(events[0].startDate.toJSDate().toISOString()).toBe('2026-12-01T00:30:00.000Z');
    expect(errors).toEqual([]);
  });

  it('opens an A4 print view with the timeline and a QR code back to the plan', async () => {
    const { page, errors } = await newPage();
    const plan = '?stops=lingao-yida-huiyizhi:45,hainan-jiefang-gongyuan:90&date=2026-10-01&start=09:00&mode=car';
    await page.goto(site.origin + PLANNER + plan);
    await plannerReady(page);
    await page.getByRole('link', { name: '打印版（A4，带二维码）' }).click();
    await page.waitForURL(/\/routes\/plan\/print\//);
    await plannerReady(page);
    await page.locator('#plan-print-qr svg').waitFor();
    expect(await page.locator('h1').textContent()).toBe('参观行程：2026年10月1日（周四）');
    expect(await page.locator('#plan-print-rows tr[data-stop]').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.stop))).toEqual([
      'lingao-yida-huiyizhi',
      'hainan-jiefang-gongyuan',
    ]);
    expect(await page.locator('#plan-print-url').textContent()).toBe(`${site.origin}${PLANNER}${plan}`);
    expect(await page.locator('#plan-print-qr svg').getAttribute('aria-label')).toBe('打开这个行程的二维码');
    expect(await page.getByRole('link', { name: '返回修改行程' }).getAttribute('href')).toBe(`${site.origin}${PLANNER}${plan}`);
    expect(formatViolations('plan print', await checkA11y(page))).toBe('');
    expect(errors).toEqual([]);
  });

  it('reports a broken or tampered address in Chinese, ignores the bad parts and keeps the rest', async () => {
    const { page, errors } = await newPage();
    await page.goto(`${site.origin}${PLANNER}?stops=no-such-place:30,hainan-jiefang-gongyuan:0,%3Cimg%20src%3Dx%3E&date=2026-02-30&start=25:00&mode=plane`);
    await plannerReady(page);
    const problems = page.locator('#planner-problems');
    expect(await problems.isVisible()).toBe(true);
    expect(await problems.getAttribute('role')).toBe('status');
    const text = await problems.textContent();
    for (const message of ['这个链接有问题', '“no-such-place:30”不是可规划的地点', '停留时间无效', '“<img src=x>”不是可规划的地点', '日期“2026-02-30”无效', '出发时间“25:00”无效', '出行方式“plane”无效']) {
      expect(text).toContain(message);
    }
    // The markup in the address stayed text.
    expect(await page.locator('#planner-problems img').count()).toBe(0);
    expect(await stopOrder(page)).toEqual(['hainan-jiefang-gongyuan']);
    expect(query(page)).toMatch(/^\?stops=hainan-jiefang-gongyuan:90&date=\d{4}-\d{2}-\d{2}&start=08:30&mode=bus$/);
    expect(errors).toEqual([]);
  });

  it('adds places from their pages with “加入我的行程” and keeps the plan between pages', async () => {
    const { page, errors } = await newPage();
    await page.goto(`${site.origin}/sites/hainan-jiefang-gongyuan/`);
    await page.getByRole('link', { name: '加入我的行程' }).click();
    await page.waitForURL(/\/routes\/plan\/\?stops=/);
    await plannerReady(page);
    expect(await stopOrder(page)).toEqual(['hainan-jiefang-gongyuan']);
    await page.goto(`${site.origin}/workstations/wenchang-yanxue-jiaoyu-jidi/`);
    await page.getByRole('link', { name: '加入我的行程' }).click();
    await page.waitForURL(/\/routes\/plan\/\?stops=hainan/);
    await plannerReady(page);
    expect(await stopOrder(page)).toEqual(['hainan-jiefang-gongyuan', 'wenchang-yanxue-jiaoyu-jidi']);
    expect(await status(page)).toBe('已把“研学教育基地”加入行程，是第 2 站。');
    // Adding one that is already there says so instead of duplicating it.
    await page.goto(`${site.origin}${PLANNER}?add=hainan-jiefang-gongyuan`);
    await plannerReady(page);
    expect(await stopOrder(page)).toEqual(['hainan-jiefang-gongyuan', 'wenchang-yanxue-jiaoyu-jidi']);
    expect(await status(page)).toBe('“海南解放公园”已在行程中。');
    await page.getByRole('button', { name: '清空行程' }).click();
    expect(await stopOrder(page)).toEqual([]);
    expect(await page.locator('#planner-empty').isVisible()).toBe(true);
    expect(errors).toEqual([]);
  });

  it('says so, and offers the ready-made routes, when the places do not arrive (a dropped connection)', async () => {
    const { page } = await newPage({ viewport: PHONE });
    await page.route(`**${PLANNER_DATA_PATH}`, (route) => route.abort('internetdisconnected'));
    await page.goto(`${site.origin}${PLANNER}?stops=lingao-yida-huiyizhi:45`);
    await page.locator('#planner-nojs').waitFor({ state: 'visible' });
    expect(await page.locator('#planner-nojs p').first().textContent()).toContain('地点数据没有载入');
    expect(await page.locator('#planner-nojs a').count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator('#planner').isVisible()).toBe(false);
    expect(await page.locator('[data-loading]').count()).toBe(0);
  });

  it('opens a ready-made route in the planner, with a chosen date and start time from the route page', async () => {
    const { page, errors } = await newPage();
    await page.goto(site.origin + ROUTE);
    await page.fill('#route-date', '2026-10-01');
    await page.fill('#route-start', '09:15');
    await page.getByRole('button', { name: '查看这天的安排' }).click();
    await page.waitForURL(/\/routes\/plan\//);
    await plannerReady(page);
    expect(await stopOrder(page)).toEqual(['lingao-yida-huiyizhi', 'lingao-lieshi-jinianbei', 'hainan-jiefang-gongyuan']);
    expect(query(page)).toBe('?stops=lingao-yida-huiyizhi:45,lingao-lieshi-jinianbei:30,hainan-jiefang-gongyuan:90&date=2026-10-01&start=09:15&mode=bus');
    expect(await page.locator('[data-timeline-stop] time').first().textContent()).toBe('09:15');
    expect(errors).toEqual([]);
  });

  it('passes axe with a plan loaded', async () => {
    const { page } = await newPage();
    await page.goto(`${site.origin}${PLANNER}?stops=${FOUR.map((id) => `${id}:30`).join(',')}&date=2026-12-01`);
    await plannerReady(page);
    await page.locator('#planner-stops > li').first().waitFor();
    expect(formatViolations('planner', await checkA11y(page))).toBe('');
  });
});

describe('planner by keyboard alone', () => {
  it('adds, moves and removes stops with Tab, arrow keys, Enter and Space, with focus visible', async () => {
    const { page, errors } = await newPage();
    await page.goto(site.origin + PLANNER);
    await plannerReady(page);
    const focused = () => page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return { id: el.id, action: el.dataset.action ?? '', stop: el.dataset.id ?? '', text: el.textContent ?? '', outline: getComputedStyle(el).outlineStyle };
    });
    const tabTo = async (match: (f: Awaited<ReturnType<typeof focused>>) => boolean, limit = 60) => {
      for (let i = 0; i < limit; i++) {
        await page.keyboard.press('Tab');
        const f = await focused();
        if (match(f)) return f;
      }
      throw new Error('focus never reached the expected control');
    };

    await tabTo((f) => f.id === 'planner-place');
    expect((await focused()).outline).not.toBe('none');
    // The first option is already selected: add it, then the next one.
    await page.keyboard.press('Tab');
    expect((await focused()).text).toBe('加入行程');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const added = (await stopOrder(page)) as string[];
    expect(added).toHaveLength(2);

    // 下移 on the first stop with Enter: the stop moves and focus follows it to its 上移 (下移 is now disabled).
    const down = await tabTo((f) => f.action === 'down');
    expect(down.stop).toBe(added[0]);
    expect(down.outline).not.toBe('none');
    await page.keyboard.press('Enter');
    expect(await stopOrder(page)).toEqual([added[1], added[0]]);
    expect(await focused()).toMatchObject({ action: 'up', stop: added[0] });
    // 删除 with Space.
    const remove = await tabTo((f) => f.action === 'remove');
    await page.keyboard.press('Space');
    expect(await stopOrder(page)).toEqual([added[1], added[0]].filter((id) => id !== remove.stop));
    expect(await status(page)).toContain('已从行程中删除');
    // Every control is at least 44 px high.
    const small = await page.locator('#planner button:visible, #planner select:visible, #planner input:not([type=checkbox]):visible').evaluateAll((els) =>
      els.filter((el) => el.getBoundingClientRect().height < 44).map((el) => el.outerHTML.slice(0, 80)),
    );
    expect(small).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('route pages without JavaScript', () => {
  it('show the whole route, its exports and a working form into the planner, with no script of their own', async () => {
    const { page } = await newPage({ javaScript: false });
    await page.goto(site.origin + ROUTE);
    expect(await page.locator('ol li[data-stop]').evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.stop))).toEqual([
      'lingao-yida-huiyizhi',
      'lingao-lieshi-jinianbei',
      'hainan-jiefang-gongyuan',
    ]);
    expect(await page.locator('[data-hours-check]').allTextContents()).toEqual(Array(3).fill(UNKNOWN_HOURS));
    // The first two sites share the county-town reference point: no navigation from it to itself.
    expect(await page.getByRole('link', { name: /导航到下一站/ }).count()).toBe(1);
    const scripts = await page.locator('script[src]').evaluateAll((s) => s.map((x) => x.getAttribute('src')));
    expect(scripts).toEqual(['/scripts/elder-mode.js']);
    const jsonLd = await page.locator('script[type="application/ld+json"]').evaluateAll((s) => s.map((x) => JSON.parse(x.textContent!)));
    const trip = jsonLd.find((d) => d['@type'] === 'TouristTrip');
    expect(trip.itinerary.itemListElement.map((e: { position: number; item: { name: string } }) => [e.position, e.item.name])).toEqual([
      [1, '中共临高一大会议址'],
      [2, '临高县革命烈士纪念碑'],
      [3, '海南解放公园'],
    ]);

    const gpx = await page.request.get(site.origin + (await page.getByRole('link', { name: /下载 GPX 文件/ }).getAttribute('href'))!);
    expect(gpx.status()).toBe(200);
    const geojson = gpxToGeoJson(new DOMParser().parseFromString(await gpx.text(), 'text/xml') as unknown as Document);
    expect(geojson.features.filter((f) => f.geometry?.type === 'Point').map((f) => f.properties?.name)).toEqual([
      '1. 中共临高一大会议址',
      '2. 临高县革命烈士纪念碑',
      '3. 海南解放公园',
    ]);
    // Every stop is only placed approximately: the structured data asserts no position for them.
    expect(trip.itinerary.itemListElement.filter((e: { item: object }) => 'geo' in e.item)).toEqual([]);

    // The print view is static too: table, map and a QR code to the route page.
    await page.getByRole('link', { name: '打印版（A4，带二维码）' }).click();
    await page.waitForURL(/\/print\/$/);
    expect(await page.locator('table tr[data-stop]').count()).toBe(3);
    expect(await page.locator('.route-qr svg[role="img"]').count()).toBe(1);
    expect(await page.locator('.route-qr figcaption').textContent()).toContain(`${SITE_ORIGIN}/routes/lingao-hongse-jiaoyu-xianlu/`);

    // The GET form still leads to the planner, which explains that it needs JavaScript and offers the routes.
    await page.goto(site.origin + ROUTE);
    await page.fill('#route-start', '10:00');
    await page.getByRole('button', { name: '查看这天的安排' }).click();
    await page.waitForURL(/\/routes\/plan\/\?stops=/);
    expect(new URL(page.url()).searchParams.get('start')).toBe('10:00');
    expect(await page.locator('#planner-nojs').isVisible()).toBe(true);
    expect(await page.locator('#planner').isVisible()).toBe(false);
    expect(await page.locator('#planner-nojs a').count()).toBeGreaterThanOrEqual(2);
  });

  it('site pages offer “加入我的行程”, nearby sites and the routes through them', async () => {
    const { page } = await newPage({ javaScript: false });
    await page.goto(`${site.origin}/sites/lingao-yida-huiyizhi/`);
    expect(await page.getByRole('link', { name: '加入我的行程' }).getAttribute('href')).toBe('/routes/plan/?add=lingao-yida-huiyizhi');
    const nearby = await page.locator('section[aria-labelledby="nearby"] li').allTextContents();
    expect(nearby).toEqual(['临高县革命烈士纪念碑：两处只标出了同一大致位置，实际距离未知', '海南解放公园：直线约 13 公里（按大致位置估算）']);
    expect(await page.locator('section[aria-labelledby="routes"] a').allTextContents()).toEqual(['临高红色教育线路']);
    const jsonLd = await page.locator('script[type="application/ld+json"]').evaluateAll((s) => s.map((x) => JSON.parse(x.textContent!)));
    expect(jsonLd).toContainEqual(
      expect.objectContaining({
        '@type': ['LandmarksOrHistoricalBuildings', 'TouristAttraction'],
        name: '中共临高一大会议址',
        geo: { '@type': 'GeoCoordinates', longitude: 109.69, latitude: 19.912 },
      }),
    );
  });
});

/** A zero estimate: '0 米', '0 分钟', '约 0' — but not '10 分钟' or '约 08:30'. Every place today is only approximately placed. */
const ZERO_ESTIMATE = /(^|[^\d.])0 ?(米|分钟)|约 ?0(?![\d.:])/;
const zeroEstimates = (text: string) => [...text.matchAll(new RegExp(ZERO_ESTIMATE, 'g'))].map((m) => text.slice(Math.max(0, m.index - 30), m.index + m[0].length + 10));
/** The text of an HTML page as a reader meets it, attribute values (aria-label, alt) included. */
const htmlText = (html: string) =>
  html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/[<>]/g, ' ')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec) => String.fromCodePoint(Number(dec)))
    .replace(/&(amp|lt|gt|quot|nbsp);/g, (_, name) => ({ amp: '&', lt: '<', gt: '>', quot: '"', nbsp: ' ' })[name as 'amp']);
/** Summaries and descriptions of a calendar file, unfolded and unescaped by ical.js. */
const icsText = (ics: string) =>
  new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((c) => { const e = new ICAL.Event(c); return `${e.summary}\n${e.description}`; }).join('\n');
const count = (text: string, part: string) => text.split(part).length - 1;
/** Texts of the matched elements without the template's surrounding white space. */
const trimmed = async (locator: Locator) => (await locator.allTextContents()).map((text) => text.trim());

const WENCHANG = '/routes/wenchang-chengshi-dangjian-guanmo/';
const WENCHANG_DISTANCE = '无法估算（各站只标出了同一大致位置）';
const WENCHANG_DURATION = '全程至少约 2 小时 40 分钟（3 段路上用时无法估算，未计入）';

async function download(page: Page, button: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return readFileSync((await file.path())!, 'utf8');
}

describe('legs that cannot be estimated', () => {
  it('no built page, GPX or calendar file presents a zero distance or time', () => {
    const files = listFiles(DIST).filter((file) => /\.(html|gpx|ics)$/.test(file));
    const texts = files.map((file) => {
      const raw = readFileSync(file, 'utf8');
      return { file, text: file.endsWith('.html') ? htmlText(raw) : file.endsWith('.ics') ? icsText(raw) : raw };
    });
    expect(texts.filter((t) => t.file.endsWith('.gpx')).length).toBeGreaterThanOrEqual(2);
    expect(texts.length).toBeGreaterThan(50);
    expect(texts.flatMap(({ file, text }) => zeroEstimates(text).map((hit) => `${file}: ${hit}`))).toEqual([]);
    // The scan does read the route pages: their honest wording is there.
    expect(texts.find((t) => t.file.endsWith('wenchang-chengshi-dangjian-guanmo/index.html'))!.text).toContain(UNKNOWN_LEG);
  });

  it('read the same on the listing, the route page, its print view and its GPX file', async () => {
    const { page } = await newPage({ javaScript: false });
    await page.goto(`${site.origin}/routes/`);
    const listing = await page.locator('li', { has: page.locator(`a[href="${WENCHANG}"]`) }).locator('[data-trip-summary]').textContent();
    expect(listing).toBe(`4 站 · 路程：${WENCHANG_DISTANCE} · ${WENCHANG_DURATION}`);

    await page.goto(site.origin + WENCHANG);
    expect(await page.locator('dt:text-is("路程") + dd').textContent()).toBe(WENCHANG_DISTANCE);
    expect(await page.locator('dt:text-is("用时") + dd').textContent()).toBe('参观约 2 小时 40 分钟，全程至少约 2 小时 40 分钟；3 段路上用时都无法估算');
    expect(await page.locator('dt:text-is("所在地")').count()).toBe(1);
    const pageLegs = await trimmed(page.locator('[data-leg]'));
    expect(pageLegs).toEqual(Array(3).fill(`前往下一站：${UNKNOWN_LEG}（后面的时间没有算上这段路）。`));

    await page.goto(`${site.origin}${WENCHANG}print/`);
    expect(await page.locator('[data-trip-summary]').textContent()).toBe(`08:30 出发 · 自驾 · 4 站 · 路程：${WENCHANG_DISTANCE} · ${WENCHANG_DURATION}，最早约 11:10 结束。`);
    expect(await trimmed(page.locator('.route-print-leg'))).toEqual([2, 3, 4].map((n) => `↓ 前往第 ${n} 站：${UNKNOWN_LEG}（后面的时间没有算上这段路）`));

    const gpx = await (await page.request.get(`${site.origin}/routes/wenchang-chengshi-dangjian-guanmo.gpx`)).text();
    const geojson = gpxToGeoJson(new DOMParser().parseFromString(gpx, 'text/xml') as unknown as Document);
    const descriptions = geojson.features.filter((f) => f.geometry?.type === 'Point').map((f) => String(f.properties?.desc));
    expect(descriptions.map((d) => count(d, UNKNOWN_LEG))).toEqual([1, 1, 1, 0]);
    expect(descriptions.every((d) => d.includes(UNKNOWN_HOURS))).toBe(true);
    expect(gpx).toContain(`4 站 · 路程：${WENCHANG_DISTANCE} · ${WENCHANG_DURATION}`);

    // A route with one leg known and one not: the total says which part it covers.
    await page.goto(`${site.origin}/routes/`);
    expect(await page.locator('li', { has: page.locator(`a[href="${ROUTE}"]`) }).locator('[data-trip-summary]').textContent()).toBe(
      '3 站 · 路程：已知路段直线约 13 公里（按大致位置估算），另有 1 段无法估算 · 全程至少约 3 小时 38 分钟（1 段路上用时无法估算，未计入）',
    );
  });

  it('read the same in the planner, its print view, GPX and calendar file after opening the Wenchang route', async () => {
    const { page, errors } = await newPage();
    await page.goto(site.origin + WENCHANG);
    await page.getByRole('link', { name: '在行程规划中打开' }).click();
    await page.locator('[data-timeline-stop]').first().waitFor();
    expect(await page.locator('[data-timeline-stop]').count()).toBe(4);

    const timeline = (await page.locator('#planner-timeline').textContent())!;
    const summary = (await page.locator('#planner-summary').textContent())!;
    expect(count(timeline, UNKNOWN_LEG)).toBe(3);
    expect(await page.locator('#planner-summary dt:text-is("路程") + dd').textContent()).toBe(WENCHANG_DISTANCE);
    expect(await page.locator('#planner-summary dt:text-is("结束") + dd').textContent()).toBe('最早约 11:10 结束');
    // Every stop's hours are unknown: each is flagged in the timeline.
    expect(await page.locator('[data-check="unverified"]').allTextContents()).toEqual(Array(4).fill(UNKNOWN_HOURS));
    // No navigation from the shared reference point to itself.
    expect(await page.getByRole('link', { name: /导航到下一站/ }).count()).toBe(0);

    // All four stops share one point: there is no shorter order to find, and the planner says why.
    await page.getByRole('button', { name: '按最短路程排序' }).click();
    expect(await status(page)).toBe('各站只标出了同一大致位置，无法按路程排序，请按实际情况手动调整顺序。');

    const gpx = await download(page, '下载 GPX 文件');
    const ics = await download(page, '下载日历文件（ICS）');
    const calendar = icsText(ics);
    expect(count(gpx, UNKNOWN_LEG)).toBe(6); // waypoints and route points
    expect(count(calendar, UNKNOWN_LEG)).toBe(3);
    expect(count(calendar, UNKNOWN_HOURS)).toBe(4);

    await page.getByRole('link', { name: '打印版（A4，带二维码）' }).click();
    await page.locator('#plan-print-qr svg').waitFor();
    const print = (await page.locator('#plan-print-body').textContent())!;
    expect(await page.locator('#plan-print-summary').textContent()).toContain(`4 站 · 路程：${WENCHANG_DISTANCE} · ${WENCHANG_DURATION}，最早约 11:10 结束。`);
    expect(count(print, UNKNOWN_LEG)).toBe(3);
    expect(count(print, UNKNOWN_HOURS)).toBe(4);

    for (const [what, text] of Object.entries({ timeline, summary, gpx, calendar, print })) expect(zeroEstimates(text), what).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('the planner tells what it cannot know', () => {
  const MEMORIAL = 'lingao-lieshi-jinianbei';
  const planFor = (date: string, start: string) => `?stops=${MEMORIAL}:30&date=${date}&start=${start}&mode=bus`;
  const caution = (page: Page) => page.locator(`[data-timeline-stop="${MEMORIAL}"] [data-caution]`);

  it('cautions a group arriving at the memorial at 20:15 on 1 October, in the timeline, the print view and the calendar file', async () => {
    const { page, errors } = await newPage();
    await page.goto(site.origin + PLANNER + planFor('2026-10-01', '20:15'));
    await plannerReady(page);
    const expected = '注意：计划在国庆节假期的晚上到达（20:15），很可能已闭馆，建议改到白天。';
    expect(await page.locator(`[data-timeline-stop="${MEMORIAL}"] [data-check]`).textContent()).toBe(UNKNOWN_HOURS);
    expect(await caution(page).textContent()).toBe(expected);
    expect(await page.locator('[data-warning-count]').getAttribute('data-warning-count')).toBe('1');
    expect(icsText(await download(page, '下载日历文件（ICS）'))).toContain(`${UNKNOWN_HOURS}${expected}`);
    await page.getByRole('link', { name: '打印版（A4，带二维码）' }).click();
    await page.locator('#plan-print-qr svg').waitFor();
    expect(await page.locator('#plan-print-rows tr[data-stop] td:last-child').textContent()).toBe(`${UNKNOWN_HOURS}${expected}地图位置为大致位置。`);
    expect(errors).toEqual([]);
  });

  it('cautions an evening arrival and a public-holiday arrival on their own, and follows a change of time', async () => {
    const { page, errors } = await newPage();
    await page.goto(site.origin + PLANNER + planFor('2026-12-01', '20:15'));
    await plannerReady(page);
    expect(await caution(page).textContent()).toBe('注意：计划在晚上到达（20:15），很可能已闭馆，建议改到白天。');
    // Moved to the morning: the flag stays, the caution goes.
    await page.fill('#planner-start', '09:00');
    await expect.poll(() => caution(page).count()).toBe(0);
    expect(await page.locator('[data-check="unverified"]').textContent()).toBe(UNKNOWN_HOURS);
    expect(await page.locator('[data-warning-count]').count()).toBe(0);
    // The same morning on a public holiday.
    await page.fill('#planner-date', '2026-10-02');
    await expect.poll(() => caution(page).textContent()).toBe('注意：计划在国庆节假期到达，节假日可能闭馆或需要预约。');
    expect(errors).toEqual([]);
  });
});

describe('layout', () => {
  const LINGAO_PLAN = '?stops=lingao-yida-huiyizhi:45,lingao-lieshi-jinianbei:30,hainan-jiefang-gongyuan:90&date=2026-10-01&start=08:30&mode=bus';
  const box = async (page: Page, selector: string) => (await page.locator(selector).boundingBox())!;

  for (const elder of [false, true]) {
    it(`puts the stops and the timeline side by side at 1280 px and one after the other at 360 px${elder ? ' (elder mode)' : ''}`, async () => {
      const { page } = await newPage({ viewport: DESKTOP, elder });
      await page.goto(site.origin + PLANNER + LINGAO_PLAN);
      await plannerReady(page);
      await page.locator('[data-timeline-stop]').first().waitFor();
      const [stops, timeline] = [await box(page, '#planner-stops'), await box(page, '#planner-timeline')];
      expect(timeline.x).toBeGreaterThanOrEqual(stops.x + stops.width);
      expect(Math.abs(timeline.y - stops.y)).toBeLessThan(24);

      await page.setViewportSize(PHONE);
      const [phoneStops, phoneTimeline] = [await box(page, '#planner-stops'), await box(page, '#planner-timeline')];
      expect(phoneTimeline.y).toBeGreaterThan(phoneStops.y + phoneStops.height);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    });

    it(`shows both print views on a 360 px phone without horizontal scrolling, in readable type${elder ? ' (elder mode)' : ''}`, async () => {
      const { page } = await newPage({ viewport: PHONE, elder });
      for (const path of [`${ROUTE}print/`, `${WENCHANG}print/`, `/routes/plan/print/${LINGAO_PLAN}`]) {
        await page.goto(site.origin + path);
        await page.locator('.route-print-table tr[data-stop]').first().waitFor();
        expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(PHONE.width);
        const cells = await page.locator('.route-print-table tr[data-stop] > *').evaluateAll((els) =>
          els.map((el) => ({ size: parseFloat(getComputedStyle(el).fontSize), right: el.getBoundingClientRect().right })),
        );
        expect(Math.min(...cells.map((c) => c.size)), path).toBeGreaterThanOrEqual(16);
        expect(Math.max(...cells.map((c) => c.right)), path).toBeLessThanOrEqual(PHONE.width);
      }
    });
  }
});
