/**
 * Service points and workstations in a real browser: results before the filters on a phone, the
 * finder offering only what the data can answer, its filters, counts and URL state, near me with a
 * mocked position (exact positions by distance, the rest by town), open now at fixed Shanghai
 * times, region-first listings that fetch a region's data on demand, and the pages without JS.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check as checkGeoJson } from '@placemarkio/check-geojson';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { pageMode } from '../../tools/browser.ts';
import { DIST, FIXTURE_ROOT } from '../../tools/paths.ts';
import { startStaticServer, type StaticServer } from '../../tools/static-server.ts';
import { usePagePool } from './lib/page-pool.ts';
import { useBrowserAndServer } from './lib/session.ts';

const session = useBrowserAndServer(DIST);

const pageWith = usePagePool(() => session.browser);
const status = (page: Page) => page.locator('[data-finder-status]').textContent();
const activeCount = (page: Page) => page.locator('[data-active-count]').textContent();
const placesIn = (page: Page, selector: string) => page.locator(selector).evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.place));
const visiblePlaces = (page: Page) => placesIn(page, '[data-grouped-list] li[data-place]:visible');
const VIEWPORTS = [
  { width: 360, height: 800 },
  { width: 1280, height: 900 },
];
const MODES = [false, true].map((elder) => ({ elder, mode: elder ? 'elder mode' : 'normal mode' }));

/** The top of the listing's first visible result (a place, or a region's counts), in page pixels. */
const firstResultTop = (page: Page) =>
  page.evaluate(() => {
    const first = [...document.querySelectorAll<HTMLElement>('[data-grouped-list] li[data-place], [data-grouped-list] [data-region-overview]')].find((e) => e.offsetParent);
    return first ? first.getBoundingClientRect().top + scrollY : Infinity;
  });

describe('results come first, on a phone and a desktop, in both modes', () => {
  for (const viewport of VIEWPORTS) {
    for (const { elder, mode } of MODES) {
      it.each(['/service-points/', '/workstations/', '/service-points/region/wenchang/', '/workstations/region/lingao/'])(`%s at ${viewport.width}×${viewport.height}, ${mode}`, async (path) => {
        const page = await pageWith({ viewport, elder });
        await page.goto(session.server.origin + path);
        expect(await pageMode(page)).toBe(elder ? 'elder' : '');
        // The finder is one closed line above the results, not a screen of controls.
        expect(await page.locator('details[data-finder]').isVisible()).toBe(true);
        expect(await page.locator('details[data-finder]').getAttribute('open')).toBeNull();
        const top = await firstResultTop(page);
        // The site header is not the finder's: issue 12 holds it to a quarter of the first screen. Below
        // it, only the title with the count and the finder's one-line summary come before the results.
        const header = (await page.locator('body > header').boundingBox())!;
        expect(top - (header.y + header.height), 'the first result starts within the first screen').toBeLessThan(0.75 * viewport.height);
        if (!elder) expect(top).toBeLessThan(viewport.height);
      });
    }
  }
});

describe('the finder offers only what the data can answer', () => {
  it('has no open-now filter when no place has hours, and says what to do instead', async () => {
    const page = await pageWith();
    for (const path of ['/service-points/', '/workstations/']) {
      await page.goto(session.server.origin + path);
      await page.click('details[data-finder] summary');
      expect(await page.locator('input[name=open]').count()).toBe(0);
      expect(await page.locator('[data-no-hours]').textContent()).toContain('当地政务服务热线 12345');
      // Not a single place has an exact position: no distance sort, and the page says why.
      expect(await page.locator('[data-near-me], select[name=from]').count()).toBe(0);
      expect(await page.locator('[data-no-exact]').textContent()).toContain('还没有核实的准确位置');
    }
    // A link that asks for open now or a sort anyway changes nothing.
    await page.goto(`${session.server.origin}/workstations/?open=1&from=town:longlou`);
    expect(await page.locator('[data-nearest]').isVisible()).toBe(false);
    expect(await visiblePlaces(page)).toHaveLength(7);
  });

  it('leaves out a filter with only one possible value', async () => {
    const page = await pageWith();
    await page.goto(`${session.server.origin}/service-points/`);
    // Every service point is in Wenchang's Wencheng: no region or town choice to make.
    expect(await page.locator('select[name=region], select[name=town]').count()).toBe(0);
    expect(await page.locator('select[name=kind] option').count()).toBe(3);
    await page.goto(`${session.server.origin}/workstations/`);
    expect(await page.locator('select[name=region]').count()).toBe(1);
    await page.goto(`${session.server.origin}/workstations/region/lingao/`);
    expect(await page.locator('select[name=region]').count()).toBe(0);
  });

  it.each(MODES)('never breaks a label letter by letter at 360 px ($mode)', async ({ elder }) => {
    const page = await pageWith({ viewport: { width: 360, height: 800 }, elder });
    for (const path of ['/service-points/', '/workstations/']) {
      await page.goto(session.server.origin + path);
      await page.click('details[data-finder] summary');
      const broken = await page.evaluate(() =>
        [...document.querySelectorAll('details[data-finder] :is(summary, label, legend, button)')].flatMap((element) => {
          const text = [...element.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim().length > 1);
          if (!text || !(element as HTMLElement).offsetParent) return [];
          const range = document.createRange();
          range.selectNodeContents(text);
          const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
          // A label of a few characters fits one line; one on several lines was squeezed into a narrow cell.
          return lines > 1 && text.textContent!.trim().length <= 8 ? [text.textContent!.trim()] : [];
        }),
      );
      expect(broken, path).toEqual([]);
    }
  });
});

describe('service point finder', () => {
  it('filters by service with the count of matches, shows the active count, and keeps the state in the URL', async () => {
    const page = await pageWith();
    await page.goto(`${session.server.origin}/service-points/`);
    expect(await activeCount(page)).toBe('未筛选');
    expect(await status(page)).toBe('');
    await page.click('details[data-finder] summary');
    await page.selectOption('select[name=service]', 'reading-corner');
    expect(await status(page)).toBe('共 3 处，符合条件的 1 处。');
    expect(await activeCount(page)).toBe('已选 1 项');
    expect(await visiblePlaces(page)).toEqual(['xinfeng-shequ']);
    expect(new URL(page.url()).search).toBe('?service=reading-corner');

    // A shared link restores the same list, and the closed disclosure says two filters are on.
    await page.goto(`${session.server.origin}/service-points/?kind=community-station&community=wenjianxi`);
    expect(await page.inputValue('select[name=community]')).toBe('wenjianxi');
    expect(await visiblePlaces(page)).toEqual(['wenjianxi-shequ']);
    expect(await activeCount(page)).toBe('已选 2 项');
    // A value that no longer exists is ignored rather than emptying the list.
    await page.goto(`${session.server.origin}/service-points/?kind=no-such-kind`);
    expect(await visiblePlaces(page)).toHaveLength(3);
    expect(await activeCount(page)).toBe('未筛选');
    // The form's one button clears every filter, and the URL with them.
    await page.goto(`${session.server.origin}/service-points/?service=reading-corner`);
    await page.click('details[data-finder] summary');
    await page.click('button[type=reset]');
    await expect.poll(() => visiblePlaces(page)).toHaveLength(3);
    expect(new URL(page.url()).search).toBe('');
    expect(await activeCount(page)).toBe('未筛选');
  });

  it('offers only the towns of the chosen region', async () => {
    const page = await pageWith();
    await page.goto(`${session.server.origin}/workstations/?region=lingao`);
    expect((await visiblePlaces(page))!.sort()).toEqual(['lingao-haigui-rencai-gongzuozhan', 'lingao-qingnian-chuangye-jidi']);
    // Lingao's workstations name no town: none to choose there.
    const offered = () => page.locator('select[name=town] option:not([hidden])').evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value));
    expect(await offered()).toEqual(['']);
    await page.click('details[data-finder] summary');
    await page.selectOption('select[name=region]', 'wenchang');
    expect(await offered()).toEqual(['', 'longlou', 'qinglan']);
  });

  it('without JavaScript the listing is complete and grouped, and the finder stays hidden', async () => {
    const page = await pageWith({ javaScriptEnabled: false });
    await page.goto(`${session.server.origin}/service-points/`);
    expect(await page.locator('details[data-finder]').isVisible()).toBe(false);
    expect(await page.locator('[data-grouped-list] li[data-place]').count()).toBe(3);
    expect(await page.locator('[data-grouped-list] h2').allTextContents()).toContain('文城镇');
    await page.goto(`${session.server.origin}/service-points/kind/party-mass-center/`);
    expect(await placesIn(page, '[data-grouped-list] li[data-place]')).toEqual(['lingcun-dangqun-fuwu-zhongxin']);
  });
});

describe('place detail pages', () => {
  it('say plainly that details are unconfirmed and give map links in the right coordinate systems', async () => {
    const html = readFileSync(join(DIST, 'service-points/xinfeng-shequ/index.html'), 'utf8');
    expect(html).toContain('地址、开放时间、电话等信息尚未核实');
    expect(html).toContain('当地政务服务热线 12345');
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

/**
 * The shared fixture site (tests/fixtures/site-fixture.ts): places with hours, telephones, exact and
 * approximate positions (and none), built as of 2026-09-15, with at most 3 places listed one by one
 * per page: the index pages list regions, Wenchang lists its towns, each on its own page.
 */
describe('a fixture site: hours, exact and approximate positions, listings too big for one page', () => {
  let fixtureDist: string;
  let server: StaticServer;
  beforeAll(async () => {
    fixtureDist = inject('fixtureDist');
    server = await startStaticServer(fixtureDist);
  });
  afterAll(async () => {
    await server?.close();
  });

  describe('open now, in Asia/Shanghai time, with holidays and adjusted working days', () => {
    // The visitor's browser is in New York: results must still be Shanghai's.
    async function statusAt(shanghaiTime: string, path = '/service-points/fixture-open-hours/') {
      const page = await pageWith({ timezoneId: 'America/New_York', fixedTime: new Date(`${shanghaiTime}+08:00`) });
      await page.goto(server.origin + path);
      return (await page.locator('[data-open-now-status]').textContent())!.trim();
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
      const page = await pageWith({ fixedTime: new Date('2026-12-24T09:00:00+08:00') });
      await page.goto(`${server.origin}/service-points/fixture-open-hours/`);
      const closures = (await page.locator('[data-open-now-closures]').textContent())!;
      expect(closures).toContain('1月1日（周五）：休息，元旦');
      expect(closures).toContain('2027年的节假日安排本站尚未录入，元旦法定假日为1月1日，前后是否调休请先电话确认。');
      expect(await page.locator('[data-open-now-holidays]').textContent()).toMatch(/^上表是平常的开放时间。2027年法律规定的假日：元旦1月1日；春节2月5日至8日（除夕至正月初三）；/);
    });

    it('the weekly table and the coming closures are in the HTML without JavaScript', async () => {
      const page = await pageWith({ javaScriptEnabled: false });
      await page.goto(`${server.origin}/service-points/fixture-open-hours/`);
      expect(await page.locator('tr[data-day=Mo] td').textContent()).toBe('08:00–12:00，14:30–17:30');
      expect(await page.locator('tr[data-day=Su] td').textContent()).toBe('休息');
      expect(await page.locator('[data-open-now-closures]').textContent()).toContain('中秋节');
    });
  });

  it("the status in the HTML names the build's own day in Shanghai, the day it was worked out for", () => {
    const html = readFileSync(join(fixtureDist, 'service-points/fixture-open-hours/index.html'), 'utf8');
    // Built as of 2026-09-15 00:00 in Shanghai, which is still 14 September in UTC.
    expect(html).toContain('（按 2026年9月15日 的情况；以现场公告为准）');
  });

  it('a confirmed-looking telephone is a tel: link that does not break at its hyphen', () => {
    const html = readFileSync(join(fixtureDist, 'service-points/fixture-exact-donglu/index.html'), 'utf8');
    expect(html).toContain('<a href="tel:089863331234">0898\u201163331234</a>');
  });

  describe('"open now" in the finder', () => {
    it('is offered where some place has hours, and counts only places open at that moment', async () => {
      const page = await pageWith({ timezoneId: 'Europe/London', fixedTime: new Date('2026-09-16T09:00:00+08:00') });
      await page.goto(`${server.origin}/service-points/region/lingao/?open=1`);
      expect(await page.locator('input[name=open]').isChecked()).toBe(true);
      expect(await visiblePlaces(page)).toEqual(['fixture-exact-lingao']);
      expect(await status(page)).toBe('共 3 处，符合条件的 1 处。开放安排尚未核实的 2 处不计入“现在开放”。');
      await page.clock.setFixedTime(new Date('2026-09-16T13:00:00+08:00'));
      await page.reload();
      expect(await visiblePlaces(page)).toEqual([]);
      expect(await status(page)).toBe('共 3 处，符合条件的 0 处。开放安排尚未核实的 2 处不计入“现在开放”。');
    });

    it('uses the schedules of a region fetched on demand', async () => {
      const page = await pageWith({ fixedTime: new Date('2026-09-16T15:00:00+08:00') });
      await page.goto(`${server.origin}/service-points/?region=wenchang&open=1`);
      await expect.poll(() => visiblePlaces(page)).toEqual(['fixture-open-hours']);
      expect(await status(page)).toBe('共 5 处，符合条件的 1 处。开放安排尚未核实的 4 处不计入“现在开放”。');
    });

    it('counts a place with hours as unverified on a day the holiday calendar does not cover', async () => {
      const page = await pageWith({ fixedTime: new Date('2027-01-04T09:00:00+08:00') });
      await page.goto(`${server.origin}/service-points/region/lingao/?open=1`);
      expect(await visiblePlaces(page)).toEqual([]);
      expect(await status(page)).toBe('共 3 处，符合条件的 0 处。开放安排尚未核实的 3 处不计入“现在开放”。');
    });
  });

  describe('listings too big for one page', () => {
    it('list regions with counts and towns, and without JavaScript still reach every place', async () => {
      const page = await pageWith({ javaScriptEnabled: false });
      for (const collection of ['service-points', 'workstations']) {
        await page.goto(`${server.origin}/${collection}/`);
        expect(await page.locator('[data-grouped-list] li[data-place]').count(), 'no place is listed on the index').toBe(0);
        expect(await page.locator('[data-region-overview]').count()).toBe(2);
        // Follow the overview's links (regions, then towns) down to the places.
        const reached = new Set<string>();
        const queue = [`/${collection}/`];
        const seen = new Set(queue);
        while (queue.length > 0) {
          await page.goto(server.origin + queue.shift()!);
          for (const id of await placesIn(page, '[data-grouped-list] li[data-place]')) reached.add(id!);
          const links = await page.locator('[data-region-overview] a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
          for (const link of links) if (!seen.has(link)) seen.add(link), queue.push(link);
        }
        const geojson = JSON.parse(readFileSync(join(fixtureDist, `data/${collection}.geojson`), 'utf8')) as { features: Array<{ id: string }> };
        expect([...reached].sort()).toEqual(geojson.features.map((f) => f.id).sort());
      }
    });

    it("on a region's page name up to 3 places of a type, past that list towns, and without JavaScript reach every place of the region", async () => {
      const page = await pageWith({ javaScriptEnabled: false });
      const hrefsIn = (selector: string) => page.locator(selector).evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      const entriesIn = async (selector: string, collection: string) => (await hrefsIn(`${selector} a`)).filter((href) => new RegExp(`^/${collection}/[^/]+/$`).test(href) && !href.includes('/region/'));
      const shapes: string[] = [];
      for (const collection of ['sites', 'workstations', 'service-points']) {
        const dir = join(FIXTURE_ROOT, 'content', collection);
        const regionOf = new Map(readdirSync(dir).map((f) => [`/${collection}/${f.replace('.mdx', '')}/`, readFileSync(join(dir, f), 'utf8').match(/^region: (\S+)$/m)![1]]));
        for (const region of ['wenchang', 'lingao']) {
          const expected = [...regionOf].filter(([, r]) => r === region).map(([href]) => href).sort();
          await page.goto(`${server.origin}/regions/${region}/`);
          const section = `[data-region-places="${collection}"]`;
          const named = await entriesIn(section, collection);
          if ((await page.locator(`${section} [data-region-overview]`).count()) === 0) {
            shapes.push(`${region} ${collection}: named`);
            expect(named.sort(), `${region} ${collection}`).toEqual(expected);
            continue;
          }
          shapes.push(`${region} ${collection}: towns`);
          expect(named, `${region} ${collection} names no place`).toEqual([]);
          // Follow the towns (and any further overview) down to the listings' cards.
          const reached = new Set<string>();
          const queue = await hrefsIn(`${section} [data-region-overview] a`);
          const seen = new Set(queue);
          while (queue.length > 0) {
            await page.goto(server.origin + queue.shift()!);
            for (const href of await entriesIn('[data-grouped-list] li', collection)) reached.add(href);
            for (const link of await hrefsIn('[data-region-overview] a')) if (!seen.has(link)) seen.add(link), queue.push(link);
          }
          expect([...reached].filter((href) => regionOf.get(href) === region).sort(), `${region} ${collection}`).toEqual(expected);
        }
      }
      expect(shapes).toEqual(expect.arrayContaining(['wenchang workstations: towns', 'wenchang service-points: towns', 'lingao sites: named', 'lingao service-points: named']));
    });

    it("of red-education sites have a page per region, linked from the region's page", async () => {
      const page = await pageWith({ javaScriptEnabled: false });
      await page.goto(`${server.origin}/regions/lingao/`);
      await page.locator('[data-region-places="sites"] a', { hasText: '各处红色教育基地的简介' }).click();
      expect(new URL(page.url()).pathname).toBe('/sites/region/lingao/');
      const cards = await page.locator('[data-grouped-list] li h3 a').allTextContents();
      expect(cards.sort()).toEqual(['中共临高一大会议址', '海南解放公园', '临高县革命烈士纪念碑'].sort());
    });

    it("of routes list regions, and each region's routes page its routes with their trip summaries", async () => {
      const page = await pageWith({ javaScriptEnabled: false });
      await page.goto(`${server.origin}/routes/`);
      expect(await page.locator('[data-trip-summary]').count(), 'no route is listed on the index').toBe(0);
      const regions = await page.locator('[data-region-overview] a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(regions).toEqual(['/routes/region/wenchang/', '/routes/region/lingao/']);
      const reached: string[] = [];
      for (const link of regions) {
        await page.goto(server.origin + link);
        const cards = page.locator('main li', { has: page.locator('[data-trip-summary]') });
        reached.push(...(await cards.locator('h2 a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname))));
      }
      const gpx = readdirSync(join(fixtureDist, 'routes')).filter((f) => f.endsWith('.gpx'));
      expect(reached.sort()).toEqual(gpx.map((f) => `/routes/${f.replace('.gpx', '')}/`).sort());
    });

    describe('of cases', () => {
      const casesDir = () => join(FIXTURE_ROOT, 'content/cases');
      const topicsOf = () => new Map(readdirSync(casesDir()).map((f) => [f.replace('.mdx', ''), readFileSync(join(casesDir(), f), 'utf8').match(/^topics: \[(.*)\]$/m)![1].split(', ')]));
      const caseIds = (hrefs: string[]) => hrefs.map((href) => href.split('/')[2]);
      /** Per region section of a listing: the cases it shows and its link to the rest, if any. */
      const regionSections = (page: Page) =>
        page.locator('section[aria-labelledby^="region-"], section[aria-labelledby="cases"]').evaluateAll((sections) =>
          sections.map((section) => ({
            shown: [...section.querySelectorAll<HTMLAnchorElement>('article.card a')].map((a) => a.pathname),
            more: [...section.querySelectorAll<HTMLAnchorElement>('a.button')].filter((a) => /^查看.*全部 \d+ 篇/.test(a.textContent!)).map((a) => a.pathname),
          })),
        );
      /** The cases on a paginated list, following 下一页 to its end. */
      async function pagedCases(page: Page, path: string): Promise<string[]> {
        const ids: string[] = [];
        for (let next: string | null = path; next; ) {
          await page.goto(server.origin + next);
          ids.push(...caseIds(await page.locator('main article.card a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname))));
          next = (await page.locator('a[rel=next]').count()) > 0 ? await page.locator('a[rel=next]').getAttribute('href') : null;
        }
        return ids;
      }

      it('show each region\'s newest on the cases page and the region\'s page, and all of them on the region\'s case pages', async () => {
        const page = await pageWith({ javaScriptEnabled: false });
        const all = [...topicsOf().keys()].sort();
        for (const listing of ['/cases/', '/regions/wenchang/', '/regions/lingao/']) {
          await page.goto(server.origin + listing);
          const sections = await regionSections(page);
          expect(sections.map(({ shown }) => shown.length), listing).toEqual(Array(sections.length).fill(2));
          expect(sections.every(({ more }) => more.length === 1), listing).toBe(true);
        }
        await page.goto(`${server.origin}/cases/`);
        const reached: string[] = [];
        for (const { more } of await regionSections(page)) reached.push(...(await pagedCases(page, more[0])));
        expect(reached.sort()).toEqual(all);
        // Wenchang's 12 cases take two pages of 10.
        await page.goto(`${server.origin}/cases/region/wenchang/2/`);
        expect(await page.locator('main article.card').count()).toBe(2);
        expect(await page.locator('a[rel=prev]').getAttribute('href')).toBe('/cases/region/wenchang/');
      });

      it('show each region\'s newest on a topic\'s page, and every case of the topic one link away', async () => {
        const page = await pageWith({ javaScriptEnabled: false });
        const topicsByCase = topicsOf();
        let regionPages = 0;
        for (const topic of new Set([...topicsByCase.values()].flat())) {
          await page.goto(`${server.origin}/topics/${topic}/`);
          const sections = await regionSections(page);
          expect(sections.length).toBeGreaterThan(0);
          expect(sections.every(({ shown }) => shown.length <= 2), topic).toBe(true);
          const reached = sections.flatMap(({ shown }) => caseIds(shown));
          for (const path of sections.flatMap(({ more }) => more)) regionPages++, reached.push(...(await pagedCases(page, path)));
          const expected = [...topicsByCase].filter(([, topics]) => topics.includes(topic)).map(([id]) => id);
          expect([...new Set(reached)].sort(), topic).toEqual(expected.sort());
        }
        expect(regionPages, 'some topic has more than 2 cases in a region').toBeGreaterThan(0);
      });
    });

    it.each(MODES)('show the first region within the first screen at 360×800 ($mode)', async ({ elder }) => {
      const page = await pageWith({ viewport: { width: 360, height: 800 }, elder });
      await page.goto(`${server.origin}/service-points/`);
      expect(await firstResultTop(page)).toBeLessThan(800);
      await page.goto(`${server.origin}/service-points/region/wenchang/`);
      expect(await firstResultTop(page)).toBeLessThan(800);
    });

    it('fetch a region\'s data when the visitor picks it, and fill in the same cards as its pages', async () => {
      const page = await pageWith({});
      const fetched: string[] = [];
      page.on('request', (request) => request.url().endsWith('.json') && fetched.push(new URL(request.url()).pathname));
      await page.goto(`${server.origin}/service-points/`);
      expect(fetched).toEqual([]);
      // The place filters wait for a region.
      await page.click('details[data-finder] summary');
      expect(await page.locator('select[name=kind]').isVisible()).toBe(false);
      await page.selectOption('select[name=region]', 'wenchang');
      await expect.poll(() => visiblePlaces(page)).toHaveLength(5);
      expect(fetched).toEqual(['/service-points/region/wenchang.json']);
      expect(await status(page)).toBe('共 5 处，符合条件的 5 处。');
      await page.selectOption('select[name=kind]', 'party-mass-center');
      expect((await visiblePlaces(page))!.sort()).toEqual(['fixture-exact-donglu', 'lingcun-dangqun-fuwu-zhongxin']);
      expect(new URL(page.url()).search).toBe('?region=wenchang&kind=party-mass-center');
      expect(await activeCount(page)).toBe('已选 2 项');
      const card = (p: Page, id: string) => p.locator(`li[data-place="${id}"]`).evaluate((li) => li.outerHTML.replace(/>\s+</g, '><'));
      const fetchedCard = await card(page, 'lingcun-dangqun-fuwu-zhongxin');
      // The town's own page (built by Astro) has the very same item.
      await page.goto(`${server.origin}/service-points/region/wenchang/wencheng/`);
      expect(fetchedCard).toBe(await card(page, 'lingcun-dangqun-fuwu-zhongxin'));
    });
  });

  describe('near me', () => {
    // A few metres from the exact fixture point in Lingao, and as close to Lingao's approximate reference point.
    const nearLingao = { geolocation: { longitude: 109.6905, latitude: 19.9125, accuracy: 20 } };

    it('sorts exact positions by distance and lists the rest after them by town, without a distance', async () => {
      const page = await pageWith(nearLingao);
      await page.goto(`${server.origin}/service-points/`);
      await page.click('details[data-finder] summary');
      await page.click('[data-near-me]');
      await page.locator('[data-nearest]').waitFor({ state: 'visible' });
      expect(await placesIn(page, '[data-nearest-list] > li')).toEqual(['fixture-exact-lingao']);
      expect(await page.locator('[data-nearest-list] > li').first().textContent()).toMatch(/约 20 米，在十分钟服务圈内/);
      expect(await page.locator('[data-nearest-note]').textContent()).toContain('十分钟服务圈（步行约 720 米内）：1 处');
      const rest = page.locator('[data-nearest-rest]');
      expect(await rest.locator('[data-nearest-rest-title]').textContent()).toBe('没有准确位置的 2 处');
      expect(await rest.textContent()).toContain('大致位置');
      expect(await rest.locator('h4').allTextContents()).toEqual(['临城镇（临高县）']);
      expect((await placesIn(page, '[data-nearest-rest] li'))!.sort()).toEqual(['fixture-approx-lingao', 'fixture-no-location']);
      // The approximate place sits a few metres from the visitor too, yet gets no distance and no circle.
      expect(await rest.textContent()).not.toMatch(/米|公里|十分钟服务圈/);
      expect(await page.locator('[data-nearest]').textContent()).not.toMatch(/(^|[^\d.])0 米/);
    });

    it('from a chosen town: distances from its reference point, no ten-minute circle, the rest by town', async () => {
      const page = await pageWith({});
      await page.goto(`${server.origin}/service-points/region/wenchang/?from=town:donglu`);
      await page.locator('[data-nearest]').waitFor({ state: 'visible' });
      expect(await placesIn(page, '[data-nearest-list] > li')).toEqual(['fixture-exact-donglu']);
      expect(await page.locator('[data-nearest-list] > li').textContent()).toContain('不到 1 公里');
      const note = (await page.locator('[data-nearest-note]').textContent())!;
      expect(note).toContain('从东路镇的大致中心算起');
      expect(note).not.toContain('十分钟服务圈');
      expect(await page.locator('[data-nearest-rest] h4').allTextContents()).toEqual(['文城镇']);
      expect(await page.locator('[data-nearest]').textContent()).not.toMatch(/(^|[^\d.])0 米/);
    });
  });
});
