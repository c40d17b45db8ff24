/**
 * Whether each stop of a timeline is open for the planned visit, from the places' compiled
 * schedules (src/lib/hours) — pure, so the route pages at build time and the planner in the
 * browser give the same answers. A visit is fine when one opening interval covers the whole stay.
 */
import { addDays, formatFullDate, formatMinutes } from '../hours/dates.ts';
import { daySchedule, unannouncedCaution } from '../hours/status.ts';
import { WEEKDAYS, WEEKDAY_LABELS, type CompiledSchedule, type Interval, type Weekday } from '../hours/types.ts';
import { formatClock, type PlannedStop, type Timeline } from './timeline.ts';

export type VisitCheck =
  /** The place has no verified opening hours. */
  | { state: 'unverified' }
  /** The date lies outside the window the schedule was compiled for (holidays unknown). */
  | { state: 'beyond'; validFrom: string; validUntil: string }
  /** Near a statutory holiday of a year whose arrangement is not recorded: bridge days or 调休 may change the day. */
  | { state: 'unannounced'; caution: string }
  | { state: 'open' }
  /** Closed the whole day; `reason` names the holiday when there is one. */
  | { state: 'closed-day'; reason?: string }
  /** Closed at arrival; `opensAt` is a later opening the same day (after a lunch break), if any. */
  | { state: 'closed-at-arrival'; opensAt?: string }
  /** Open at arrival but closes before the stay is over. */
  | { state: 'closes-during'; closesAt: string };

export interface StopCheck {
  /** Shanghai date of the arrival (a plan running past midnight reaches the next day). */
  date: string;
  check: VisitCheck;
}

/** The visit [arrive, depart) in minutes of one day against that day's opening intervals. */
export function checkVisit(intervals: readonly Interval[], arrive: number, depart: number, reason?: string): VisitCheck {
  if (intervals.length === 0) return reason !== undefined ? { state: 'closed-day', reason } : { state: 'closed-day' };
  const current = intervals.find(([start, end]) => start <= arrive && arrive < end);
  if (!current) {
    const later = intervals.find(([start]) => start > arrive);
    return later ? { state: 'closed-at-arrival', opensAt: formatMinutes(later[0]) } : { state: 'closed-at-arrival' };
  }
  // An interval ending at 24:00 may carry on into the next day; a stay over midnight is not judged.
  if (depart > current[1] && current[1] < 1440) return { state: 'closes-during', closesAt: formatMinutes(current[1]) };
  return { state: 'open' };
}

/** One check per stop of the timeline, on `date` (YYYY-MM-DD); `scheduleOf` gives a stop's schedule, if known. */
export function checkTimeline<S extends PlannedStop>(
  timeline: Timeline<S>,
  date: string,
  scheduleOf: (stop: S) => CompiledSchedule | undefined,
): StopCheck[] {
  return timeline.stops.map(({ stop, arrive, depart }) => {
    const dayOffset = Math.floor(arrive / 1440);
    const day = addDays(date, dayOffset);
    const schedule = scheduleOf(stop);
    if (!schedule) return { date: day, check: { state: 'unverified' } };
    const hours = daySchedule(schedule, day);
    if (!hours) return { date: day, check: { state: 'beyond', validFrom: schedule.validFrom, validUntil: schedule.validUntil } };
    if (hours.unannounced?.unsettled) return { date: day, check: { state: 'unannounced', caution: unannouncedCaution(day, hours.unannounced) } };
    const from = arrive - dayOffset * 1440;
    return { date: day, check: checkVisit(hours.intervals, from, depart - dayOffset * 1440, hours.reason) };
  });
}

/** Weekdays on which a visit at these times (same every week, holidays aside) would not fit the usual hours. */
export function weekdaysWithoutVisit(schedule: CompiledSchedule, arrive: number, depart: number): Weekday[] {
  const dayOffset = Math.floor(arrive / 1440);
  const from = arrive - dayOffset * 1440;
  return WEEKDAYS.filter((day) => checkVisit(schedule.weekly[day], from, depart - dayOffset * 1440).state !== 'open');
}

/** Whether a check should be shown as a warning (anything but "open"; unverified hours are a notice, not a warning). */
export const isWarning = (check: VisitCheck) => check.state !== 'open' && check.state !== 'unverified';

/** Chinese text for a check; `arrive` is the planned arrival in minutes since midnight of the plan's first day. */
export function describeCheck(check: VisitCheck, arrive: number): string {
  const at = formatClock(arrive);
  switch (check.state) {
    case 'unverified':
      return '开放时间未核实，请提前联系确认。';
    case 'beyond':
      return `开放时间只核算了 ${formatFullDate(check.validFrom)}至${formatFullDate(check.validUntil)}，这一天的开放和节假日安排未知，请提前确认。`;
    case 'unannounced':
      return `${check.caution}。`;
    case 'open':
      return `${at} 到达时开放，停留期间不闭馆。`;
    case 'closed-day':
      return check.reason !== undefined ? `这一天休息（${check.reason}），不开放。` : '这一天不开放。';
    case 'closed-at-arrival':
      return check.opensAt !== undefined ? `${at} 到达时未开放，当天 ${check.opensAt} 开门。` : `${at} 到达时已过当天开放时间。`;
    case 'closes-during':
      return `${at} 到达时开放，但 ${check.closesAt} 关门，停留时间不够。`;
  }
}


/** '周一、周日' */
export const weekdayList = (days: readonly Weekday[]) => days.map((day) => WEEKDAY_LABELS[day]).join('、');
