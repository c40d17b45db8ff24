/**
 * "Near me" ordering that claims no more than the positions support. Only exact positions get a
 * distance and count towards the ten-minute circle; places known only to a town's reference point
 * (or not at all) come after them, grouped by town, nearest town first.
 */
import { distanceMeters, formatDistance, withinWalk, type LngLat } from './distance.ts';

export interface Position extends LngLat {
  exact: boolean;
}

export interface Origin {
  point: LngLat;
  /** The visitor's own fix, precise enough for walking distances; a town's reference point is not. */
  exact: boolean;
}

export interface NearestFirst<T> {
  /** Places with an exact position, nearest first. */
  exact: Array<{ item: T; meters: number }>;
  /** The others, by town: the town whose reference point is nearest first, towns without one last. */
  byTown: Array<{ town: string; items: T[] }>;
  /** Exact positions within a ten-minute walk; 0 unless the origin is exact too. */
  withinWalk: number;
}

export function nearestFirst<T>(
  items: readonly T[],
  origin: Origin,
  of: {
    position: (item: T) => Position | undefined;
    town: (item: T) => string;
    /** A town's reference point (e.g. the mean of its places' positions), when it has one. */
    townPoint: (town: string) => LngLat | undefined;
  },
): NearestFirst<T> {
  const exact: NearestFirst<T>['exact'] = [];
  const towns = new Map<string, T[]>();
  for (const item of items) {
    const position = of.position(item);
    if (position?.exact) {
      exact.push({ item, meters: distanceMeters(origin.point, position) });
      continue;
    }
    const town = of.town(item);
    const group = towns.get(town);
    if (group) group.push(item);
    else towns.set(town, [item]);
  }
  exact.sort((a, b) => a.meters - b.meters);
  const townDistance = (town: string) => {
    const point = of.townPoint(town);
    return point ? distanceMeters(origin.point, point) : Infinity;
  };
  const byTown = [...towns].map(([town, grouped]) => ({ town, items: grouped, meters: townDistance(town) }));
  // Array#sort is stable: towns at the same distance (or none) keep the listing's order.
  byTown.sort((a, b) => (a.meters === b.meters ? 0 : a.meters - b.meters));
  return {
    exact,
    byTown: byTown.map(({ town, items: grouped }) => ({ town, items: grouped })),
    withinWalk: origin.exact ? exact.filter(({ meters }) => withinWalk(meters)).length : 0,
  };
}

/**
 * How far an exact position is from the origin, as a visitor should read it: never "0 米", and no
 * metre-level figure when the origin itself is only a town's reference point.
 */
export function distanceLabel(meters: number, origin: Origin): string {
  if (!origin.exact) return meters < 1000 ? '不到 1 公里' : `约 ${formatDistance(meters)}`;
  return meters < 10 ? '不到 10 米' : `约 ${formatDistance(meters)}`;
}
