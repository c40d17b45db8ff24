import { loadCalendar } from '../../schemas/calendar.ts';
import { compileSchedule } from '../hours/compile.ts';
import type { CompiledSchedule } from '../hours/types.ts';
import { BUILD_TIME } from './build-time.ts';

/** How far ahead a page's schedule reaches; past it the page says the hours need checking. */
const WINDOW_DAYS = 400;
const calendar = loadCalendar();
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
