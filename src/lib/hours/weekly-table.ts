import { formatMinutes } from './dates.ts';
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

/** The usual week, Monday first; holidays and 调休 are shown separately (see closuresAhead). */
export function weeklyTable(schedule: CompiledSchedule): WeeklyRow[] {
  return WEEKDAYS.map((day) => ({ day, label: WEEKDAY_LABELS[day], text: formatIntervals(schedule.weekly[day]) }));
}
