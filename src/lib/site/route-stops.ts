import type { PlannedStop } from '../routes/timeline.ts';
import type { Place, Route } from './entries.ts';

export interface RouteStop extends PlannedStop {
  place: Place;
  note?: string;
}

/** A route's stops joined to their places. The content check guarantees each exists and has a location. */
export function resolveStops(route: Route, placesById: ReadonlyMap<string, Place>): RouteStop[] {
  return route.data.stops.map((stop) => {
    const place = placesById.get(stop.place);
    if (!place?.data.location) throw new Error(`${route.id}: stop ${stop.place} has no place or location`);
    const { lng, lat, precision } = place.data.location;
    return { id: place.id, name: place.data.name, location: { lng, lat }, approximate: precision === 'approximate', stay: stop.stay, place, note: stop.note };
  });
}
