import { addDays, formatMinutes, formatMonthDay, shanghaiWallClock } from './dates.ts';
import { statutoryDates, type Closure } from './status.ts';
import { WEEKDAYS, WEEKDAY_LABELS, type CompiledSchedule, type Interval, type Weekday } from './types.ts';

interface WeeklyRow {
  day: Weekday;
  label: string;
  /** '08:00–12:00，14:30–17:30' or '休息' */
  text: string;
  /** The same, one interval each, so a narrow column breaks between intervals rather than inside one. */
  parts: string[];
}

/** '08:00–12:00，14:30–17:30', or '休息' when there are none. */
function formatIntervals(intervals: Interval[], separator = '，'): string {
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
  return WEEKDAYS.map((day) => {
    const intervals = schedule.weekly[day];
    return { day, label: WEEKDAY_LABELS[day], text: formatIntervals(intervals), parts: intervals.length > 0 ? intervals.map((i) => formatIntervals([i])) : ['休息'] };
  });
}

/**
 * The line under the weekly table: what public holidays and 调休 days do. When the coming `days` reach a
 * year whose arrangement is not recorded (the fortnight view then says so), it says the table is only the
 * usual week and lists that year's statutory holidays still ahead, the days the law itself fixes.
 */
export function holidayLine(schedule: CompiledSchedule, now: Date, days = 14): string {
  const { holidayHours, arrangedUntil, statutory = [] } = schedule;
  const { date: today } = shanghaiWallClock(now);
  if (arrangedUntil === undefined || addDays(today, days - 1) <= arrangedUntil || today > schedule.validUntil) {
    const onHolidays =
      holidayHours === undefined ? '法定节假日的开放时间因星期而异，见“未来两周的调整”' : holidayHours.length === 0 ? '法定节假日休息' : `法定节假日 ${formatIntervals(holidayHours)} 开放`;
    return `${onHolidays}；调休上班日按对应工作日的时间开放。`;
  }
  const first = arrangedUntil < today ? today : addDays(arrangedUntil, 1);
  const ofYear = (year: string) => statutory.filter(({ from, to }) => from.startsWith(year) && to >= today && from <= schedule.validUntil);
  // In late December this year's are over: name next year's.
  const year = ofYear(first.slice(0, 4)).length > 0 ? first.slice(0, 4) : String(Number(first.slice(0, 4)) + 1);
  const ahead = ofYear(year);
  if (ahead.length === 0) return '上表是平常的开放时间。';
  // Once 元旦 is past, some of the year's holidays are over.
  const some = today > `${year}-01-01` ? '还有' : '';
  const those = holidayHours?.length === 0 ? '这些日子休息' : '这些日子按法定节假日的时间开放';
  return `上表是平常的开放时间。${year}年法律规定的假日${some}：${ahead.map((h) => `${h.name}${statutoryDates(h)}`).join('；')}，${those}。`;
}
