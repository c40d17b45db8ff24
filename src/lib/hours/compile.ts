import opening_hours from 'opening_hours';
import { lastCoveredDay, type Calendar } from '../../schemas/calendar.ts';
import { addDays, shanghaiWallClock, weekdayOf } from './dates.ts';
import { normalise, sameIntervals } from './intervals.ts';
import { holidayRule, mentionsHolidays, ordinaryDayRule } from './osm-holidays.ts';
import { HOLIDAY_REACH_DAYS } from './status.ts';
import { statutoryHolidays } from './statutory.ts';
import { WEEKDAYS, type CompiledSchedule, type DayException, type Interval, type StatutoryHoliday, type Weekday } from './types.ts';

/**
 * Evaluates an OSM opening_hours string over a window of Shanghai days and bakes in the holiday
 * calendar: public holidays follow the string's PH rule (see osm-holidays.ts), or are closed when it has none; 调休 workdays
 * follow the `as` weekday. Past the calendar's last year only the statutory holidays are known: they
 * are baked in the same way, and the schedule says from which day the arrangement is not recorded.
 * Throws when the hours string cannot be parsed.
 */
export function compileSchedule(hours: string, calendar: Calendar, options: { from: Date; days: number }): CompiledSchedule {
  const { from, days } = options;
  if (!Number.isInteger(days) || days < 1) throw new RangeError(`days must be a positive integer, got ${days}`);

  const rule = parse(hours, ordinaryDayRule);
  const validFrom = shanghaiWallClock(from).date;
  const validUntil = addDays(validFrom, days - 1);
  // An empty calendar is read as "no holidays at all" rather than "nothing known".
  const recorded = lastCoveredDay(calendar);
  const arrangedUntil = recorded !== undefined && recorded < validUntil ? recorded : undefined;
  // A 调休 day borrows hours from another day of its week, which may fall up to 6 days outside the window.
  const raw = openByDay(rule, addDays(validFrom, -6), addDays(validUntil, 6));

  const holidays = new Map<string, string>();
  for (const { name, from: first, to } of calendar.holidays) {
    for (let date = first; date <= to; date = addDays(date, 1)) holidays.set(date, name);
  }
  const statutory = arrangedUntil !== undefined ? statutoryAfter(arrangedUntil, validFrom, validUntil) : [];
  for (const { name, from: first, to } of statutory) {
    for (let date = first; date <= to; date = addDays(date, 1)) holidays.set(date, name);
  }
  const workdays = new Map(calendar.workdays.map((w) => [w.date, w]));
  const onHoliday = holidayHours(hours);

  const window = Array.from({ length: days }, (_, i) => addDays(validFrom, i));
  const ordinary = window.filter((date) => !holidays.has(date) && !workdays.has(date));
  // A weekday with no ordinary day in the window (short window, long holiday) is read from the days around it.
  const missing = WEEKDAYS.filter((day) => !ordinary.some((date) => weekdayOf(date) === day));
  const samples = [...ordinary, ...[...raw.keys()].filter((date) => missing.includes(weekdayOf(date)))];
  const weekly = usualWeek(samples, raw);

  const exceptions: Record<string, DayException> = {};
  for (const date of window) {
    const holiday = holidays.get(date);
    const workday = workdays.get(date);
    // Calendar days are always listed, even when unchanged, so their name reaches the visitor.
    if (holiday !== undefined) exceptions[date] = { intervals: onHoliday(date), reason: holiday };
    else if (workday) exceptions[date] = { intervals: raw.get(sameWeek(date, workday.as))!, reason: workday.name };
    else if (!sameIntervals(raw.get(date)!, weekly[weekdayOf(date)])) exceptions[date] = { intervals: raw.get(date)! };
  }

  const sameOnEveryWeekday = window.slice(0, 7).map(onHoliday);
  return {
    tz: 'Asia/Shanghai',
    weekly,
    exceptions,
    validFrom,
    validUntil,
    ...(arrangedUntil !== undefined && { arrangedUntil, statutory }),
    ...(sameOnEveryWeekday.every((day) => sameIntervals(day, sameOnEveryWeekday[0])) && { holidayHours: sameOnEveryWeekday[0] }),
  };
}

/** Statutory holidays after the recorded calendar, as far around the window as a bridge day or 调休 may reach. */
function statutoryAfter(arrangedUntil: string, validFrom: string, validUntil: string): StatutoryHoliday[] {
  const first = arrangedUntil < validFrom ? validFrom : addDays(arrangedUntil, 1);
  const years = Array.from({ length: Number(validUntil.slice(0, 4)) - Number(first.slice(0, 4)) + 2 }, (_, i) => Number(first.slice(0, 4)) + i);
  return years
    .flatMap(statutoryHolidays)
    .filter(({ from, to }) => from > arrangedUntil && addDays(to, HOLIDAY_REACH_DAYS) >= first && addDays(from, -HOLIDAY_REACH_DAYS) <= validUntil);
}

/** Hours of a public holiday: the string's PH rule, or closed without one, as the site has always said. */
function holidayHours(hours: string): (date: string) => Interval[] {
  if (!mentionsHolidays(hours)) return () => [];
  const rules = new Map<Weekday, opening_hours>();
  return (date) => {
    const day = weekdayOf(date);
    if (!rules.has(day)) rules.set(day, parse(hours, (osm) => holidayRule(osm, day)));
    return openOn(rules.get(day)!, date);
  };
}

/** The library's reading of `hours` as `view` rewrites it for an ordinary day or a holiday (see osm-holidays.ts). */
function parse(hours: string, view: (osm: string) => string): opening_hours {
  try {
    // No nominatim object: the library has no usable Chinese holiday data; the calendar supplies it instead.
    return new opening_hours(view(hours), null, { locale: 'zh' } as never);
  } catch (error) {
    throw new Error(`开放时间无法识别：“${hours}”（${String(error).trim()}）`, { cause: error });
  }
}

/** Open intervals of every Shanghai date from `first` to `last`. */
function openByDay(rule: opening_hours, first: string, last: string): Map<string, Interval[]> {
  const days = new Map<string, Interval[]>();
  for (let date = first; date <= last; date = addDays(date, 1)) days.set(date, openOn(rule, date));
  return days;
}

/**
 * opening_hours computes in the process's local time zone, so the Shanghai date is handed to
 * it as the same wall-clock date in local time and the answer read back through local getters:
 * the process TZ cancels out. Each day is asked on its own and clipped by instants rather than
 * date fields, because where DST skips local midnight new Date(y, m, d) lands at 01:00, and a
 * "24:00" close would otherwise leak an hour into the next day. A time inside a DST gap of the
 * process's own zone (02:30 on the US spring-forward Sunday) can still come out an hour late;
 * builds run in UTC or Asia/Shanghai never meet one.
 */
function openOn(rule: opening_hours, date: string): Interval[] {
  const dayStart = localMidnight(date);
  const dayEnd = localMidnight(addDays(date, 1));
  const minutes = (local: Date) => local.getHours() * 60 + local.getMinutes();
  return normalise(
    rule
      .getOpenIntervals(dayStart, dayEnd)
      // "unknown" is not a promise to be open; a commented rule is unknown unless it says "open".
    .filter(([, , unknown]) => !unknown)
      .map(([start, end]): Interval => [start <= dayStart ? 0 : minutes(start), end >= dayEnd ? 1440 : minutes(end)]),
  );
}

function localMidnight(date: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(y, m - 1, d);
}

/** For each weekday, the hours it has most often among `dates` (ties: the earliest), so exceptions stay few. */
function usualWeek(dates: string[], raw: Map<string, Interval[]>): Record<Weekday, Interval[]> {
  const tallies = new Map<Weekday, Map<string, number>>();
  for (const date of dates) {
    const day = weekdayOf(date);
    const tally = tallies.get(day) ?? new Map<string, number>();
    const key = JSON.stringify(raw.get(date));
    tally.set(key, (tally.get(key) ?? 0) + 1);
    tallies.set(day, tally);
  }
  return Object.fromEntries(
    WEEKDAYS.map((day) => {
      const [best] = [...tallies.get(day)!].reduce((top, entry) => (entry[1] > top[1] ? entry : top));
      return [day, JSON.parse(best) as Interval[]];
    }),
  ) as Record<Weekday, Interval[]>;
}

/** The date in the same Monday-to-Sunday week as `date` that falls on `weekday`. */
function sameWeek(date: string, weekday: Weekday): string {
  return addDays(date, WEEKDAYS.indexOf(weekday) - WEEKDAYS.indexOf(weekdayOf(date)));
}
