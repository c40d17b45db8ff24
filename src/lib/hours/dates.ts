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
