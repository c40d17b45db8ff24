import { getCollection, type CollectionEntry } from 'astro:content';
import { loadVocabularies, type VocabularyName } from '../../schemas/vocabularies.ts';
import type { PlaceCollection } from '../../schemas/index.ts';

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

const byName = <T extends { data: { name: string } }>(a: T, b: T) => a.data.name.localeCompare(b.data.name, 'zh-CN');

export async function getRegions() {
  return (await getCollection('regions')).sort((a, b) => a.data.order - b.data.order);
}

export async function getCases() {
  return (await getCollection('cases', ({ data }) => !data.draft)).sort((a, b) => b.data.date.getTime() - a.data.date.getTime());
}

export const getSites = async () => (await getCollection('sites')).sort(byName);
export const getWorkstations = async () => (await getCollection('workstations')).sort(byName);
export const getServicePoints = async () => (await getCollection('service-points')).sort(byName);
export const getRoutes = async () => (await getCollection('routes')).sort((a, b) => a.data.title.localeCompare(b.data.title, 'zh-CN'));

export async function getPlaces(): Promise<Place[]> {
  return [...(await getSites()), ...(await getWorkstations()), ...(await getServicePoints())];
}

export async function getPlace(id: string): Promise<Place | undefined> {
  return (await getPlaces()).find((place) => place.id === id);
}

export const placeKindLabel = (place: Place) => {
  const vocabulary: Record<PlaceCollection, VocabularyName> = {
    sites: 'siteKinds',
    workstations: 'workstationKinds',
    'service-points': 'servicePointKinds',
  };
  return label(vocabulary[place.collection], place.data.kind);
};

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
