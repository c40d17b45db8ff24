import { describe, expect, it } from 'vitest';
import {
  addDays, daysBetween, formatFullDate, formatMinutes, formatMonthDay, formatReportedDate, isoDate, isoReportedDate, shanghaiWallClock, weekdayOf,
} from './dates.ts';

describe('shanghaiWallClock', () => {
  it('gives the Shanghai day and minute of an instant, whatever zone it was written in', () => {
    expect(shanghaiWallClock(new Date('2026-09-14T16:30:00Z'))).toEqual({ date: '2026-09-15', minutes: 30 });
    expect(shanghaiWallClock(new Date('2026-09-15T23:59:00+08:00'))).toEqual({ date: '2026-09-15', minutes: 1439 });
  });
});

describe('day arithmetic on YYYY-MM-DD keys', () => {
  it('adds days across months, years and leap days', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
  });

  it('counts the days between two keys, negative when the second is earlier', () => {
    expect(daysBetween('2026-09-15', '2026-10-08')).toBe(23);
    expect(daysBetween('2026-10-08', '2026-09-15')).toBe(-23);
  });

  it('names the weekday, Monday first', () => {
    expect(weekdayOf('2026-12-01')).toBe('Tu');
    expect(weekdayOf('2026-10-04')).toBe('Su');
  });
});

describe('isoDate', () => {
  it('is the day of a content date, which zod reads as UTC midnight', () => {
    expect(isoDate(new Date(Date.UTC(2020, 7, 1)))).toBe('2020-08-01');
  });
});

describe('dates as readers see them', () => {
  it('writes clock times with two-digit hours and minutes', () => {
    expect(formatMinutes(8 * 60 + 5)).toBe('08:05');
    expect(formatMinutes(1440)).toBe('24:00');
  });

  it('writes month and day without leading zeros, with or without the year', () => {
    expect(formatMonthDay('2026-10-08')).toBe('10月8日');
    expect(formatFullDate('2020-08-01')).toBe('2020年8月1日');
    expect(formatFullDate(isoDate(new Date(Date.UTC(2027, 9, 19))))).toBe('2027年10月19日');
  });

  it("writes a source's date only as precisely as the source gives it", () => {
    expect(formatReportedDate({ year: 2020 })).toBe('2020年');
    expect(formatReportedDate({ year: 2020, month: 6 })).toBe('2020年6月');
    expect(formatReportedDate({ year: 2020, month: 6, day: 1 })).toBe('2020年6月1日');
  });

  it("gives a source's date in ISO 8601 at the same precision, for schema.org", () => {
    expect(isoReportedDate({ year: 2020 })).toBe('2020');
    expect(isoReportedDate({ year: 2020, month: 6 })).toBe('2020-06');
    expect(isoReportedDate({ year: 2020, month: 6, day: 1 })).toBe('2020-06-01');
  });
});
