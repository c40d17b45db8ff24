import type { Route, Source } from './entries.ts';
import { absoluteUrl } from './identity.ts';
import type { RouteStop } from './route-stops.ts';
import { sourceJsonLd } from './source-json-ld.ts';
import { paths } from './urls.ts';

/**
 * schema.org TouristTrip for a route: its stops in order, each with its page, and its position only
 * where it is exact — structured data cannot carry "this is only the town centre". No distance or
 * duration is asserted: they are estimates, and often cannot be estimated at all. The sources it
 * was put together from are `subjectOf` (a Place has no `citation`).
 */
export function routeJsonLd(route: Pick<Route, 'id' | 'data'>, stops: readonly RouteStop[], audienceLabels: readonly string[], sources: readonly Source[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'TouristTrip',
    name: route.data.title,
    description: route.data.summary,
    url: absoluteUrl(paths.entry('routes', route.id)),
    inLanguage: 'zh-CN',
    touristType: [...audienceLabels],
    itinerary: {
      '@type': 'ItemList',
      numberOfItems: stops.length,
      itemListOrder: 'https://schema.org/ItemListOrderAscending',
      itemListElement: stops.map((stop, index) => ({
        '@type': 'ListItem',
        position: index + 1,
        item: {
          '@type': 'TouristAttraction',
          name: stop.name,
          url: absoluteUrl(paths.entry(stop.place.collection, stop.id)),
          ...(!stop.approximate && { geo: { '@type': 'GeoCoordinates', longitude: stop.location.lng, latitude: stop.location.lat } }),
        },
      })),
    },
    subjectOf: sources.map(sourceJsonLd),
  };
}
