/**
 * "Nearby" places for a site page, nearest first, with an honest distance label: many places are
 * only known to the nearest town centre, and two such places sharing one reference point are not
 * "0 米" apart — their distance is simply unknown (the rule of estimate.ts, the words of wording.ts).
 */
import { sortByDistance, type LngLat } from '../geo/distance.ts';
import { isUnknownDistance } from './estimate.ts';
import { straightDistance, UNKNOWN_DISTANCE } from './wording.ts';

interface Locatable {
  id: string;
  location?: LngLat & { precision: 'exact' | 'approximate' };
}

interface Nearby<T> {
  item: T;
  meters: number;
  /** '直线约 12 公里' or a sentence saying the distance is not known. */
  label: string;
}

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
      return { item, meters, label: isUnknownDistance(meters, approximate) ? UNKNOWN_DISTANCE : straightDistance(meters, approximate) };
    });
}
