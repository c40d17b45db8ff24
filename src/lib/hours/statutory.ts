/**
 * The public holidays the law itself fixes (《全国年节及纪念日放假办法》, as amended in 2024), for years
 * whose State Council arrangement (bridge days, 调休 working days) is not in content/calendar.yaml yet.
 * Build time only: compiled schedules carry the result, so tyme4ts never reaches the browser.
 */
import { LunarDay, SolarTerm, type SolarDay } from 'tyme4ts';
import { lastCoveredDay, type Calendar } from '../../schemas/calendar.ts';
import { addDays } from './dates.ts';
import type { StatutoryHoliday } from './types.ts';

const key = (day: SolarDay) => `${day.getYear()}-${String(day.getMonth()).padStart(2, '0')}-${String(day.getDay()).padStart(2, '0')}`;
const fixed = (year: number, month: number, day: number) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** The seven statutory holidays of a Gregorian year, in date order; 13 days in all. */
export function statutoryHolidays(year: number): StatutoryHoliday[] {
  // 除夕 is the last day of the twelfth lunar month (the 29th or the 30th): the day before 正月初一.
  const newYear = key(LunarDay.fromYmd(year, 1, 1).getSolarDay());
  const lunar = (month: number, day: number) => key(LunarDay.fromYmd(year, month, day).getSolarDay());
  const qingming = key(SolarTerm.fromName(year, '清明').getSolarDay());
  return [
    { name: '元旦', from: fixed(year, 1, 1), to: fixed(year, 1, 1) },
    { name: '春节', from: addDays(newYear, -1), to: addDays(newYear, 2), lunar: '除夕至正月初三' },
    { name: '清明节', from: qingming, to: qingming },
    { name: '劳动节', from: fixed(year, 5, 1), to: fixed(year, 5, 2) },
    { name: '端午节', from: lunar(5, 5), to: lunar(5, 5) },
    { name: '中秋节', from: lunar(8, 15), to: lunar(8, 15) },
    { name: '国庆节', from: fixed(year, 10, 1), to: fixed(year, 10, 3) },
  ].sort((a, b) => a.from.localeCompare(b.from));
}

/**
 * The holidays known for a date: the recorded arrangements, then, for `yearsAhead` years past the
 * calendar's last year, the statutory days alone (bridge days and 调休 are not known until announced).
 */
export function knownHolidays(calendar: Calendar, yearsAhead: number): Array<{ name: string; from: string; to: string }> {
  const last = lastCoveredDay(calendar);
  if (!last) return [];
  const lastYear = Number(last.slice(0, 4));
  return [...calendar.holidays, ...Array.from({ length: yearsAhead }, (_, i) => statutoryHolidays(lastYear + 1 + i)).flat()];
}
