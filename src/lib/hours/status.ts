// Runs in the browser: depends only on the compiled schedule, never on opening_hours or Node.
import { addDays, daysBetween, formatFullDate, formatMinutes, formatMonthDay, shanghaiWallClock, weekdayOf } from './dates.ts';
import { covers } from './intervals.ts';
import { WEEKDAY_LABELS, type CompiledSchedule, type Interval, type Weekday } from './types.ts';

export interface DaySchedule {
  date: string;
  day: Weekday;
  weekdayLabel: string;
  intervals: Interval[];
  reason?: string;
}

export interface Opening {
  date: string;
  time: string;
  weekdayLabel: string;
}

export interface Status {
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
  };
}

export function statusAt(schedule: CompiledSchedule, now: Date): Status {
  const { date, minutes } = shanghaiWallClock(now);
  const today = daySchedule(schedule, date);
  if (!today) return { state: 'unknown', date, ...(date > schedule.validUntil && schedule.validUntil >= schedule.validFrom && { knownUntil: schedule.validUntil }) };
  const reason = today.reason !== undefined ? { reason: today.reason } : {};

  const current = today.intervals.find(([start, end]) => start <= minutes && minutes < end);
  if (current) {
    const closing = closingAfter(schedule, date, current[1]);
    if (!closing) return { state: 'open', date, ...reason };
    return {
      state: 'open',
      date,
      closesAt: formatMinutes(closing.minutes),
      ...(closing.date !== date && { closesOn: closing.date }),
      ...reason,
    };
  }
  const opensAt = nextOpening(schedule, date, minutes);
  // After hours on a 调休 day the name explains nothing; it matters when the whole day is off.
  return { state: 'closed', date, ...(opensAt && { opensAt }), ...(today.intervals.length === 0 && reason) };
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

export interface ClosuresAhead {
  closures: Closure[];
  /** Said when there are none to list. */
  none?: string;
  /** Said when part of the coming days is past what the schedule vouches for. */
  notice?: string;
}

/**
 * The coming `days` for the page: closures to list, and a notice from the first day the schedule does
 * not vouch for (a new year whose holidays are not yet in the calendar, or a build left up too long).
 */
export function closuresSummary(schedule: CompiledSchedule, now: Date, days = 14): ClosuresAhead {
  const closures = closuresAhead(schedule, now, days);
  const { date: today } = shanghaiWallClock(now);
  const uncovered = schedule.validUntil < today ? today : addDays(schedule.validUntil, 1);
  const notice = daysBetween(today, uncovered) < days ? `${formatFullDate(uncovered)}起的开放和节假日安排本站尚未核实，请以现场公告为准。` : undefined;
  if (closures.length > 0) return { closures, ...(notice && { notice }) };
  if (!notice) return { closures, none: '没有节假日调整。' };
  return { closures, ...(uncovered > today && { none: `${formatMonthDay(addDays(uncovered, -1))}之前没有节假日调整。` }), notice };
}

/** '正在开放，17:30 关门' / '已关闭，周一 08:00 开门' / '今天休息（国庆节），10月8日 08:00 开门' */
export function formatStatus(status: Status): string {
  switch (status.state) {
    case 'unknown':
      return status.knownUntil !== undefined ? `开放安排只核实到${formatFullDate(status.knownUntil)}，今天是否开放请先电话确认` : '今天的开放安排尚未核实，请先电话确认';
    case 'open': {
      const head = status.reason !== undefined ? `正在开放（${status.reason}）` : '正在开放';
      if (status.closesAt === undefined) return head;
      return `${head}，${when(status.date, status.closesOn ?? status.date, status.closesAt)} 关门`;
    }
    case 'closed': {
      const head = status.reason !== undefined ? `今天休息（${status.reason}）` : '已关闭';
      if (!status.opensAt) return head;
      return `${head}，${when(status.date, status.opensAt.date, status.opensAt.time)} 开门`;
    }
  }
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
    if (!next) return undefined;
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
    if (!day) return undefined;
    const next = day.intervals.find(([start]) => i > 0 || start > after);
    if (next) return { date: day.date, time: formatMinutes(next[0]), weekdayLabel: day.weekdayLabel };
  }
}
