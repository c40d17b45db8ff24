import { getCollection, type CollectionEntry } from 'astro:content';
import { COLLECTIONS } from '../../schemas/index.ts';
import { loadVocabularies, type VocabularyName } from '../../schemas/vocabularies.ts';
import { isoDate, shanghaiWallClock } from '../hours/dates.ts';
import { firstAddedDates } from './git-dates.ts';
import { placeType } from './place-types.ts';
import { relatedByEntry } from './related.ts';
import { once } from './once.ts';

/** Astro-side access to content: sorted lists, look-ups by id and vocabulary labels. */
export const vocabularies = loadVocabularies();

export const label = (vocabulary: VocabularyName, id: string) => vocabularies[vocabulary][id] ?? id;

export type Region = CollectionEntry<'regions'>;
export type Source = CollectionEntry<'sources'>;
export type Case = CollectionEntry<'cases'>;
export type Site = CollectionEntry<'sites'>;
export type Route = CollectionEntry<'routes'>;
export type Workstation = CollectionEntry<'workstations'>;
export type ServicePoint = CollectionEntry<'service-points'>;
export type Place = Site | Workstation | ServicePoint;

// One collator: String#localeCompare with a locale builds one per call, which dominated builds of thousands of pages.
const collator = new Intl.Collator('zh-CN');
const byName = <T extends { data: { name: string } }>(a: T, b: T) => collator.compare(a.data.name, b.data.name);

export const getRegions = once(async () => (await getCollection('regions')).sort((a, b) => a.data.order - b.data.order));
/** Read once per build; see git-dates.ts. */
const firstAdded = firstAddedDates(process.cwd());
if (firstAdded.unavailable) console.warn(`[站点日期] 无法从 git 取得条目首次发布的日期（${firstAdded.unavailable}）：没有写 published 的案例不显示发布日期。`);

/**
 * When this site published an entry: the editor's `published` date, else the day its file was first
 * committed. Undefined when neither is known. `day` is the Shanghai calendar day (YYYY-MM-DD);
 * `time` orders entries published on the same day.
 */
export interface SiteDate {
  day: string;
  time: number;
}
export function siteDate(entry: { filePath?: string; data: { published?: Date } }): SiteDate | undefined {
  if (entry.data.published) return { day: isoDate(entry.data.published), time: entry.data.published.getTime() };
  const added = entry.filePath ? firstAdded.dates.get(entry.filePath) : undefined;
  return added && { day: shanghaiWallClock(added).date, time: added.getTime() };
}

/** Newest first by site date; entries without one after those with one, then by title. */
export const getCases = once(async () => {
  const cases = await getCollection('cases', ({ data }) => !data.draft);
  const time = new Map(cases.map((entry) => [entry.id, siteDate(entry)?.time ?? -Infinity]));
  return cases.sort((a, b) => time.get(b.id)! - time.get(a.id)! || collator.compare(a.data.title, b.data.title));
});
export const getSources = once(async () => (await getCollection('sources')).sort((a, b) => collator.compare(a.data.title, b.data.title)));
export const getSourcesById = once(async () => new Map((await getSources()).map((source) => [source.id, source])));
/** The sources an entry cites, in its order (the content check guarantees each exists). */
export async function sourcesOf(entry: { data: { sources: string[] } }): Promise<Source[]> {
  const byId = await getSourcesById();
  return entry.data.sources.map((id) => byId.get(id)!);
}

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

const citing = once(async () =>
  groupBy<Case | Place | Route | Region>([...(await getCases()), ...(await getPlaces()), ...(await getRoutes()), ...(await getRegions())], (entry) => entry.data.sources),
);
/** Every published entry that cites the source: cases newest first, then places, routes and regions. */
const entriesCiting = async (sourceId: string) => (await citing()).get(sourceId) ?? [];
/** The same, by kind of entry in the collections' order; only kinds that cite it. */
export async function entriesCitingByCollection(sourceId: string) {
  const entries = await entriesCiting(sourceId);
  return COLLECTIONS.map((collection) => ({ collection, entries: entries.filter((entry) => entry.collection === collection) })).filter((group) => group.entries.length > 0);
}

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
