/** /routes/<id>.gpx — GPX 1.1 of a route: its stops as waypoints and, in order, as one route. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getPlacesById, getRoutes, type Route } from '../../lib/site/entries.ts';
import { buildGpxOnServer } from '../../lib/routes/gpx-node.ts';
import { resolveStops } from '../../lib/site/route-stops.ts';
import { paths } from '../../lib/site/urls.ts';
import { site } from '../../lib/site/identity.ts';

export const getStaticPaths = (async () =>
  (await getRoutes()).map((route) => ({ params: { id: route.id }, props: { route } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ route: Route }> = async ({ props: { route } }) => {
  const absolute = (path: string) => new URL(path, site.url).href;
  const stops = resolveStops(route, await getPlacesById());
  const gpx = buildGpxOnServer({
    name: route.data.title,
    description: route.data.summary,
    url: absolute(paths.entry('routes', route.id)),
    stops: stops.map((stop) => ({
      name: stop.name,
      lng: stop.location.lng,
      lat: stop.location.lat,
      description: [`建议停留约 ${stop.stay} 分钟`, stop.note, stop.place.data.location?.precision === 'approximate' ? '位置为大致位置，尚未核实' : undefined].filter(Boolean).join('。'),
      url: absolute(paths.entry(stop.place.collection, stop.id)),
    })),
  });
  return new Response(gpx, { headers: { 'Content-Type': 'application/gpx+xml; charset=utf-8' } });
};
