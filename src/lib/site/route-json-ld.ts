import type { Route } from './entries.ts';
import type { RouteStop } from './route-stops.ts';
import { paths } from './urls.ts';
import { site } from '../../site.config.ts';

/**
 * schema.org TouristTrip for a route: its stops in order, each with its page, and its position only
 * where it is exact — structured data cannot carry "this is only the town centre". No distance or
 * duration is asserted: they are estimates, and often cannot be estimated at all.
 */
export function routeJsonLd(route: Pick<Route, 'id' | 'data'>, stops: readonly RouteStop[], audienceLabels: readonly string[]) {
  const absolute = (path: string) => new URL(path, site.url).href;
  return {
    '@context': 'https://schema.org',
    '@type': 'TouristTrip',
    name: route.data.title,
    description: route.data.summary,
    url: absolute(paths.entry('routes', route.id)),
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
          url: absolute(paths.entry(stop.place.collection, stop.id)),
          ...(!stop.approximate && { geo: { '@type': 'GeoCoordinates', longitude: stop.location.lng, latitude: stop.location.lat } }),
        },
      })),
    },
  };
}
