import { formatMinutes, formatMonthDay } from './dates.ts';
import type { Closure } from './status.ts';
import { WEEKDAYS, WEEKDAY_LABELS, type CompiledSchedule, type Interval, type Weekday } from './types.ts';

export interface WeeklyRow {
  day: Weekday;
  label: string;
  /** '08:00–12:00，14:30–17:30' or '休息' */
  text: string;
}

export function formatIntervals(intervals: Interval[]): string {
  if (intervals.length === 0) return '休息';
  return intervals.map(([start, end]) => `${formatMinutes(start)}–${formatMinutes(end)}`).join('，');
}

/** '10月1日（周四）：休息，国庆节' */
export function closureText(closure: Closure): string {
  return `${formatMonthDay(closure.date)}（${closure.weekdayLabel}）：${formatIntervals(closure.intervals)}${closure.reason !== undefined ? `，${closure.reason}` : ''}`;
}

/** The usual week, Monday first; holidays and 调休 are shown separately (see closuresAhead). */
export function weeklyTable(schedule: CompiledSchedule): WeeklyRow[] {
  return WEEKDAYS.map((day) => ({ day, label: WEEKDAY_LABELS[day], text: formatIntervals(schedule.weekly[day]) }));
}
