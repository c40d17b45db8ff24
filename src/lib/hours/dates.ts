/**
 * Dates as the site handles them, in one place: calendar days as 'YYYY-MM-DD' keys in Shanghai time,
 * their arithmetic, and every way a date is written for readers (here, not in each page or island,
 * so the build and the browser say the same). It lives beside opening hours, where day arithmetic
 * is needed most; the route and site modules use it from here.
 */
import type { ReportedDate } from '../../schemas/common.ts';
import { WEEKDAYS, type Weekday } from './types.ts';

/** China has used UTC+8 without daylight saving since 1991, so a fixed offset is exact. */
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Shanghai calendar date and minute of day of an instant, whatever time zone the Date was made in. */
export function shanghaiWallClock(instant: Date): { date: string; minutes: number } {
  const shifted = new Date(instant.getTime() + SHANGHAI_OFFSET_MS);
  return {
    date: shifted.toISOString().slice(0, 10),
    minutes: shifted.getUTCHours() * 60 + shifted.getUTCMinutes(),
  };
}

/** The day key of a content date: zod reads a YAML date as that day's UTC midnight. */
export const isoDate = (date: Date) => date.toISOString().slice(0, 10);

// Date keys are handled as UTC midnights: UTC has no DST, so adding days is plain arithmetic.
function keyToUtc(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
}

export function addDays(date: string, days: number): string {
  return new Date(keyToUtc(date) + days * DAY_MS).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((keyToUtc(to) - keyToUtc(from)) / DAY_MS);
}

export function weekdayOf(date: string): Weekday {
  // getUTCDay() counts from Sunday; WEEKDAYS starts on Monday.
  return WEEKDAYS[(new Date(keyToUtc(date)).getUTCDay() + 6) % 7];
}

export function formatMinutes(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** '10月8日' */
export function formatMonthDay(date: string): string {
  const [, m, d] = date.split('-').map(Number);
  return `${m}月${d}日`;
}

/** '2027年10月19日' */
export function formatFullDate(date: string): string {
  return `${date.slice(0, 4)}年${formatMonthDay(date)}`;
}

/** '2020年', '2020年6月' or '2020年6月1日': a source's date, only as precise as the source gives it. */
export function formatReportedDate({ year, month, day }: ReportedDate) {
  return `${year}年${month ? `${month}月` : ''}${month && day ? `${day}日` : ''}`;
}

/** The same in ISO 8601 reduced to the known precision ('2020', '2020-06'), as schema.org accepts. */
export function isoReportedDate({ year, month, day }: ReportedDate) {
  const pad = (n: number) => String(n).padStart(2, '0');
  return [String(year), ...(month ? [pad(month)] : []), ...(month && day ? [pad(day)] : [])].join('-');
}
