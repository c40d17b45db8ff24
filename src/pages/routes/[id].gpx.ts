/** /routes/<id>.gpx — GPX 1.1 of a route: its stops as waypoints and, in order, as one route. */
import type { APIRoute } from 'astro';
import { weeklyFit } from '../../lib/routes/arrival.ts';
import { buildGpxOnServer } from '../../lib/routes/gpx-node.ts';
import { stopNotes, tripLine } from '../../lib/routes/wording.ts';
import { routeStaticPaths, type RouteWithStops } from '../../lib/site/route-stops.ts';
import { scheduleFor } from '../../lib/site/schedules.ts';
import { paths } from '../../lib/site/urls.ts';
import { site } from '../../lib/site/identity.ts';

export const getStaticPaths = routeStaticPaths;

export const GET: APIRoute<RouteWithStops> = ({ props: { route, timeline } }) => {
  const absolute = (path: string) => new URL(path, site.url).href;
  const { data } = route;
  // The same words as the route page and its print view: suggested times, hours, the way on.
  const gpx = buildGpxOnServer({
    name: data.title,
    description: `${data.summary}${tripLine(timeline, { start: data.startTime, mode: data.mode })}。`,
    url: absolute(paths.entry('routes', route.id)),
    stops: timeline.stops.map(({ stop, arrive, depart }, index) => ({
      name: stop.name,
      lng: stop.location.lng,
      lat: stop.location.lat,
      description: stopNotes(timeline, index, data.mode, weeklyFit(scheduleFor(stop.place.data.hours), arrive, depart).text).join(''),
      url: absolute(paths.entry(stop.place.collection, stop.id)),
    })),
  });
  return new Response(gpx, { headers: { 'Content-Type': 'application/gpx+xml; charset=utf-8' } });
};
