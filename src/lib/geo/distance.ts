/**
 * Distances between places. Pure functions with no Node imports, so pages and
 * browser scripts ("near me" sorting) share the same arithmetic.
 */

/** A WGS-84 point; place `location` objects fit this shape. */
export interface LngLat {
  lng: number;
  lat: number;
}

/** Mean Earth radius (IUGG); haversine on a sphere is within ~0.5 % of the ellipsoid, plenty for "how far". */
const EARTH_RADIUS_M = 6371008.8;

const toRadians = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance in metres (haversine). */
export function distanceMeters(a: LngLat, b: LngLat): number {
  const dLat = toRadians(b.lat - a.lat);
  const dLng = toRadians(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRadians(a.lat)) * Math.cos(toRadians(b.lat)) * Math.sin(dLng / 2) ** 2;
  // min() guards against h creeping above 1 through rounding for antipodal points.
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Chinese distance label: '850 米' below 1 km (to 10 m, since locations are no more precise),
 * '3.2 公里' below 10 km, '214 公里' beyond.
 */
export function formatDistance(m: number): string {
  if (!Number.isFinite(m) || m < 0) throw new RangeError(`formatDistance: expected a distance in metres, got ${m}`);
  const metres = Math.round(m / 10) * 10;
  if (metres < 1000) return `${metres} 米`;
  const tenths = Math.round(m / 100) / 10;
  return tenths < 10 ? `${tenths.toFixed(1)} 公里` : `${Math.round(m / 1000)} 公里`;
}

/** Whether a straight-line distance is walkable in `minutes` at `speedMps` (1.2 m/s is an unhurried adult pace). */
export function withinWalk(m: number, minutes = 10, speedMps = 1.2): boolean {
  return m <= minutes * 60 * speedMps;
}

export interface WithDistance<T> {
  item: T;
  /** Metres from the origin; undefined when the item has no location. */
  distance: number | undefined;
}

/** Nearest first; items without a location keep their original order at the end (the sort is stable). */
export function sortByDistance<T>(
  items: readonly T[],
  origin: LngLat,
  getLocation: (item: T) => LngLat | undefined | null,
): WithDistance<T>[] {
  return items
    .map((item): WithDistance<T> => {
      const location = getLocation(item);
      return { item, distance: location ? distanceMeters(origin, location) : undefined };
    })
    .sort((a, b) => {
      if (a.distance === undefined || b.distance === undefined) {
        return (a.distance === undefined ? 1 : 0) - (b.distance === undefined ? 1 : 0);
      }
      return a.distance - b.distance;
    });
}
