import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCalendar } from '../../schemas/calendar.ts';
import { compileSchedule } from '../hours/compile.ts';
import { cautionFor, checkNote, checkTimeline, checkVisit, describeCheck, isEvening, isWarning, UNKNOWN_HOURS, weekdayList, weekdaysWithoutVisit, weeklyFit } from './arrival.ts';
import { buildTimeline, parseClock } from './timeline.ts';

const calendar = loadCalendar(fileURLToPath(new URL('../../..', import.meta.url)));
const compile = (hours: string) => compileSchedule(hours, calendar, { from: new Date('2026-09-01T00:00:00+08:00'), days: 120 });
/** Weekdays with a lunch break, Saturday mornings. */
const MUSEUM = compile('Mo-Fr 08:00-12:00,14:30-17:30; Sa 09:00-12:00');
const PARK = compile('Mo-Su 07:00-18:00');

const lincheng = { lng: 109.69, lat: 19.912 };
const north = { lng: 109.69, lat: 20.012 }; // 11.1 km north: 48 min by bus (see timeline.test.ts)
const stops = [
  { id: 'park', name: '公园', location: lincheng, stay: 60 },
  { id: 'museum', name: '纪念馆', location: north, stay: 90 },
  { id: 'unknown', name: '旧址', location: lincheng, stay: 30 },
];
const schedules: Record<string, typeof MUSEUM | undefined> = { park: PARK, museum: MUSEUM, unknown: undefined };
const check = (start: string, date: string) =>
  checkTimeline(buildTimeline(stops, 'bus', parseClock(start)!), date, (stop) => schedules[stop.id]);

describe('checkVisit', () => {
  const weekday = MUSEUM.weekly.Tu;
  it('accepts a stay inside one opening interval', () => {
    expect(checkVisit(weekday, 600, 690)).toEqual({ state: 'open' });
    expect(checkVisit(weekday, 480, 720)).toEqual({ state: 'open' }); // exactly 08:00–12:00
  });
  it('warns when the stay runs into the lunch break', () => {
    expect(checkVisit(weekday, 660, 750)).toEqual({ state: 'closes-during', closesAt: '12:00' });
  });
  it('warns when arriving during the lunch break and says when it reopens', () => {
    expect(checkVisit(weekday, 740, 800)).toEqual({ state: 'closed-at-arrival', opensAt: '14:30' });
    expect(checkVisit(weekday, 720, 800)).toEqual({ state: 'closed-at-arrival', opensAt: '14:30' }); // 12:00 is closed
  });
  it('warns when arriving after closing time', () => {
    expect(checkVisit(weekday, 1060, 1100)).toEqual({ state: 'closed-at-arrival' });
  });
  it('reports a closed day with its reason', () => {
    expect(checkVisit([], 600, 660, '国庆节')).toEqual({ state: 'closed-day', reason: '国庆节' });
    expect(checkVisit(MUSEUM.weekly.Su, 600, 660)).toEqual({ state: 'closed-day' });
  });
});

describe('checkTimeline on a date', () => {
  it('passes a weekday morning plan', () => {
    // Tuesday 8 Sep 2026, 08:30: park 08:30–09:30, museum 10:18–11:48, unknown 12:36–13:06.
    const checks = check('08:30', '2026-09-08');
    expect(checks.map((c) => c.check)).toEqual([{ state: 'open' }, { state: 'open' }, { state: 'unverified' }]);
    expect(checks.every((c) => c.date === '2026-09-08')).toBe(true);
  });

  it('catches the museum’s lunch break when starting later', () => {
    // 09:30 start: museum 11:18–12:48, but it closes at 12:00.
    expect(check('09:30', '2026-09-08')[1].check).toEqual({ state: 'closes-during', closesAt: '12:00' });
    // 10:30 start: arrive at the museum 12:18, in the lunch break; it reopens at 14:30.
    const [, museum] = check('10:30', '2026-09-08');
    expect(museum.check).toEqual({ state: 'closed-at-arrival', opensAt: '14:30' });
    expect(describeCheck(museum.check, parseClock('12:18')!)).toBe('12:18 到达时未开放，当天 14:30 开门。');
  });

  it('reports public holidays by name, and the adjusted working Saturday with Monday hours', () => {
    const holiday = check('08:30', '2026-10-01');
    expect(holiday[0].check).toEqual({ state: 'closed-day', reason: '国庆节' });
    expect(holiday[1].check).toEqual({ state: 'closed-day', reason: '国庆节' });
    expect(describeCheck(holiday[1].check, 618)).toBe('这一天休息（国庆节），不开放。');
    // Saturday 10 Oct 2026 is a 调休 working day: the museum keeps Monday's hours, afternoon included.
    expect(check('13:00', '2026-10-10')[1].check).toEqual({ state: 'open' });
    // An ordinary Saturday afternoon it is closed.
    expect(check('13:00', '2026-10-17')[1].check).toEqual({ state: 'closed-at-arrival' });
  });

  it('moves to the next day for stops reached after midnight', () => {
    const checks = check('22:30', '2026-09-08');
    expect(checks[1].date).toBe('2026-09-09');
    expect(checks[1].check).toEqual({ state: 'closed-at-arrival', opensAt: '08:00' });
  });

  it('says when a date lies beyond the compiled schedule', () => {
    const [park] = check('08:30', '2027-06-01');
    expect(park.check).toEqual({ state: 'beyond', validFrom: '2026-09-01', validUntil: '2026-12-29' });
    expect(describeCheck(park.check, 510)).toBe('开放时间只核算了 2026年9月1日至2026年12月29日，这一天的开放和节假日安排未知，请提前确认。');
    expect(check('08:30', '2026-08-31')[0].check.state).toBe('beyond');
    expect(isWarning(park.check)).toBe(true);
  });

  it('past the holiday calendar, checks the usual week and warns near a statutory holiday', () => {
    const late = compileSchedule('Mo-Su 07:00-18:00', calendar, { from: new Date('2026-12-20T00:00:00+08:00'), days: 400 });
    const at = (date: string) => checkTimeline(buildTimeline([stops[0]], 'bus', parseClock('08:30')!), date, () => late)[0].check;
    expect(at('2027-03-16')).toEqual({ state: 'open' });
    expect(at('2027-10-01')).toEqual({ state: 'closed-day', reason: '国庆节' });
    const bridge = at('2027-10-04');
    expect(bridge).toEqual({ state: 'unannounced', caution: '2027年的节假日安排本站尚未录入，国庆节法定假日为10月1日至3日，其后是否调休请先电话确认' });
    expect(describeCheck(bridge, 510)).toBe('2027年的节假日安排本站尚未录入，国庆节法定假日为10月1日至3日，其后是否调休请先电话确认。');
    expect(isWarning(bridge)).toBe(true);
  });

  it('treats unverified hours at an ordinary time as a notice, not a warning', () => {
    expect(isWarning({ state: 'unverified' })).toBe(false);
    expect(describeCheck({ state: 'unverified' }, 600)).toBe('开放时间未核实，出发前请电话确认。');
    expect(cautionFor({ state: 'unverified' }, 600)).toBeUndefined();
    expect(checkNote({ state: 'unverified' }, 600)).toBe(UNKNOWN_HOURS);
  });
});

describe('cautions for unknown hours', () => {
  const memorial = [{ id: 'memorial', name: '纪念碑', location: lincheng, stay: 30 }];
  const holidays = (date: string) => (date >= '2026-10-01' && date <= '2026-10-07' ? '国庆节' : undefined);
  const plan = (start: string, date: string) => checkTimeline(buildTimeline(memorial, 'bus', parseClock(start)!), date, () => undefined, holidays)[0];

  it('defines the evening as from 18:00 until 06:00', () => {
    expect([parseClock('17:59')!, parseClock('18:00')!, parseClock('23:59')!, 1440 + 90, parseClock('05:59')!, parseClock('06:00')!].map(isEvening)).toEqual([
      false, true, true, true, true, false,
    ]);
  });

  it('cautions a group arriving at 20:15 on 1 October, a public holiday', () => {
    const { check } = plan('20:15', '2026-10-01');
    expect(check).toEqual({ state: 'unverified', evening: true, holiday: '国庆节' });
    expect(isWarning(check)).toBe(true);
    expect(describeCheck(check, parseClock('20:15')!)).toBe(UNKNOWN_HOURS);
    expect(cautionFor(check, parseClock('20:15')!)).toBe('计划在国庆节假期的晚上到达（20:15），很可能已闭馆，建议改到白天。');
    expect(checkNote(check, parseClock('20:15')!)).toBe(`${UNKNOWN_HOURS}注意：计划在国庆节假期的晚上到达（20:15），很可能已闭馆，建议改到白天。`);
  });

  it('cautions an evening arrival and a holiday arrival on their own', () => {
    expect(cautionFor(plan('20:15', '2026-10-12').check, parseClock('20:15')!)).toBe('计划在晚上到达（20:15），很可能已闭馆，建议改到白天。');
    expect(cautionFor(plan('09:00', '2026-10-02').check, parseClock('09:00')!)).toBe('计划在国庆节假期到达，节假日可能闭馆或需要预约。');
    expect(cautionFor({ state: 'unverified', evening: true }, 1440 + 90)).toBe('计划在夜间到达（次日 01:30），很可能已闭馆，建议改到白天。');
    expect(plan('09:00', '2026-10-12').check).toEqual({ state: 'unverified' });
  });

  it('takes the holiday of the day a late plan reaches the stop', () => {
    // Leaving at 23:50 on 30 September: the memorial is reached after midnight, on 1 October.
    const stops = [{ id: 'park', name: '公园', location: north, stay: 30 }, ...memorial];
    const [, late] = checkTimeline(buildTimeline(stops, 'bus', parseClock('23:50')!), '2026-09-30', () => undefined, holidays);
    expect(late).toEqual({ date: '2026-10-01', check: { state: 'unverified', evening: true, holiday: '国庆节' } });
  });

  it('leaves known hours to the schedule', () => {
    expect(checkTimeline(buildTimeline(memorial, 'bus', parseClock('20:15')!), '2026-10-12', () => PARK, holidays)[0].check).toEqual({ state: 'closed-at-arrival' });
  });
});

describe('weeklyFit (a route without a date)', () => {
  it('flags unknown hours, with a caution in the evening', () => {
    expect(weeklyFit(undefined, 600, 660)).toEqual({ warn: false, text: UNKNOWN_HOURS });
    expect(weeklyFit(undefined, 1200, 1260)).toEqual({ warn: true, text: `${UNKNOWN_HOURS}注意：计划在晚上到达（20:00），很可能已闭馆，建议改到白天。` });
  });
  it('compares the times with the usual week', () => {
    expect(weeklyFit(PARK, 600, 690)).toEqual({ warn: false, text: '按这个时间，每天都在开放时间内（法定节假日除外）。' });
    expect(weeklyFit(MUSEUM, 600, 690)).toEqual({ warn: true, text: '注意：周日按这个时间参观不在开放时间内（未开门、午休或提前关门）。' });
    expect(weeklyFit(MUSEUM, 1200, 1260)).toEqual({ warn: true, text: '注意：按这个时间（20:00–21:00）参观，不在开放时间内，请调整出发时间。' });
  });
});

describe('weekdaysWithoutVisit', () => {
  it('lists the usual weekdays on which the planned times do not fit', () => {
    expect(weekdayList(weekdaysWithoutVisit(MUSEUM, 600, 690))).toBe('周日');
    expect(weekdayList(weekdaysWithoutVisit(MUSEUM, 780, 840))).toBe('周一、周二、周三、周四、周五、周六、周日');
    expect(weekdaysWithoutVisit(PARK, 600, 690)).toEqual([]);
  });
});
