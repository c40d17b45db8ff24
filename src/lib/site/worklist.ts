import { placesToConfirm, missingCalendarYears, type WorklistPlace } from '../content/worklist.ts';
import { shanghaiWallClock } from '../hours/dates.ts';
import { loadCalendar } from '../../schemas/calendar.ts';
import { BUILD_TIME } from './build-time.ts';
import { getPlaces, getRegions } from './entries.ts';

/** The office's worklist as of this build, for /admin/worklist/ and its CSV (the same list as npm run report). */
export async function getWorklist() {
  const today = shanghaiWallClock(BUILD_TIME).date;
  const places = (await getPlaces()) as WorklistPlace[];
  return { today, items: placesToConfirm(places, await getRegions(), today), calendarYears: missingCalendarYears(loadCalendar(), today) };
}
