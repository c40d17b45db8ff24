import { getCollection, type CollectionEntry } from 'astro:content';
import { loadVocabularies, type VocabularyName } from '../../schemas/vocabularies.ts';
import { placeType } from './place-types.ts';
import { relatedByEntry } from './related.ts';

/** Astro-side access to content: sorted lists, look-ups by id and vocabulary labels. */
export const vocabularies = loadVocabularies();

export const label = (vocabulary: VocabularyName, id: string) => vocabularies[vocabulary][id] ?? id;

export type Region = CollectionEntry<'regions'>;
export type Case = CollectionEntry<'cases'>;
export type Site = CollectionEntry<'sites'>;
export type Route = CollectionEntry<'routes'>;
export type Workstation = CollectionEntry<'workstations'>;
export type ServicePoint = CollectionEntry<'service-points'>;
export type Place = Site | Workstation | ServicePoint;

// One collator: String#localeCompare with a locale builds one per call, which dominated builds of thousands of pages.
const collator = new Intl.Collator('zh-CN');
const byName = <T extends { data: { name: string } }>(a: T, b: T) => collator.compare(a.data.name, b.data.name);

/**
 * Every page asks for the same sorted lists; a production build computes each once (callers must not
 * mutate them). In development content changes while the server runs, so nothing is kept.
 */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let kept: Promise<T> | undefined;
  return () => (import.meta.env.PROD ? (kept ??= load()) : load());
}

export const getRegions = once(async () => (await getCollection('regions')).sort((a, b) => a.data.order - b.data.order));
export const getCases = once(async () =>
  (await getCollection('cases', ({ data }) => !data.draft)).sort((a, b) => b.data.date.getTime() - a.data.date.getTime()),
);
export const getSites = once(async () => (await getCollection('sites')).sort(byName));
export const getWorkstations = once(async () => (await getCollection('workstations')).sort(byName));
export const getServicePoints = once(async () => (await getCollection('service-points')).sort(byName));
export const getRoutes = once(async () => (await getCollection('routes')).sort((a, b) => collator.compare(a.data.title, b.data.title)));
export const getPlaces = once(async (): Promise<Place[]> => [...(await getSites()), ...(await getWorkstations()), ...(await getServicePoints())]);
export const getPlacesById = once(async () => new Map((await getPlaces()).map((place) => [place.id, place])));

export async function getPlace(id: string): Promise<Place | undefined> {
  return (await getPlacesById()).get(id);
}

/** Groups entries under each key they name, once per entry, keeping the list's order. */
function groupBy<T>(items: T[], keysOf: (item: T) => string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of new Set(keysOf(item))) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}

// Looked up by every case or place page: built once, so no page scans every entry.
const casesByPlace = once(async () => groupBy(await getCases(), (entry) => entry.data.places));
const routesByPlace = once(async () => groupBy(await getRoutes(), (route) => route.data.stops.map((stop) => stop.place)));
const relatedCases = once(async () => relatedByEntry(await getCases(), 3));

/** Cases that mention the place, newest first. */
export const casesMentioning = async (placeId: string) => (await casesByPlace()).get(placeId) ?? [];
/** Routes with a stop at the place, by title. */
export const routesStoppingAt = async (placeId: string) => (await routesByPlace()).get(placeId) ?? [];
/** The three cases most related to a case (see related.ts). */
export const casesRelatedTo = async (caseId: string) => (await relatedCases()).get(caseId) ?? [];

export const placeKindLabel = (place: Place) => label(placeType(place.collection).kindVocabulary, place.data.kind);

export async function regionName(id: string) {
  return (await getRegions()).find((r) => r.id === id)?.data.name ?? id;
}

export function townName(region: Region | undefined, townId: string | undefined) {
  return region?.data.towns.find((t) => t.id === townId)?.name ?? townId;
}

export function communityName(region: Region | undefined, townId: string | undefined, communityId: string | undefined) {
  return region?.data.towns.find((t) => t.id === townId)?.communities.find((c) => c.id === communityId)?.name ?? communityId;
}

/** 2020年8月1日 — dates as Chinese readers expect them, independent of the build machine's locale. */
export function formatDate(date: Date) {
  return `${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月${date.getUTCDate()}日`;
}
export const isoDate = (date: Date) => date.toISOString().slice(0, 10);
