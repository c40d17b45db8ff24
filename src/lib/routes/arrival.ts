/**
 * Whether each stop of a timeline is open for the planned visit, from the places' compiled
 * schedules (src/lib/hours) — pure, so the route pages at build time and the planner in the
 * browser give the same answers, in the same words. A visit is fine when one opening interval
 * covers the whole stay. Where the hours are unknown the stop says so, and an arrival in the
 * evening or on a public holiday gets a caution: what nobody knows is not presented as fine.
 */
import { addDays, formatFullDate, formatMinutes } from '../hours/dates.ts';
import { daySchedule, unannouncedCaution } from '../hours/status.ts';
import { WEEKDAYS, WEEKDAY_LABELS, type CompiledSchedule, type Interval, type Weekday } from '../hours/types.ts';
import { formatClock, type PlannedStop, type Timeline } from './timeline.ts';

/** Arrivals from this time of day (and before NIGHT_UNTIL) are "in the evening": most places have closed. */
const EVENING_FROM = 18 * 60;
const NIGHT_UNTIL = 6 * 60;

/** The flag of every stop whose hours are unknown, wherever a plan or route is shown. */
export const UNKNOWN_HOURS = '开放时间未核实，出发前请电话确认。';

type VisitCheck =
  /** The place has no verified opening hours; `evening` and `holiday` say when the arrival is risky. */
  | { state: 'unverified'; evening?: true; holiday?: string }
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

const minuteOfDay = (minutes: number) => ((minutes % 1440) + 1440) % 1440;
/** Whether an arrival (minutes since midnight of the first day) falls in the evening or the night. */
export const isEvening = (arrive: number) => minuteOfDay(arrive) >= EVENING_FROM || minuteOfDay(arrive) < NIGHT_UNTIL;

/** What is known of a visit to a place without verified hours: only whether the time is risky. */
function unverified(arrive: number, holiday: string | undefined): VisitCheck {
  return { state: 'unverified', ...(isEvening(arrive) && { evening: true as const }), ...(holiday !== undefined && { holiday }) };
}

/**
 * One check per stop of the timeline, on `date` (YYYY-MM-DD); `scheduleOf` gives a stop's
 * schedule, if known, and `holidayOn` the public holiday a date falls in, if any.
 */
export function checkTimeline<S extends PlannedStop>(
  timeline: Timeline<S>,
  date: string,
  scheduleOf: (stop: S) => CompiledSchedule | undefined,
  holidayOn: (date: string) => string | undefined = () => undefined,
): StopCheck[] {
  return timeline.stops.map(({ stop, arrive, depart }) => {
    const dayOffset = Math.floor(arrive / 1440);
    const day = addDays(date, dayOffset);
    const schedule = scheduleOf(stop);
    if (!schedule) return { date: day, check: unverified(arrive, holidayOn(day)) };
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

/**
 * Whether a check is shown as a warning: anything but "open", except unknown hours at an ordinary
 * time, which are a notice (the stop is flagged, but nothing points to it being closed).
 */
export const isWarning = (check: VisitCheck) =>
  check.state === 'unverified' ? check.evening === true || check.holiday !== undefined : check.state !== 'open';

/** The caution for unknown hours at a risky time: '计划在晚上到达（20:15），很可能已闭馆…'. */
export function cautionFor(check: VisitCheck, arrive: number): string | undefined {
  if (check.state !== 'unverified' || !isWarning(check)) return undefined;
  const when = minuteOfDay(arrive) < NIGHT_UNTIL ? '夜间' : '晚上';
  if (!check.evening) return `计划在${check.holiday}假期到达，节假日可能闭馆或需要预约。`;
  const day = check.holiday !== undefined ? `${check.holiday}假期的` : '';
  return `计划在${day}${when}到达（${formatClock(arrive)}），很可能已闭馆，建议改到白天。`;
}

/** A stop's hours as one line (print views, calendar and GPX files): the check, and its caution after "注意". */
export function checkNote(check: VisitCheck, arrive: number): string {
  const caution = cautionFor(check, arrive);
  if (caution !== undefined) return `${describeCheck(check, arrive)}注意：${caution}`;
  return isWarning(check) ? `注意：${describeCheck(check, arrive)}` : describeCheck(check, arrive);
}

/**
 * Whether the suggested times of a route (no date: the usual week) fit a stop's hours, as shown on
 * the route page, its print view and its GPX file. Holidays are checked in the planner, on a date.
 */
export function weeklyFit(schedule: CompiledSchedule | undefined, arrive: number, depart: number): { warn: boolean; text: string } {
  if (!schedule) {
    const check = unverified(arrive, undefined);
    return { warn: isWarning(check), text: checkNote(check, arrive) };
  }
  const days = weekdaysWithoutVisit(schedule, arrive, depart);
  if (days.length === 0) return { warn: false, text: '按这个时间，每天都在开放时间内（法定节假日除外）。' };
  if (days.length === 7) return { warn: true, text: `注意：按这个时间（${formatClock(arrive)}–${formatClock(depart)}）参观，不在开放时间内，请调整出发时间。` };
  return { warn: true, text: `注意：${weekdayList(days)}按这个时间参观不在开放时间内（未开门、午休或提前关门）。` };
}

/** Chinese text for a check; `arrive` is the planned arrival in minutes since midnight of the plan's first day. */
export function describeCheck(check: VisitCheck, arrive: number): string {
  const at = formatClock(arrive);
  switch (check.state) {
    case 'unverified':
      return UNKNOWN_HOURS;
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
