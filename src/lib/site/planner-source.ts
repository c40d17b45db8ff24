/** Build time only (astro:content): the plannable places for the planner and its print view. */
import { getPlaces, getRoutes } from './entries.ts';
import { scheduleFor } from './schedules.ts';
import { paths } from './urls.ts';
import { plannablePlaces, type PlannerPlace } from '../routes/planner-data.ts';

export async function getPlannablePlaces(): Promise<PlannerPlace[]> {
  const [places, routes] = await Promise.all([getPlaces(), getRoutes()]);
  const routeStopIds = new Set(routes.flatMap((route) => route.data.stops.map((stop) => stop.place)));
  return plannablePlaces(places, routeStopIds, { href: (p) => paths.entry(p.collection, p.id), schedule: scheduleFor });
}

