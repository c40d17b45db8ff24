/**
 * Service points and workstations in a real browser: the finder's filters, counts and URL state,
 * near-me with a mocked position, open-now at fixed Shanghai times, and the pages without JS.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check as checkGeoJson } from '@placemarkio/check-geojson';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../../tools/browser.ts';
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

async function pageWith(options: Parameters<Browser['newContext']>[0] = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 }, ...options });
  return { context, page: await context.newPage() };
}
const status = (page: Page) => page.locator('[data-finder-status]').textContent();
const visiblePlaces = (page: Page) => page.locator('[data-grouped-list] li[data-place]:visible').evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.place));

describe('service point finder', () => {
  it('filters by service and region with the count of matches, and keeps the state in the URL', async () => {
    const { context, page } = await pageWith();
    await page.goto(`${site.origin}/service-points/`);
    expect(await status(page)).toBe('共 3 处，符合条件的 3 处。');
    await page.selectOption('select[name=service]', 'reading-corner');
    expect(await status(page)).toBe('共 3 处，符合条件的 1 处。');
    expect(await visiblePlaces(page)).toEqual(['xinfeng-shequ']);
    expect(new URL(page.url()).search).toBe('?service=reading-corner');

    // A shared link restores the same list.
    await page.goto(`${site.origin}/service-points/?region=wenchang&community=wenjianxi`);
    expect(await page.inputValue('select[name=community]')).toBe('wenjianxi');
    expect(await visiblePlaces(page)).toEqual(['wenjianxi-shequ']);
    // A value that no longer exists is ignored rather than emptying the list.
    await page.goto(`${site.origin}/service-points/?kind=no-such-kind`);
    expect(await status(page)).toBe('共 3 处，符合条件的 3 处。');
    await context.close();
  });

  it('offers only the towns of the chosen region', async () => {
    const { context, page } = await pageWith();
    await page.goto(`${site.origin}/workstations/?region=lingao`);
    const towns = await page.locator('select[name=town] option:not([hidden])').evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value));
    expect(towns.every((t) => t === '' || t === 'lincheng')).toBe(true);
    expect(await visiblePlaces(page)).toEqual(expect.arrayContaining(['lingao-haigui-rencai-gongzuozhan', 'lingao-qingnian-chuangye-jidi']));
    await context.close();
  });

  it('sorts by distance from the visitor (mocked position) and shows the distance', async () => {
    // A few dozen metres from the Lingao county seat, where Lingao's two workstations are placed.
    const { context, page } = await pageWith({ geolocation: { longitude: 109.6905, latitude: 19.9125 }, permissions: ['geolocation'] });
    await page.goto(`${site.origin}/workstations/`);
    await page.click('[data-near-me]');
    await page.locator('[data-nearest]').waitFor({ state: 'visible' });
    const order = await page.locator('[data-nearest-list] > li').evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.place));
    expect(order.slice(0, 2).sort()).toEqual(['lingao-haigui-rencai-gongzuozhan', 'lingao-qingnian-chuangye-jidi']);
    expect(await page.locator('[data-nearest-list] > li').first().textContent()).toMatch(/约 \d+ 米，在十分钟服务圈内/);
    expect(await page.locator('[data-nearest-list] > li').last().textContent()).toMatch(/约 \d+ 公里/);
    expect(await page.locator('[data-nearest-note]').textContent()).toContain('十分钟服务圈（步行约 720 米内）：2 处');
    await context.close();
  });

  it('sorts from a chosen town when the visitor gives no position', async () => {
    const { context, page } = await pageWith();
    await page.goto(`${site.origin}/workstations/?from=town:longlou`);
    const first = await page.locator('[data-nearest-list] > li').first().getAttribute('data-place');
    expect(first).toBe('longlou-houniao-rencai-gongzuozhan');
    await context.close();
  });

  it('without JavaScript the listing is complete and grouped, and the finder stays hidden', async () => {
    const { context, page } = await pageWith({ javaScriptEnabled: false });
    await page.goto(`${site.origin}/service-points/`);
    expect(await page.locator('[data-place-finder]').isVisible()).toBe(false);
    expect(await page.locator('[data-grouped-list] li[data-place]').count()).toBe(3);
    expect(await page.locator('[data-grouped-list] h3').allTextContents()).toContain('文城镇');
    await page.goto(`${site.origin}/service-points/kind/party-mass-center/`);
    expect(await page.locator('[data-grouped-list] li[data-place]').evaluateAll((i) => i.map((x) => (x as HTMLElement).dataset.place))).toEqual(['lingcun-dangqun-fuwu-zhongxin']);
    await context.close();
  });
});

describe('place detail pages', () => {
  it('say plainly that details are unconfirmed and give map links in the right coordinate systems', async () => {
    const html = readFileSync(join(DIST, 'service-points/xinfeng-shequ/index.html'), 'utf8');
    expect(html).toContain('地址、开放时间、电话等信息尚未核实');
    expect(html).toContain('开放时间尚未核实');
    expect(html).toMatch(/https:\/\/uri\.amap\.com\/navigation\?to=[\d.]+,[\d.]+,/);
    expect(html).toContain('https://www.openstreetmap.org/?mlat=19.615&mlon=110.753#map=16/19.615/110.753');
    expect(html).toContain('示意图');
    const jsonLd = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)].map((m) => JSON.parse(m[1]));
    expect(jsonLd).toContainEqual(expect.objectContaining({ '@type': ['GovernmentOffice', 'CivicStructure'], geo: { '@type': 'GeoCoordinates', longitude: 110.753, latitude: 19.615 } }));
  });
});

describe('open data', () => {
  it.each(['service-points', 'workstations'])('%s.geojson is valid RFC 7946 and lists every entry', (name) => {
    const text = readFileSync(join(DIST, `data/${name}.geojson`), 'utf8');
    const geojson = checkGeoJson(text) as unknown as { features: Array<{ id: string; geometry: { coordinates: number[] } | null }> };
    const pages = readFileSync(join(DIST, `${name}/index.html`), 'utf8').match(/data-place="[^"]+"/g) ?? [];
    expect(geojson.features.map((f) => f.id).sort()).toEqual(pages.map((p) => p.slice(12, -1)).sort());
    for (const feature of geojson.features) {
      const [lng, lat] = feature.geometry!.coordinates;
      expect(lng).toBeGreaterThan(108.5);
      expect(lat).toBeLessThan(20.3);
    }
  });
});

/** The shared fixture site (tests/fixtures/site-fixture.ts): one service point with hours, built as of 2026-09-15. */
describe('open now, in Asia/Shanghai time, with holidays and adjusted working days', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await startStaticServer(inject('fixtureDist'));
  });
  afterAll(async () => {
    await server?.close();
  });

  // The visitor's browser is in New York: results must still be Shanghai's.
  async function statusAt(shanghaiTime: string, path = '/service-points/fixture-open-hours/') {
    const { context, page } = await pageWith({ timezoneId: 'America/New_York' });
    await page.clock.setFixedTime(new Date(`${shanghaiTime}+08:00`));
    await page.goto(server.origin + path);
    const text = (await page.locator('[data-open-now-status]').textContent())!.trim();
    await context.close();
    return text;
  }

  it.each([
    ['a weekday morning', '2026-09-16T09:00:00', '正在开放，12:00 关门'],
    ['the lunch break', '2026-09-16T12:30:00', '已关闭，14:30 开门'],
    ['a Sunday', '2026-10-18T10:00:00', '已关闭，周一 08:00 开门'],
    ['a public holiday', '2026-10-01T10:00:00', '今天休息（国庆节），10月8日 08:00 开门'],
    ['an adjusted working Saturday (follows the calendar weekday)', '2026-10-10T10:00:00', '正在开放'],
    ['a day near a holiday of a year not in the calendar yet', '2027-01-04T10:00:00', '2027年的节假日安排本站尚未录入，元旦法定假日为1月1日，其后是否调休请先电话确认'],
    ['a statutory holiday of that year', '2027-10-01T10:00:00', '今天休息（国庆节）。2027年的节假日安排本站尚未录入'],
    ['an ordinary day of that year', '2027-03-16T10:00:00', '正在开放，12:00 关门（按平常的开放时间；2027年的节假日安排本站尚未录入）'],
  ])('%s', async (_when, time, expected) => {
    expect(await statusAt(time)).toContain(expected);
  });

  it('late in the year, the coming fortnight says from which day the holidays are not known yet', async () => {
    const { context, page } = await pageWith({});
    await page.clock.setFixedTime(new Date('2026-12-24T09:00:00+08:00'));
    await page.goto(`${server.origin}/service-points/fixture-open-hours/`);
    const closures = (await page.locator('[data-open-now-closures]').textContent())!;
    expect(closures).toContain('1月1日（周五）：休息，元旦');
    expect(closures).toContain('2027年的节假日安排本站尚未录入，元旦法定假日为1月1日，前后是否调休请先电话确认。');
    expect(await page.locator('[data-open-now-holidays]').textContent()).toMatch(/^上表是平常的开放时间。2027年法律规定的假日：元旦1月1日；春节2月5日至8日（除夕至正月初三）；/);
    await context.close();
  });

  it('the weekly table and the coming closures are in the HTML without JavaScript', async () => {
    const { context, page } = await pageWith({ javaScriptEnabled: false });
    await page.goto(`${server.origin}/service-points/fixture-open-hours/`);
    expect(await page.locator('tr[data-day=Mo] td').textContent()).toBe('08:00–12:00，14:30–17:30');
    expect(await page.locator('tr[data-day=Su] td').textContent()).toBe('休息');
    expect(await page.locator('[data-open-now-closures]').textContent()).toContain('中秋节');
    await context.close();
  });

  it('"open now" in the finder counts only places open at that moment', async () => {
    const { context, page } = await pageWith({ timezoneId: 'Europe/London' });
    await page.clock.setFixedTime(new Date('2026-09-16T09:00:00+08:00'));
    await page.goto(`${server.origin}/service-points/?open=1`);
    expect(await visiblePlaces(page)).toEqual(['fixture-open-hours']);
    expect(await status(page)).toBe('共 4 处，符合条件的 1 处。开放安排尚未核实的 3 处不计入“现在开放”。');
    await page.clock.setFixedTime(new Date('2026-09-16T13:00:00+08:00'));
    await page.reload();
    expect(await visiblePlaces(page)).toEqual([]);
    expect(await status(page)).toBe('共 4 处，符合条件的 0 处。开放安排尚未核实的 3 处不计入“现在开放”。');
    await context.close();
  });

  it('"open now" counts a place with hours as unverified on a day the holiday calendar does not cover', async () => {
    const { context, page } = await pageWith({});
    await page.clock.setFixedTime(new Date('2027-01-04T09:00:00+08:00'));
    await page.goto(`${server.origin}/service-points/?open=1`);
    expect(await visiblePlaces(page)).toEqual([]);
    expect(await status(page)).toBe('共 4 处，符合条件的 0 处。开放安排尚未核实的 4 处不计入“现在开放”。');
    await context.close();
  });
});
