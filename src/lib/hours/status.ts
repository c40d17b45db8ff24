// Runs in the browser: depends only on the compiled schedule, never on opening_hours or Node.
import { addDays, daysBetween, formatFullDate, formatMinutes, formatMonthDay, shanghaiWallClock, weekdayOf } from './dates.ts';
import { covers } from './intervals.ts';
import { WEEKDAY_LABELS, type CompiledSchedule, type Interval, type StatutoryHoliday, type Weekday } from './types.ts';

/**
 * How far from a statutory holiday the State Council's arrangement has moved days, in its notices of
 * 2018–2026: weekdays given off join the holiday (at most 1 day before its first statutory day, 5 after
 * its last), and 调休 working days are weekend days up to 11 days before (20 Sep 2026, for 国庆节) or
 * 10 after (11 May 2024, for 劳动节). Past the recorded calendar, a day within this reach of a
 * statutory holiday may be off or a working day: its usual hours are not promised.
 */
const BRIDGE_DAYS_BEFORE = 3;
const BRIDGE_DAYS_AFTER = 6;
export const HOLIDAY_REACH_DAYS = 14;

/** A day of a year whose holiday arrangement the calendar does not record yet. */
interface Unannounced {
  /** The year whose arrangement is missing. */
  year: number;
  /** The nearest statutory holiday whose bridge days or 调休 could fall on this day. */
  holiday?: StatutoryHoliday;
  /** Whether the day's hours may differ from what the schedule says (near a holiday, not one of its statutory days). */
  unsettled: boolean;
}

interface DaySchedule {
  date: string;
  day: Weekday;
  weekdayLabel: string;
  intervals: Interval[];
  reason?: string;
  unannounced?: Unannounced;
}

interface Opening {
  date: string;
  time: string;
  weekdayLabel: string;
}

interface Status {
  state: 'open' | 'closed' | 'unknown';
  /** When unknown because today is past what the schedule vouches for: its last day. */
  knownUntil?: string;
  /** Shanghai date of `now`, so the status can be worded relative to today. */
  date: string;
  closesAt?: string;
  /** Only when closing falls on a later day than `date` (hours past midnight). */
  closesOn?: string;
  opensAt?: Opening;
  /** Calendar name of today when open on a 调休 day, or closed all day for a holiday. */
  reason?: string;
  /** Today's year has no recorded holiday arrangement: open/closed follow the usual week, or state is unknown when unsettled. */
  unannounced?: Unannounced;
}

export interface Closure {
  date: string;
  weekdayLabel: string;
  /** What remains open that day; empty when closed all day. */
  intervals: Interval[];
  reason?: string;
}

/** Hours of one Shanghai date, or undefined outside the window the schedule was compiled for. */
export function daySchedule(schedule: CompiledSchedule, date: string): DaySchedule | undefined {
  if (date < schedule.validFrom || date > schedule.validUntil) return undefined;
  const day = weekdayOf(date);
  const exception = schedule.exceptions[date];
  return {
    date,
    day,
    weekdayLabel: WEEKDAY_LABELS[day],
    intervals: exception?.intervals ?? schedule.weekly[day],
    ...(exception?.reason !== undefined && { reason: exception.reason }),
    ...(schedule.arrangedUntil !== undefined && date > schedule.arrangedUntil && { unannounced: unannounced(schedule, date, day) }),
  };
}

function unannounced(schedule: CompiledSchedule, date: string, day: Weekday): Unannounced {
  const distance = ({ from, to }: StatutoryHoliday) => (date < from ? daysBetween(date, from) : date > to ? daysBetween(to, date) : 0);
  const holiday = holidaysReaching(schedule, date, day).reduce<StatutoryHoliday | undefined>(
    (nearest, h) => (!nearest || distance(h) < distance(nearest) ? h : nearest),
    undefined,
  );
  if (!holiday) return { year: Number(date.slice(0, 4)), unsettled: false };
  return { year: Number(holiday.from.slice(0, 4)), holiday, unsettled: distance(holiday) > 0 };
}

/** The statutory holidays whose bridge days or 调休 could fall on `date`. */
function holidaysReaching(schedule: CompiledSchedule, date: string, day: Weekday = weekdayOf(date)): StatutoryHoliday[] {
  const weekend = day === 'Sa' || day === 'Su';
  const [before, after] = weekend ? [HOLIDAY_REACH_DAYS, HOLIDAY_REACH_DAYS] : [BRIDGE_DAYS_BEFORE, BRIDGE_DAYS_AFTER];
  return (schedule.statutory ?? []).filter(({ from, to }) => addDays(from, -before) <= date && date <= addDays(to, after));
}

export function statusAt(schedule: CompiledSchedule, now: Date): Status {
  const { date, minutes } = shanghaiWallClock(now);
  const today = daySchedule(schedule, date);
  if (!today) return { state: 'unknown', date, ...(date > schedule.validUntil && { knownUntil: schedule.validUntil }) };
  const reason = today.reason !== undefined ? { reason: today.reason } : {};
  const caution = today.unannounced ? { unannounced: today.unannounced } : {};
  if (today.unannounced?.unsettled) return { state: 'unknown', date, ...caution };

  const current = today.intervals.find(([start, end]) => start <= minutes && minutes < end);
  if (current) {
    const closing = closingAfter(schedule, date, current[1]);
    if (!closing) return { state: 'open', date, ...reason, ...caution };
    return {
      state: 'open',
      date,
      closesAt: formatMinutes(closing.minutes),
      ...(closing.date !== date && { closesOn: closing.date }),
      ...reason,
      ...caution,
    };
  }
  const opensAt = nextOpening(schedule, date, minutes);
  // After hours on a 调休 day the name explains nothing; it matters when the whole day is off.
  return { state: 'closed', date, ...(opensAt && { opensAt }), ...(today.intervals.length === 0 && reason), ...caution };
}

/** Days from today on (up to `days` of them) open less than a usual week would have them, with why. */
export function closuresAhead(schedule: CompiledSchedule, now: Date, days = 14): Closure[] {
  const { date: today } = shanghaiWallClock(now);
  const closures: Closure[] = [];
  for (let i = 0; i < days; i++) {
    const day = daySchedule(schedule, addDays(today, i));
    if (!day || covers(day.intervals, schedule.weekly[day.day])) continue;
    const { date, weekdayLabel, intervals, reason } = day;
    closures.push({ date, weekdayLabel, intervals, ...(reason !== undefined && { reason }) });
  }
  return closures;
}

interface ClosuresAhead {
  closures: Closure[];
  /** Said when there are none to list. */
  none?: string;
  /** Said when part of the coming days is past what the schedule vouches for. */
  notice?: string;
}

/**
 * The coming `days` for the page: closures to list, and a notice for the part the calendar does not
 * cover: a year whose arrangement is not recorded yet (naming the statutory holidays near it), or
 * days past the compiled window (a build left up too long).
 */
export function closuresSummary(schedule: CompiledSchedule, now: Date, days = 14): ClosuresAhead {
  const closures = closuresAhead(schedule, now, days);
  const { date: today } = shanghaiWallClock(now);
  const last = addDays(today, days - 1);
  const notices: string[] = [];
  let firstUnknown: string | undefined;

  const { arrangedUntil } = schedule;
  if (arrangedUntil !== undefined && arrangedUntil < last && today <= schedule.validUntil) {
    const first = arrangedUntil < today ? today : addDays(arrangedUntil, 1);
    const end = schedule.validUntil < last ? schedule.validUntil : last;
    const near = new Map<string, StatutoryHoliday>();
    for (let date = first; date <= end; date = addDays(date, 1)) {
      for (const holiday of holidaysReaching(schedule, date)) near.set(holiday.from, holiday);
    }
    const holidays = [...near.values()].sort((a, b) => a.from.localeCompare(b.from));
    notices.push(`${unannouncedNotice(today, Number(first.slice(0, 4)), holidays)}。`);
    firstUnknown = first;
  }
  const uncovered = schedule.validUntil < today ? today : addDays(schedule.validUntil, 1);
  if (daysBetween(today, uncovered) < days) {
    notices.push(`${formatFullDate(uncovered)}起的开放和节假日安排本站尚未核实，请以现场公告为准。`);
    firstUnknown ??= uncovered;
  }

  const notice = notices.length > 0 ? { notice: notices.join('') } : {};
  if (closures.length > 0) return { closures, ...notice };
  if (firstUnknown === undefined) return { closures, none: '没有节假日调整。' };
  return { closures, ...(firstUnknown > today && { none: `${formatMonthDay(addDays(firstUnknown, -1))}之前没有节假日调整。` }), ...notice };
}

/**
 * '2027年的节假日安排本站尚未录入，国庆节法定假日为10月1日至3日，其后是否调休请先电话确认': what a day
 * past the calendar can and cannot promise. Without a holiday near, the usual week holds.
 */
export function unannouncedCaution(date: string, unannounced: Unannounced): string {
  return unannouncedNotice(date, unannounced.year, unannounced.holiday ? [unannounced.holiday] : []);
}

function unannouncedNotice(today: string, year: number, holidays: StatutoryHoliday[]): string {
  const years = holidays.length > 0 ? [...new Set(holidays.map((h) => h.from.slice(0, 4)))].join('年和') : String(year);
  const head = `${years}年的节假日安排本站尚未录入`;
  if (holidays.length === 0) return `${head}，这期间没有法定假日，按平常的开放时间`;
  const after = today > holidays.at(-1)!.to;
  return `${head}，${holidays.map((h) => `${h.name}法定假日为${statutoryDates(h)}`).join('，')}，${after ? '其后' : '前后'}是否调休请先电话确认`;
}

/** '10月1日至3日', '2月5日至8日（除夕至正月初三）', '1月1日' */
export function statutoryDates({ from, to, lunar }: StatutoryHoliday): string {
  const range = from === to ? formatMonthDay(from) : from.slice(5, 7) === to.slice(5, 7) ? `${formatMonthDay(from)}至${Number(to.slice(8))}日` : `${formatMonthDay(from)}至${formatMonthDay(to)}`;
  return lunar !== undefined ? `${range}（${lunar}）` : range;
}

/**
 * '正在开放，17:30 关门' / '已关闭，周一 08:00 开门' / '今天休息（国庆节），10月8日 08:00 开门'; in a year
 * whose arrangement is not recorded, with what that leaves open (see unannouncedCaution).
 */
export function formatStatus(status: Status): string {
  const { unannounced } = status;
  if (status.state === 'unknown') {
    if (unannounced) return unannouncedCaution(status.date, unannounced);
    return status.knownUntil !== undefined ? `开放安排只核实到${formatFullDate(status.knownUntil)}，今天是否开放请先电话确认` : '今天的开放安排尚未核实，请先电话确认';
  }
  const text = openOrClosed(status);
  if (!unannounced) return text;
  if (!unannounced.holiday) return `${text}（按平常的开放时间；${unannounced.year}年的节假日安排本站尚未录入）`;
  return `${text}。${unannouncedCaution(status.date, unannounced)}`;
}

function openOrClosed(status: Status): string {
  if (status.state === 'open') {
    const head = status.reason !== undefined ? `正在开放（${status.reason}）` : '正在开放';
    if (status.closesAt === undefined) return head;
    return `${head}，${when(status.date, status.closesOn ?? status.date, status.closesAt)} 关门`;
  }
  const head = status.reason !== undefined ? `今天休息（${status.reason}）` : '已关闭';
  if (!status.opensAt) return head;
  return `${head}，${when(status.date, status.opensAt.date, status.opensAt.time)} 开门`;
}

/** Today: just the time; within the coming week: weekday and time; further out: the date. */
function when(today: string, date: string, time: string): string {
  const ahead = daysBetween(today, date);
  if (ahead === 0) return time;
  if (ahead < 7) return `${WEEKDAY_LABELS[weekdayOf(date)]} ${time}`;
  return `${formatMonthDay(date)} ${time}`;
}

/** Follows hours that run past midnight into the next day; undefined if still open at the end of the window. */
function closingAfter(schedule: CompiledSchedule, date: string, end: number): { date: string; minutes: number } | undefined {
  let day = date;
  let minutes = end;
  while (minutes === 1440) {
    const next = daySchedule(schedule, addDays(day, 1));
    if (!next || next.unannounced?.unsettled) return undefined;
    const carried = next.intervals.find(([start]) => start === 0);
    if (!carried) break;
    day = next.date;
    minutes = carried[1];
  }
  return { date: day, minutes };
}

function nextOpening(schedule: CompiledSchedule, date: string, after: number): Opening | undefined {
  for (let i = 0; ; i++) {
    const day = daySchedule(schedule, addDays(date, i));
    // A day whose hours are not settled cannot promise an opening, nor can any after it.
    if (!day || (i > 0 && day.unannounced?.unsettled)) return undefined;
    const next = day.intervals.find(([start]) => i > 0 || start > after);
    if (next) return { date: day.date, time: formatMinutes(next[0]), weekdayLabel: day.weekdayLabel };
  }
}
