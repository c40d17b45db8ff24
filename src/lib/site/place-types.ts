/**
 * One table per kind of place: what it is called, which vocabulary names its kinds, its schema.org
 * type, the page that lists a region's places and, for the two that have listings with a finder,
 * their other pages, data files and filters.
 * Pages, listings, JSON-LD and open data read from here instead of switching on the collection.
 * Plain data (no astro:content), so islands, scripts and unit tests can import it.
 */
import { COLLECTION_LABELS, type PlaceCollection } from '../../schemas/index.ts';
import type { VocabularyName } from '../../schemas/vocabularies.ts';

interface PlaceType {
  collection: PlaceCollection;
  /** 党群服务点 */
  label: string;
  kindVocabulary: VocabularyName;
  /** schema.org @type of a place's JSON-LD. */
  schemaTypes: string[];
  /** The page that lists one region's places of this type, by town. */
  regionListing: (region: string) => string;
}

interface ListingPaths {
  index: string;
  town: (region: string, town: string) => string;
  kind: (kind: string) => string;
  /** The finder's data for one region (src/pages/<type>/region/[region].json.ts). */
  regionData: (region: string) => string;
  openData: { geojson: string; json: string };
}

/** A place type with listing pages (by region, town and kind) and the finder. */
interface ListedPlaceType extends PlaceType {
  collection: ListedCollection;
  /** One line under the listing's title. */
  description: string;
  /** Filters beyond region, town, kind and open now. */
  filters: { community: boolean; services: boolean };
  paths: ListingPaths;
}

export const LISTED_COLLECTIONS = ['service-points', 'workstations'] as const satisfies readonly PlaceCollection[];
export type ListedCollection = (typeof LISTED_COLLECTIONS)[number];

const regionListing = (collection: PlaceCollection) => (region: string) => `/${collection}/region/${region}/`;

function listingPaths(collection: ListedCollection): ListingPaths {
  const base = `/${collection}/`;
  return {
    index: base,
    town: (region, town) => `${regionListing(collection)(region)}${town}/`,
    kind: (kind) => `${base}kind/${kind}/`,
    regionData: (region) => `${base}region/${region}.json`,
    openData: { geojson: `/data/${collection}.geojson`, json: `/data/${collection}.json` },
  };
}

export const PLACE_TYPES = {
  sites: {
    collection: 'sites',
    label: COLLECTION_LABELS.sites,
    kindVocabulary: 'siteKinds',
    schemaTypes: ['LandmarksOrHistoricalBuildings', 'TouristAttraction'],
    regionListing: regionListing('sites'),
  },
  workstations: {
    collection: 'workstations',
    label: COLLECTION_LABELS.workstations,
    kindVocabulary: 'workstationKinds',
    schemaTypes: ['GovernmentOffice'],
    regionListing: regionListing('workstations'),
    description: '候鸟人才工作站、博士工作站、名家教育工作室、海归人才工作站、青年创业服务基地和研学教育基地。',
    filters: { community: false, services: false },
    paths: listingPaths('workstations'),
  },
  'service-points': {
    collection: 'service-points',
    label: COLLECTION_LABELS['service-points'],
    kindVocabulary: 'servicePointKinds',
    schemaTypes: ['GovernmentOffice', 'CivicStructure'],
    regionListing: regionListing('service-points'),
    description: '党群服务中心和社区党群服务站：在哪里、能办什么、什么时候开门、怎么去。',
    filters: { community: true, services: true },
    paths: listingPaths('service-points'),
  },
} as const satisfies { sites: PlaceType } & Record<ListedCollection, ListedPlaceType>;

export const placeType = (collection: PlaceCollection): PlaceType => PLACE_TYPES[collection];
export const listedPlaceType = (collection: ListedCollection): ListedPlaceType => PLACE_TYPES[collection];
