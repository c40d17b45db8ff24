/**
 * Closed-on-arrival warnings end to end. No place in the content has verified opening hours yet,
 * so these run on the shared fixture site (tests/fixtures/site-fixture.ts), built as of 2026-09-15:
 *   中共临高一大会议址  Mo-Fr 08:00-12:00,14:30-17:30  (weekdays, lunch break)
 *   海南解放公园        Tu-Su 08:30-17:30              (closed on Mondays)
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { collectErrors, launchBrowser } from '../../tools/browser.ts';
import { usePagePool } from './lib/page-pool.ts';
import { plannerReady } from './lib/planner.ts';
import { startStaticServer, type StaticServer } from '../../tools/static-server.ts';

let browser: Browser;
let server: StaticServer;
beforeAll(async () => {
  browser = await launchBrowser();
  server = await startStaticServer(inject('fixtureDist'));
});
afterAll(async () => {
  await server?.close();
  await browser?.close();
});

const pageWith = usePagePool(() => browser);
async function open(path: string, javaScriptEnabled = true): Promise<{ page: Page; errors: string[] }> {
  const page = await pageWith({ javaScriptEnabled });
  const errors = collectErrors(page);
  await page.goto(server.origin + path);
  if (javaScriptEnabled && path.startsWith('/routes/plan/')) await plannerReady(page);
  return { page, errors };
}
const checkOf = (page: Page, id: string) => page.locator(`[data-timeline-stop="${id}"] [data-check]`);

describe('closed at the planned arrival', () => {
  it('the static route page compares the suggested times with each stop’s usual week', async () => {
    const { page } = await open('/routes/lingao-hongse-jiaoyu-xianlu/', false);
    const checks = await page.locator('[data-hours-check]').allTextContents();
    // 08:30–09:15 at the meeting site (weekdays only), the monument without hours, the park at 10:38 (not Mondays).
    expect(checks).toEqual([
      '注意：周六、周日按这个时间参观不在开放时间内（未开门、午休或提前关门）。',
      '开放时间未核实，出发前请电话确认。',
      '注意：周一按这个时间参观不在开放时间内（未开门、午休或提前关门）。',
    ]);
  });

  it('the planner warns about a public holiday, naming it', async () => {
    const { page, errors } = await open('/routes/plan/?stops=lingao-yida-huiyizhi:45,hainan-jiefang-gongyuan:90&date=2026-10-01&start=08:30&mode=bus');
    expect(await checkOf(page, 'lingao-yida-huiyizhi').textContent()).toBe('注意：这一天休息（国庆节），不开放。');
    expect(await checkOf(page, 'hainan-jiefang-gongyuan').textContent()).toBe('注意：这一天休息（国庆节），不开放。');
    expect(await page.locator('[data-warning-count]').getAttribute('data-warning-count')).toBe('2');
    expect(errors).toEqual([]);
  });

  it('the planner follows a changed start time across the lunch break', async () => {
    const { page, errors } = await open('/routes/plan/?stops=lingao-yida-huiyizhi:45,hainan-jiefang-gongyuan:90&date=2026-09-15&start=09:00&mode=bus');
    const yida = checkOf(page, 'lingao-yida-huiyizhi');
    expect(await yida.getAttribute('data-check')).toBe('open');
    expect(await page.locator('[data-warning-count]').count()).toBe(0);

    await page.fill('#planner-start', '11:30');
    await expect.poll(() => yida.textContent()).toBe('注意：11:30 到达时开放，但 12:00 关门，停留时间不够。');
    await page.fill('#planner-start', '12:10');
    await expect.poll(() => yida.textContent()).toBe('注意：12:10 到达时未开放，当天 14:30 开门。');
    expect(new URL(page.url()).searchParams.get('start')).toBe('12:10');
    // The park is reached later the same day and is open on Tuesdays.
    expect(await checkOf(page, 'hainan-jiefang-gongyuan').getAttribute('data-check')).toBe('open');

    // Monday: the park is closed all day.
    await page.fill('#planner-date', '2026-09-21');
    await expect.poll(() => checkOf(page, 'hainan-jiefang-gongyuan').textContent()).toBe('注意：这一天不开放。');
    expect(errors).toEqual([]);
  });

  it('past the holiday calendar, warns near a statutory holiday', async () => {
    const { page } = await open('/routes/plan/?stops=lingao-yida-huiyizhi:45&date=2027-10-04&start=09:00&mode=bus');
    expect(await checkOf(page, 'lingao-yida-huiyizhi').textContent()).toBe('注意：2027年的节假日安排本站尚未录入，国庆节法定假日为10月1日至3日，其后是否调休请先电话确认。');
  });

  it('says when the chosen date lies beyond the compiled hours', async () => {
    const { page } = await open('/routes/plan/?stops=lingao-yida-huiyizhi:45&date=2027-12-01&start=09:00&mode=bus');
    expect(await checkOf(page, 'lingao-yida-huiyizhi').textContent()).toBe('注意：开放时间只核算了 2026年9月15日至2027年10月19日，这一天的开放和节假日安排未知，请提前确认。');
  });

  it('the plan’s print view carries the same warnings', async () => {
    const { page } = await open('/routes/plan/print/?stops=lingao-yida-huiyizhi:45,lingao-lieshi-jinianbei:30&date=2026-10-03&start=08:30&mode=walk');
    const hints = await page.locator('#plan-print-rows tr[data-stop] td:last-child').allTextContents();
    expect(hints[0]).toBe('注意：这一天休息（国庆节），不开放。地图位置为大致位置。');
    // No hours for the monument: flagged, and cautioned for the holiday.
    expect(hints[1]).toBe('开放时间未核实，出发前请电话确认。注意：计划在国庆节假期到达，节假日可能闭馆或需要预约。地图位置为大致位置。');
  });
});
