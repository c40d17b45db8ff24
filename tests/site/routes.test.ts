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
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distanceMeters } from '../../src/lib/geo/distance.ts';
import type { PlannerPlace } from '../../src/lib/routes/planner-data.ts';
import { checkA11y, formatViolations } from './lib/a11y.ts';
import { collectErrors, launchBrowser, newGuardedContext, type GuardedContext } from '../../tools/browser.ts';
import { DIST } from '../../tools/paths.ts';
import { startStaticServer, type StaticServer } from '../../tools/static-server.ts';

const PLANNER = '/routes/plan/';
const ROUTE = '/routes/lingao-hongse-jiaoyu-xianlu/';
const FOUR = ['hainan-jiefang-gongyuan', 'wenchang-yanxue-jiaoyu-jidi', 'lingao-yida-huiyizhi', 'lingao-lieshi-jinianbei'];

let browser: Browser;
let site: StaticServer;
const contexts: GuardedContext[] = [];
beforeAll(async () => {
  browser = await launchBrowser();
  site = await startStaticServer(DIST);
});
afterAll(async () => {
  for (const { context, foreignRequests } of contexts) {
    await context.close();
    expect(foreignRequests, 'no request may leave the site').toEqual([]);
  }
  await site?.close();
  await browser?.close();
});

async function newPage(options: { javaScript?: boolean } = {}): Promise<{ page: Page; errors: string[] }> {
  const guarded = await newGuardedContext(browser, site.origin);
  if (options.javaScript === false) {
    // newGuardedContext has no switch for JS; a context of its own keeps the same request guard.
    await guarded.context.close();
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'zh-CN' });
    const foreignRequests: GuardedContext['foreignRequests'] = [];
    await context.route('**/*', (route) => {
      if (new URL(route.request().url()).origin === site.origin) return route.continue();
      foreignRequests.push({ url: route.request().url(), from: '' });
      return route.abort('blockedbyclient');
    });
    contexts.push({ context, foreignRequests });
    const page = await context.newPage();
    return { page, errors: collectErrors(page) };
  }
  contexts.push(guarded);
  const page = await guarded.context.newPage();
  return { page, errors: collectErrors(page) };
}

const stopOrder = (page: Page) => page.locator('#planner-stops > li').evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.stop));
const timelineOrder = (page: Page) => page.locator('[data-timeline-stop]').evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.timelineStop));
const status = (page: Page) => page.locator('#planner-status').textContent();
const places = async (page: Page) =>
  new Map((JSON.parse((await page.locator('#planner-places').getAttribute('data-places'))!) as PlannerPlace[]).map((p) => [p.id, p]));
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
    expect(await status(page)).toMatch(/^已按最短路程重新排序：直线总路程从约 \d+ 公里缩短到约 \d+ 公里。$/);
    expect(await page.locator('#planner-summary').textContent()).not.toBe(lengthBefore);
    // Pressing it again leaves the order alone.
    await page.getByRole('button', { name: '按最短路程排序' }).click();
    expect(await stopOrder(page)).toEqual(order);
    expect(await status(page)).toContain('当前顺序已经是最短的');

    // The address carries the whole plan: a reload, and a fresh browser without saved state, show it again.
    const address = page.url();
    const timelineText = await page.locator('#planner-timeline').textContent();
    await page.reload();
    expect(await stopOrder(page)).toEqual(order);
    expect(await page.locator('#planner-timeline').textContent()).toBe(timelineText);
    const { page: other } = await newPage();
    await other.goto(address);
    expect(await stopOrder(other)).toEqual(order);
    expect(await other.inputValue('#planner-date')).toBe('2026-12-01');
    expect(await other.inputValue('#planner-start')).toBe('08:00');
    expect(await other.inputValue('#planner-mode')).toBe('car');
    expect(await other.locator('#planner-timeline').textContent()).toBe(timelineText);
    // No opening hours are on record for these places yet: each stop says so.
    expect(await other.locator('[data-check="unverified"]').count()).toBe(4);
    expect(await other.locator('#planner-timeline').textContent()).toContain('开放时间未核实');
    expect(errors).toEqual([]);
  });

  it('exports the plan as GPX and iCalendar that read back as the same points and times', async () => {
    const { page, errors } = await newPage();
    const plan = '?stops=hainan-jiefang-gongyuan:90,lingao-yida-huiyizhi:45,lingao-lieshi-jinianbei:30,wenchang-yanxue-jiaoyu-jidi:60&date=2026-12-01&start=08:30&mode=bus';
    await page.goto(site.origin + PLANNER + plan);
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
    await page.getByRole('link', { name: '打印版（A4，带二维码）' }).click();
    await page.waitForURL(/\/routes\/plan\/print\//);
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
    expect(await stopOrder(page)).toEqual(['hainan-jiefang-gongyuan']);
    await page.goto(`${site.origin}/workstations/wenchang-yanxue-jiaoyu-jidi/`);
    await page.getByRole('link', { name: '加入我的行程' }).click();
    await page.waitForURL(/\/routes\/plan\/\?stops=hainan/);
    expect(await stopOrder(page)).toEqual(['hainan-jiefang-gongyuan', 'wenchang-yanxue-jiaoyu-jidi']);
    expect(await status(page)).toBe('已把“研学教育基地”加入行程，是第 2 站。');
    // Adding one that is already there says so instead of duplicating it.
    await page.goto(`${site.origin}${PLANNER}?add=hainan-jiefang-gongyuan`);
    expect(await stopOrder(page)).toEqual(['hainan-jiefang-gongyuan', 'wenchang-yanxue-jiaoyu-jidi']);
    expect(await status(page)).toBe('“海南解放公园”已在行程中。');
    await page.getByRole('button', { name: '清空行程' }).click();
    expect(await stopOrder(page)).toEqual([]);
    expect(await page.locator('#planner-empty').isVisible()).toBe(true);
    expect(errors).toEqual([]);
  });

  it('opens a ready-made route in the planner, with a chosen date and start time from the route page', async () => {
    const { page, errors } = await newPage();
    await page.goto(site.origin + ROUTE);
    await page.fill('#route-date', '2026-10-01');
    await page.fill('#route-start', '09:15');
    await page.getByRole('button', { name: '查看这天的安排' }).click();
    await page.waitForURL(/\/routes\/plan\//);
    expect(await stopOrder(page)).toEqual(['lingao-yida-huiyizhi', 'lingao-lieshi-jinianbei', 'hainan-jiefang-gongyuan']);
    expect(query(page)).toBe('?stops=lingao-yida-huiyizhi:45,lingao-lieshi-jinianbei:30,hainan-jiefang-gongyuan:90&date=2026-10-01&start=09:15&mode=bus');
    expect(await page.locator('[data-timeline-stop] time').first().textContent()).toBe('09:15');
    expect(errors).toEqual([]);
  });

  it('passes axe with a plan loaded', async () => {
    const { page } = await newPage();
    await page.goto(`${site.origin}${PLANNER}?stops=${FOUR.map((id) => `${id}:30`).join(',')}&date=2026-12-01`);
    await page.locator('#planner-stops > li').first().waitFor();
    expect(formatViolations('planner', await checkA11y(page))).toBe('');
  });
});

describe('planner by keyboard alone', () => {
  it('adds, moves and removes stops with Tab, arrow keys, Enter and Space, with focus visible', async () => {
    const { page, errors } = await newPage();
    await page.goto(site.origin + PLANNER);
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
    expect(await page.locator('[data-hours-check]').first().textContent()).toBe('开放时间未核实，请提前联系确认。');
    expect(await page.getByRole('link', { name: /导航到下一站/ }).count()).toBe(2);
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
    expect(trip.itinerary.itemListElement.map((e: { item: { geo: { longitude: number; latitude: number } } }) => [e.item.geo.longitude, e.item.geo.latitude])).toEqual(
      geojson.features.filter((f) => f.geometry?.type === 'Point').map((f) => (f.geometry as GeoJSON.Point).coordinates),
    );

    // The print view is static too: table, map and a QR code to the route page.
    await page.getByRole('link', { name: '打印版（A4，带二维码）' }).click();
    await page.waitForURL(/\/print\/$/);
    expect(await page.locator('table tr[data-stop]').count()).toBe(3);
    expect(await page.locator('.route-qr svg[role="img"]').count()).toBe(1);
    expect(await page.locator('.route-qr figcaption').textContent()).toContain('https://dangjian.example.gov.cn/routes/lingao-hongse-jiaoyu-xianlu/');

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
    expect(nearby).toEqual(['临高县革命烈士纪念碑：两处都只标出了同一大致位置，实际距离未知', '海南解放公园：直线约 13 公里（按大致位置估算）']);
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
