/**
 * A route as its page, print view, GPX file and the routes list show it: its stops joined to their
 * places, timed at the route's own travel mode and start time.
 */
import { buildTimeline, parseClock, type PlannedStop, type Timeline } from '../routes/timeline.ts';
import { getPlacesById, getRoutes, type Place, type Route } from './entries.ts';
import { once } from './once.ts';

export interface RouteStop extends PlannedStop {
  place: Place;
  note?: string;
}

export interface RouteWithStops {
  route: Route;
  stops: RouteStop[];
  timeline: Timeline<RouteStop>;
}

/** Every route with its stops and timetable, in the routes' order. The content check guarantees each stop exists and has a location. */
export const routesWithStops = once(async (): Promise<RouteWithStops[]> => {
  const placesById = await getPlacesById();
  return (await getRoutes()).map((route) => {
    const stops = route.data.stops.map((stop): RouteStop => {
      const place = placesById.get(stop.place);
      if (!place?.data.location) throw new Error(`${route.id}: stop ${stop.place} has no place or location`);
      const { lng, lat, precision } = place.data.location;
      return { id: place.id, name: place.data.name, location: { lng, lat }, approximate: precision === 'approximate', stay: stop.stay, place, note: stop.note };
    });
    return { route, stops, timeline: buildTimeline(stops, route.data.mode, parseClock(route.data.startTime)!) };
  });
});

/** getStaticPaths of every page made per route (the page, its print view, its GPX file): the route with its stops as props. */
export const routeStaticPaths = async () => (await routesWithStops()).map((props) => ({ params: { id: props.route.id }, props }));
