/**
 * Region-first listings of service points and workstations: which places a listing page holds,
 * grouped by region and town, what the finder knows about each, and the pages and per-region data
 * files to build. No page lists more than PLACES_PER_PAGE (listing-limits.ts) places one by one; beyond that it lists
 * regions (or a region's towns) with their counts, and the finder fetches a region's data file.
 */
import {
  getRegions, getServicePoints, getWorkstations, label, placeKindLabel, regionName,
  type Place, type Region, type ServicePoint, type Workstation,
} from './entries.ts';
import { NO_TOWN, townAnchor, UNCONFIRMED_BADGE, type CardView, type FinderRecord, type RegionFinderData } from './finder-record.ts';
import { groupByRegion, scheduleKey, townGroups, type TownGroup } from './place-groups.ts';
import { PLACES_PER_PAGE } from './listing-limits.ts';
import { listedPlaceType, placeType, type ListedCollection } from './place-types.ts';
import type { PlaceCollection } from '../../schemas/index.ts';
import { scheduleFor } from './schedules.ts';
import { paths } from './urls.ts';

export type ListedPlace = Workstation | ServicePoint;

export const listedPlaces = (collection: ListedCollection): Promise<ListedPlace[]> =>
  collection === 'service-points' ? getServicePoints() : getWorkstations();

export interface RegionGroup<P extends Place = Place> {
  region: Region;
  places: P[];
  towns: TownGroup<P>[];
}

/** Places by region (in the regions' order, only regions that have some), then by town. */
export async function regionGroups<P extends Place>(places: readonly P[]): Promise<RegionGroup<P>[]> {
  return groupByRegion(await getRegions(), places, (place) => place.data.region).map(({ region, items }) => ({ region, places: items, towns: townGroups(region, items) }));
}

/** A region whose places do not fit one page gets a page per town (counted over all its places, whatever a page shows). */
async function listsByTown(collection: ListedCollection, region: string): Promise<boolean> {
  let count = 0;
  for (const place of await listedPlaces(collection)) if (place.data.region === region) count++;
  return count > PLACES_PER_PAGE;
}

/**
 * Where a town's places are listed: its own page when the region lists by town, else a section of
 * the region's listing (sites always: a region has few).
 */
export async function townHref(collection: PlaceCollection, region: string, town: string) {
  if (collection !== 'sites' && (await listsByTown(collection, region))) return listedPlaceType(collection).paths.town(region, town || NO_TOWN);
  return `${placeType(collection).regionListing(region)}#${townAnchor(region, town)}`;
}

/** The compiled schedules of the places, by key. */
export function schedulesOf(places: readonly Place[]): Record<string, unknown> {
  const hours = [...new Set(places.flatMap((p) => (p.data.hours ? [p.data.hours] : [])))];
  return Object.fromEntries(hours.map((h) => [scheduleKey(h), scheduleFor(h)]));
}

export function finderRecord(place: ListedPlace): FinderRecord {
  const { data } = place;
  return {
    id: place.id,
    region: data.region,
    town: data.town ?? '',
    community: 'community' in data ? data.community : undefined,
    kind: data.kind,
    services: 'services' in data ? data.services : undefined,
    lng: data.location?.lng,
    lat: data.location?.lat,
    exact: data.location?.precision === 'exact',
    schedule: data.hours ? scheduleKey(data.hours) : undefined,
  };
}

export async function placeCard(place: Place): Promise<CardView> {
  return {
    name: place.data.name,
    href: paths.entry(place.collection, place.id),
    badges: [placeKindLabel(place), await regionName(place.data.region), ...(place.data.confirmation.status === 'unconfirmed' ? [UNCONFIRMED_BADGE] : [])],
    summary: place.data.summary,
  };
}

async function regionFinderData(group: RegionGroup<ListedPlace>): Promise<RegionFinderData> {
  return {
    region: group.region.id,
    towns: await Promise.all(
      group.towns.map(async (town) => ({
        id: town.id,
        name: town.name,
        places: await Promise.all(town.places.map(async (place) => ({ record: finderRecord(place), card: await placeCard(place) }))),
      })),
    ),
    schedules: schedulesOf(group.places),
  };
}

/** What one listing page shows: the whole type, one region, one town of a region, or one kind. */
export interface ListingScope {
  collection: ListedCollection;
  region?: string;
  /** A town id, or NO_TOWN. */
  town?: string;
  kind?: string;
}

export async function placesIn(scope: ListingScope): Promise<ListedPlace[]> {
  return (await listedPlaces(scope.collection)).filter(
    (p) =>
      (!scope.region || p.data.region === scope.region) &&
      (!scope.town || (p.data.town ?? NO_TOWN) === scope.town) &&
      (!scope.kind || p.data.kind === scope.kind),
  );
}

/** getStaticPaths of the listing pages, the finder's data files and the town pages. */
export async function regionPaths(collection: ListedCollection) {
  return (await regionGroups(await listedPlaces(collection))).map(({ region }) => ({ params: { region: region.id }, props: { scope: { collection, region: region.id } } }));
}

export async function townPaths(collection: ListedCollection) {
  const groups = await regionGroups(await listedPlaces(collection));
  const byTown = await Promise.all(groups.map((group) => listsByTown(collection, group.region.id)));
  return groups
    .filter((_, index) => byTown[index])
    .flatMap(({ region, towns }) => towns.map((town) => ({ params: { region: region.id, town: town.id || NO_TOWN }, props: { scope: { collection, region: region.id, town: town.id || NO_TOWN } } })));
}

export async function kindPaths(collection: ListedCollection) {
  const kinds = [...new Set((await listedPlaces(collection)).map((p) => p.data.kind))];
  return kinds.map((kind) => ({ params: { kind }, props: { scope: { collection, kind } } }));
}

export const kindLabel = (collection: ListedCollection, kind: string) => label(listedPlaceType(collection).kindVocabulary, kind);

/** getStaticPaths of the finder's per-region data files, with each file's content. */
export async function regionFinderDataPaths(collection: ListedCollection) {
  const groups = await regionGroups(await listedPlaces(collection));
  return Promise.all(groups.map(async (group) => ({ params: { region: group.region.id }, props: { data: await regionFinderData(group) } })));
}
