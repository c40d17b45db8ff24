import { groupByReason, placesToConfirm, missingCalendarYears, type Reason, type WorklistItem, type WorklistPlace } from '../content/worklist.ts';
import { shanghaiWallClock } from '../hours/dates.ts';
import { loadCalendar } from '../../schemas/calendar.ts';
import { BUILD_TIME } from './build-time.ts';
import { getPlaces, getRegions, type Region } from './entries.ts';
import { once } from './once.ts';

export interface WorklistRegionPart {
  region: Region;
  items: WorklistItem[];
  /** The items by reason, in the order the office works through them; only reasons with items. */
  groups: Array<{ reason: Reason; items: WorklistItem[] }>;
}

/**
 * The office's worklist as of this build, for /admin/worklist/ and its CSV (the same list as npm run
 * report), and split by region: a county's office works on its own places, and one page of every
 * place to confirm would grow with the whole site.
 */
export const getWorklist = once(async () => {
  const today = shanghaiWallClock(BUILD_TIME).date;
  const regions = await getRegions();
  const items = placesToConfirm((await getPlaces()) as WorklistPlace[], regions, today);
  const byRegion: WorklistRegionPart[] = regions
    .map((region) => {
      const own = items.filter((item) => item.regionId === region.id);
      return { region, items: own, groups: groupByReason(own) };
    })
    .filter((part) => part.items.length > 0);
  return { today, items, byRegion, calendarYears: missingCalendarYears(loadCalendar(), today) };
});
