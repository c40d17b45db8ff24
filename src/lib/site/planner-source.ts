/** Build time only (astro:content): the plannable places and the holidays for the planner and its print view. */
import { knownHolidays } from '../hours/statutory.ts';
import { loadCalendar } from '../../schemas/calendar.ts';
import { getPlaces, getRoutes } from './entries.ts';
import { once } from './once.ts';
import { scheduleFor } from './schedules.ts';
import { paths } from './urls.ts';
import { holidayDates, plannablePlaces, type PlannerData } from '../routes/planner-data.ts';

/** How many years past the recorded calendar a plan gets the statutory holidays (the law fixes those days). */
const STATUTORY_YEARS_AHEAD = 2;

export const getPlannerData = once(async (): Promise<PlannerData> => {
  const [places, routes] = await Promise.all([getPlaces(), getRoutes()]);
  const routeStopIds = new Set(routes.flatMap((route) => route.data.stops.map((stop) => stop.place)));
  return {
    places: plannablePlaces(places, routeStopIds, { href: (p) => paths.entry(p.collection, p.id), schedule: scheduleFor }),
    holidays: holidayDates(knownHolidays(loadCalendar(), STATUTORY_YEARS_AHEAD)),
  };
});

/** Asked by every workstation page: whether the planner takes it. */
export const getPlannableIds = once(async () => new Set((await getPlannerData()).places.map((place) => place.id)));
