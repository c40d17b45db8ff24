/**
 * Pure helpers of the listings (no astro:content, so they have unit tests): entries by region, a region's places
 * by town, a town's reference point (the mean position), and the key of an hours string's compiled schedule.
 */
import type { LngLat } from '../geo/distance.ts';
import type { Place, Region } from './entries.ts';

export interface TownGroup<P extends Place = Place> {
  /** '' for places whose entry names no town. */
  id: string;
  name: string;
  places: P[];
}

const collator = new Intl.Collator('zh-CN');

export interface InRegion<T> {
  region: Region;
  items: T[];
}

/** Entries by region: regions in the order given, only those with entries, entries keeping their order. */
export function groupByRegion<T>(regions: readonly Region[], items: readonly T[], regionOf: (item: T) => string): InRegion<T>[] {
  const byRegion = new Map<string, T[]>();
  for (const item of items) {
    const group = byRegion.get(regionOf(item));
    if (group) group.push(item);
    else byRegion.set(regionOf(item), [item]);
  }
  return regions.filter((region) => byRegion.has(region.id)).map((region) => ({ region, items: byRegion.get(region.id)! }));
}

/** A region's places by town: towns in name order, places without a town last, places keeping their order. */
export function townGroups<P extends Place>(region: Region, places: readonly P[]): TownGroup<P>[] {
  const byTown = new Map<string, P[]>();
  for (const place of places) {
    const town = place.data.town ?? '';
    const group = byTown.get(town);
    if (group) group.push(place);
    else byTown.set(town, [place]);
  }
  return [...byTown]
    .map(([id, grouped]) => ({ id, name: id === '' ? '镇街未核实' : (region.data.towns.find((t) => t.id === id)?.name ?? id), places: grouped }))
    .sort((a, b) => (a.id === '' ? 1 : b.id === '' ? -1 : collator.compare(a.name, b.name)));
}

/** The mean of the places' positions (exact or not): where "from this town" (or community) starts. */
export function meanPosition(places: readonly Place[]): LngLat | undefined {
  const located = places.flatMap((p) => (p.data.location ? [p.data.location] : []));
  if (located.length === 0) return undefined;
  const round = (x: number) => Math.round(x * 10_000) / 10_000;
  return {
    lng: round(located.reduce((s, p) => s + p.lng, 0) / located.length),
    lat: round(located.reduce((s, p) => s + p.lat, 0) / located.length),
  };
}

/** A schedule's key from its hours string alone, so a page and a region's data file agree without sharing state. */
export function scheduleKey(hours: string): string {
  let hash = 0x811c9dc5; // FNV-1a, 32 bits
  for (let i = 0; i < hours.length; i++) hash = Math.imul(hash ^ hours.charCodeAt(i), 0x01000193) >>> 0;
  return `h${hash.toString(36)}`;
}

