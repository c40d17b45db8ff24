import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lastCoveredDay, loadCalendar } from '../../schemas/calendar.ts';
import { compileSchedule } from './compile.ts';
import { daySchedule } from './status.ts';

const calendar = loadCalendar(fileURLToPath(new URL('../../..', import.meta.url)));
const HOURS = 'Mo-Fr 08:00-12:00,14:30-17:30; Sa 09:00-12:00';
const YEAR_2026 = { from: new Date('2026-01-01T00:00:00+08:00'), days: 365 };

describe('the calendar’s reach', () => {
  it('ends on the last day of the latest year it lists holidays for', () => {
    expect(lastCoveredDay(calendar)).toBe('2026-12-31');
    expect(lastCoveredDay({ holidays: [], workdays: [] })).toBeUndefined();
  });

  it('past it, keeps the usual week and closes only on the statutory holidays', () => {
    const stale = compileSchedule(HOURS, calendar, { from: new Date('2027-03-01T00:00:00+08:00'), days: 60 });
    expect(stale.arrangedUntil).toBe('2026-12-31');
    expect(stale.validUntil).toBe('2027-04-29');
    expect(daySchedule(stale, '2027-03-01')).toEqual({
      date: '2027-03-01',
      day: 'Mo',
      weekdayLabel: '周一',
      intervals: [[480, 720], [870, 1050]],
      unannounced: { year: 2027, unsettled: false },
    });
    // 清明 2027 is 5 April, a Monday; 劳动节 is just after the window, but a 调休 Sunday before it could fall inside.
    expect(stale.statutory).toEqual([
      { name: '清明节', from: '2027-04-05', to: '2027-04-05' },
      { name: '劳动节', from: '2027-05-01', to: '2027-05-02' },
    ]);
    expect(stale.exceptions).toEqual({ '2027-04-05': { intervals: [], reason: '清明节' } });
  });

  it('over a whole unrecorded year, bakes in its 13 statutory days and nothing else', () => {
    const year = compileSchedule('Mo-Su 09:00-17:00', calendar, { from: new Date('2027-01-01T00:00:00+08:00'), days: 365 });
    const closed = Object.entries(year.exceptions);
    expect(closed).toHaveLength(13);
    expect(closed.every(([, e]) => e.intervals.length === 0)).toBe(true);
    expect(year.exceptions['2027-02-05']).toEqual({ intervals: [], reason: '春节' });
    expect(year.exceptions['2027-10-03']).toEqual({ intervals: [], reason: '国庆节' });
    expect(year.exceptions['2027-10-04']).toBeUndefined();
    // Next year's 元旦 is close enough to the window's end to matter; its 春节 is not.
    expect(year.statutory?.map((h) => `${h.name} ${h.from}`).slice(-2)).toEqual(['国庆节 2027-10-01', '元旦 2028-01-01']);
  });

  it('says nothing of statutory days while the calendar covers the window', () => {
    const covered = compileSchedule(HOURS, calendar, YEAR_2026);
    expect(covered.arrangedUntil).toBeUndefined();
    expect(covered.statutory).toBeUndefined();
    expect(daySchedule(covered, '2026-06-01')?.unannounced).toBeUndefined();
  });
});

describe('public holidays in the hours string (PH)', () => {
  const october = { from: new Date('2026-09-28T00:00:00+08:00'), days: 14 };

  it('closes on holidays when the string has no PH rule, as before', () => {
    const s = compileSchedule('Mo-Su 09:00-17:00', calendar, october);
    expect(s.exceptions['2026-10-01']).toEqual({ intervals: [], reason: '国庆节' });
    expect(s.holidayHours).toEqual([]);
  });

  it('follows a PH rule: open with the given hours, or off', () => {
    const open = compileSchedule('Tu-Su,PH 09:00-17:00', calendar, october);
    expect(open.exceptions['2026-10-05']).toEqual({ intervals: [[540, 1020]], reason: '国庆节' }); // a Monday
    expect(open.weekly.Mo).toEqual([]);
    expect(open.holidayHours).toEqual([[540, 1020]]);
    const off = compileSchedule('Mo-Fr 08:00-17:00; PH off', calendar, october);
    expect(off.exceptions['2026-10-01']).toEqual({ intervals: [], reason: '国庆节' });
    expect(off.weekly.Th).toEqual([[480, 1020]]);
  });

  it('keeps OSM rule order: a later weekday rule overrides PH', () => {
    const s = compileSchedule('Mo-Fr,PH 08:00-17:00; Sa 09:00-12:00', calendar, october);
    expect(s.exceptions['2026-10-01'].intervals).toEqual([[480, 1020]]); // Thursday
    expect(s.exceptions['2026-10-03'].intervals).toEqual([[540, 720]]); // Saturday
    expect(s.holidayHours).toBeUndefined();
  });

  it('does not read PH inside a comment, and counts commented opening hours as open', () => {
    const s = compileSchedule('Tu-Su 09:00-17:00 open "PH 照常"', calendar, october);
    expect(s.weekly.Tu).toEqual([[540, 1020]]);
    expect(s.exceptions['2026-10-01'].intervals).toEqual([]);
  });
});

describe('compileSchedule', () => {
  const schedule = compileSchedule(HOURS, calendar, YEAR_2026);

  it('derives the usual week in minutes since Shanghai midnight', () => {
    const weekday = [[480, 720], [870, 1050]];
    expect(schedule.weekly).toEqual({ Mo: weekday, Tu: weekday, We: weekday, Th: weekday, Fr: weekday, Sa: [[540, 720]], Su: [] });
    expect(schedule.tz).toBe('Asia/Shanghai');
    expect(schedule.validFrom).toBe('2026-01-01');
    expect(schedule.validUntil).toBe('2026-12-31');
  });

  it('lists exactly the holiday and adjusted working days of 2026', () => {
    // 33 holiday days (3 + 9 + 3 + 5 + 3 + 3 + 7) and 6 调休 working days.
    expect(Object.keys(schedule.exceptions)).toHaveLength(39);
    expect(schedule.exceptions['2026-10-01']).toEqual({ intervals: [], reason: '国庆节' });
    expect(schedule.exceptions['2026-02-23']).toEqual({ intervals: [], reason: '春节' });
    expect(schedule.exceptions['2026-01-04']).toEqual({ intervals: [[480, 720], [870, 1050]], reason: '元旦调休' });
    expect(schedule.exceptions['2026-10-08']).toBeUndefined();
  });

  it('produces plain JSON', () => {
    expect(JSON.parse(JSON.stringify(schedule))).toEqual(schedule);
  });

  it('takes the window start as a Shanghai date, not a UTC one', () => {
    // 16:30 UTC on 31 December is 00:30 on 1 January in Shanghai.
    const s = compileSchedule(HOURS, calendar, { from: new Date('2025-12-31T16:30:00Z'), days: 7 });
    expect([s.validFrom, s.validUntil]).toEqual(['2026-01-01', '2026-01-07']);
  });

  it('keeps days where the hours string itself varies, such as seasonal hours', () => {
    const seasonal = compileSchedule('Jan-Jun Mo-Fr 08:00-17:00; Jul-Dec Mo-Fr 08:30-17:30', { holidays: [], workdays: [] }, {
      from: new Date('2026-06-26T00:00:00+08:00'),
      days: 21,
    });
    // 26 June – 16 July: each weekday falls twice in July and at most once in June, so July hours are usual.
    expect(seasonal.weekly.Mo).toEqual([[510, 1050]]);
    expect(seasonal.exceptions['2026-06-30']).toEqual({ intervals: [[480, 1020]] });
    expect(Object.keys(seasonal.exceptions)).toEqual(['2026-06-26', '2026-06-29', '2026-06-30']);
    expect(daySchedule(seasonal, '2026-07-01')?.intervals).toEqual([[510, 1050]]);
  });

  it('fills in a week even when the window is one long holiday', () => {
    const s = compileSchedule(HOURS, calendar, { from: new Date('2026-10-01T00:00:00+08:00'), days: 7 });
    expect(s.weekly.Mo).toEqual([[480, 720], [870, 1050]]);
    expect(Object.values(s.exceptions).every((e) => e.reason === '国庆节' && e.intervals.length === 0)).toBe(true);
  });

  it('rejects an hours string it cannot parse', () => {
    expect(() => compileSchedule('Mo-Fr 8点到12点', calendar, YEAR_2026)).toThrow(/开放时间无法识别/);
    expect(() => compileSchedule(HOURS, calendar, { from: new Date(), days: 0 })).toThrow(RangeError);
  });

  it('gives the same result whatever the process time zone', (ctx) => {
    const original = process.env.TZ;
    const compileIn = (tz: string) => {
      process.env.TZ = tz;
      // Hours around midnight over a window crossing the US, British and Chilean DST changes;
      // Chile skips local midnight on Sunday 6 September.
      return compileSchedule('Mo-Fr 00:00-02:30,08:00-12:00; Sa 22:00-24:00; Su 00:00-08:00', calendar, {
        from: new Date('2026-03-01T00:00:00+08:00'),
        days: 250,
      });
    };
    try {
      process.env.TZ = 'America/New_York';
      // Some test pools cannot change the zone at run time; then only a TZ=… run of the suite covers this.
      if (new Date(2026, 0, 1).getTimezoneOffset() !== 300) ctx.skip();
      const reference = compileIn('Asia/Shanghai');
      expect(reference.weekly.Sa).toEqual([[1320, 1440]]);
      expect(reference.weekly.Su).toEqual([[0, 480]]);
      for (const tz of ['America/New_York', 'America/Santiago', 'Europe/London', 'Pacific/Kiritimati', 'UTC']) {
        expect(compileIn(tz), tz).toEqual(reference);
      }
    } finally {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    }
  });
});

describe('the opening_hours library’s own holidays', () => {
  it('are never applied: PH means the calendar’s holidays only, not Good Friday or Christmas', () => {
    const s = compileSchedule('Mo-Fr 08:00-17:00; PH off', calendar, { from: new Date('2026-12-20T00:00:00+08:00'), days: 120 });
    expect(s.exceptions['2026-12-25']).toBeUndefined(); // Christmas, a Friday
    expect(s.exceptions['2027-03-26']).toBeUndefined(); // Good Friday
    expect(s.weekly.Fr).toEqual([[480, 1020]]);
  });
});
