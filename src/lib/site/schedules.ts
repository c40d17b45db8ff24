import { loadCalendar } from '../../schemas/calendar.ts';
import { compileSchedule } from '../hours/compile.ts';
import type { CompiledSchedule } from '../hours/types.ts';

/** How far ahead a page's schedule reaches; past it the page says the hours need checking. */
const WINDOW_DAYS = 400;
const calendar = loadCalendar();
/**
 * The moment this build started: every page's schedule starts from the same day. SITE_BUILD_DATE
 * (YYYY-MM-DD) pins it, for reproducible builds and for tests of dates around holidays.
 */
export const BUILD_TIME = process.env.SITE_BUILD_DATE ? new Date(`${process.env.SITE_BUILD_DATE}T00:00:00+08:00`) : new Date();
// Many places share the same hours string, and compiling one evaluates the rule over 400 days.
const cache = new Map<string, CompiledSchedule>();

export function scheduleFor(hours: string | undefined): CompiledSchedule | undefined {
  if (!hours) return undefined;
  let schedule = cache.get(hours);
  if (!schedule) {
    schedule = compileSchedule(hours, calendar, { from: BUILD_TIME, days: WINDOW_DAYS });
    cache.set(hours, schedule);
  }
  return schedule;
}
