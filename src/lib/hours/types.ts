/** Opening minutes of one day, [start, end) in minutes since midnight (Asia/Shanghai wall clock); end may be 1440. */
export type Interval = [start: number, end: number];

export const WEEKDAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const WEEKDAY_LABELS: Record<Weekday, string> = {
  Mo: '周一',
  Tu: '周二',
  We: '周三',
  Th: '周四',
  Fr: '周五',
  Sa: '周六',
  Su: '周日',
};

/** A public holiday fixed by law; from and to are YYYY-MM-DD, inclusive. */
export interface StatutoryHoliday {
  name: string;
  from: string;
  to: string;
  /** For 春节, the lunar days the law names, since its Gregorian dates move: '除夕至正月初三'. */
  lunar?: string;
}

export interface DayException {
  intervals: Interval[];
  /** Holiday or adjusted-working-day name from the calendar; absent when the hours string itself varies. */
  reason?: string;
}

/**
 * What the browser receives instead of the opening_hours parser: the usual week plus every
 * day in the window that departs from it. Plain JSON, so it can be inlined into a page.
 */
export interface CompiledSchedule {
  tz: 'Asia/Shanghai';
  weekly: Record<Weekday, Interval[]>;
  exceptions: Record<string, DayException>;
  /** First and last day (YYYY-MM-DD, inclusive) the schedule vouches for. */
  validFrom: string;
  validUntil: string;
  /**
   * Last day whose holiday arrangement (holidays, bridge days, 调休) the calendar records; absent when
   * it covers the whole window. Later days follow the usual week, closed only on statutory holidays.
   */
  arrangedUntil?: string;
  /** The statutory holidays after arrangedUntil that lie in or near the window. */
  statutory?: StatutoryHoliday[];
  /** Hours on a public holiday ([] when closed, the site's default); absent when they depend on the weekday. */
  holidayHours?: Interval[];
}
