/**
 * "Nearby" places for a site page, nearest first, with an honest distance label: many places are
 * only known to the nearest town centre, and two such places sharing one reference point are not
 * "0 米" apart — their distance is simply unknown.
 */
import { formatDistance, sortByDistance, type LngLat } from '../geo/distance.ts';

export interface Locatable {
  id: string;
  location?: LngLat & { precision: 'exact' | 'approximate' };
}

export interface Nearby<T> {
  item: T;
  meters: number;
  /** '直线约 12 公里' or a sentence saying the distance is not known. */
  label: string;
}

/** Closer than this between approximate locations means "the same reference point". */
const SAME_POINT_M = 200;

/**
 * Whether a distance says nothing: both ends (or one) only placed at a shared approximate point, such
 * as a town centre. Pages then say the distance is unknown instead of "0 米".
 */
export const isUnknownDistance = (meters: number, approximate: boolean) => approximate && meters < SAME_POINT_M;

export function nearbyPlaces<T extends Locatable>(origin: Locatable, candidates: readonly T[], limit: number): Nearby<T>[] {
  const from = origin.location;
  if (!from) return [];
  return sortByDistance(
    candidates.filter((c) => c.id !== origin.id && c.location),
    from,
    (c) => c.location,
  )
    .slice(0, limit)
    .map(({ item, distance }) => {
      const meters = distance!;
      const approximate = from.precision === 'approximate' || item.location!.precision === 'approximate';
      const label =
        isUnknownDistance(meters, approximate)
          ? '两处都只标出了同一大致位置，实际距离未知'
          : `直线约 ${formatDistance(meters)}${approximate ? '（按大致位置估算）' : ''}`;
      return { item, meters, label };
    });
}
