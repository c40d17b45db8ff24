import { addDays, formatMinutes, formatMonthDay, shanghaiWallClock } from './dates.ts';
import { statutoryDates, type Closure } from './status.ts';
import { WEEKDAYS, WEEKDAY_LABELS, type CompiledSchedule, type Interval, type Weekday } from './types.ts';

export interface WeeklyRow {
  day: Weekday;
  label: string;
  /** '08:00–12:00，14:30–17:30' or '休息' */
  text: string;
}

/** '08:00–12:00，14:30–17:30', or '休息' when there are none. */
export function formatIntervals(intervals: Interval[], separator = '，'): string {
  if (intervals.length === 0) return '休息';
  return intervals.map(([start, end]) => `${formatMinutes(start)}–${formatMinutes(end)}`).join(separator);
}

/** '10月1日（周四）：休息，国庆节' */
export function closureText(closure: Closure): string {
  return `${formatMonthDay(closure.date)}（${closure.weekdayLabel}）：${formatIntervals(closure.intervals)}${closure.reason !== undefined ? `，${closure.reason}` : ''}`;
}

/** The remarks an OSM hours string carries in "comments", such as '16:30停止入馆', once each. */
export function hoursRemarks(osm: string): string[] {
  return [...new Set([...osm.matchAll(/"([^"]+)"/g)].map((m) => m[1]))];
}

/** The usual week, Monday first; holidays and 调休 are shown separately (see closuresAhead). */
export function weeklyTable(schedule: CompiledSchedule): WeeklyRow[] {
  return WEEKDAYS.map((day) => ({ day, label: WEEKDAY_LABELS[day], text: formatIntervals(schedule.weekly[day]) }));
}

/**
 * The line under the weekly table: what public holidays and 调休 days do. When the coming `days` reach a
 * year whose arrangement is not recorded, it says the table is only the usual week and lists the
 * statutory holidays ahead, the days the law itself fixes.
 */
export function holidayLine(schedule: CompiledSchedule, now: Date, days = 14): string {
  const { holidayHours, arrangedUntil, statutory = [] } = schedule;
  const onHolidays =
    holidayHours === undefined ? '法定节假日的开放时间因星期而异，见“未来两周的调整”' : holidayHours.length === 0 ? '法定节假日休息' : `法定节假日 ${formatIntervals(holidayHours)} 开放`;
  const usual = `${onHolidays}；调休上班日按对应工作日的时间开放。`;
  const { date: today } = shanghaiWallClock(now);
  if (arrangedUntil === undefined || addDays(today, days - 1) <= arrangedUntil || today > schedule.validUntil) return usual;

  const year = (arrangedUntil < today ? today : addDays(arrangedUntil, 1)).slice(0, 4);
  const ahead = statutory.filter(({ from, to }) => to >= today && from <= schedule.validUntil);
  const head = `${year}年的节假日安排本站尚未录入，上表是平常的开放时间。`;
  if (ahead.length === 0) return `${head}${usual}`;
  const list = ahead.map((h) => `${h.from.startsWith(year) ? '' : `${h.from.slice(0, 4)}年`}${h.name}${statutoryDates(h)}`).join('；');
  const those = holidayHours?.length === 0 ? '这些日子休息' : '这些日子按法定节假日的时间开放';
  return `${head}法律规定的假日：${list}。${those}，前后的放假和调休安排请先电话确认。`;
}
