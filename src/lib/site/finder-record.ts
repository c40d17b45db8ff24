/**
 * What the place finder knows about each place, and the words it shares with the listing pages.
 * The build writes a record as data attributes on the listing's items (and as JSON in the per-region
 * data files); the finder island reads them back. Plain TypeScript: pages and the island import it.
 */
import { CHECK_BEFORE_VISIT } from './visit-advice.ts';

export interface FinderRecord {
  id: string;
  region: string;
  /** '' when the entry names no town. */
  town: string;
  community?: string;
  kind: string;
  services?: string[];
  lng?: number;
  lat?: number;
  /** The position is an exact one (location.precision 'exact'); approximate ones get no distance. */
  exact?: boolean;
  /** Key into the schedules sent with the page or data file; absent without confirmed hours. */
  schedule?: string;
}

/** The badge of a place whose details are not confirmed; cards show it in the warning style. */
export const UNCONFIRMED_BADGE = '信息未核实';

/** What a place's card shows (PlaceSummary.astro renders it; the island fills the same card from JSON). */
export interface CardView {
  name: string;
  href: string;
  badges: string[];
  summary: string;
}

/** A region's finder data file: its places by town, in listing order, and their compiled schedules. */
export interface RegionFinderData {
  region: string;
  towns: Array<{ id: string; name: string; places: Array<{ record: FinderRecord; card: CardView }> }>;
  schedules: Record<string, unknown>;
}

/** The path segment of the town page, and the anchor part, for places whose entry names no town. */
export const NO_TOWN = 'no-town';

/** The id of a town's heading in a listing: unique on a page that lists several regions. */
export const townAnchor = (region: string, town: string) => `${region}-${town || NO_TOWN}`;

export function finderAttributes(record: FinderRecord): Record<string, string> {
  const attributes: Record<string, string | undefined> = {
    'data-place': record.id,
    'data-region': record.region,
    'data-town': record.town,
    'data-community': record.community,
    'data-kind': record.kind,
    'data-services': record.services?.join(' '),
    'data-lng': record.lng?.toString(),
    'data-lat': record.lat?.toString(),
    'data-exact': record.exact ? '' : undefined,
    'data-schedule': record.schedule,
  };
  return Object.fromEntries(Object.entries(attributes).filter((entry): entry is [string, string] => entry[1] !== undefined));
}

/** The inverse of finderAttributes, from an element's dataset. */
export function readFinderRecord(data: DOMStringMap | Record<string, string | undefined>): FinderRecord {
  return {
    id: data.place!,
    region: data.region!,
    town: data.town ?? '',
    community: data.community,
    kind: data.kind!,
    services: data.services?.split(' '),
    lng: data.lng === undefined ? undefined : Number(data.lng),
    lat: data.lat === undefined ? undefined : Number(data.lat),
    exact: data.exact !== undefined,
    schedule: data.schedule,
  };
}

/** The finder's summary line: how many filters are on. */
export const activeFiltersLabel = (count: number) => (count === 0 ? '未筛选' : `已选 ${count} 项`);

/** Instead of an open-now filter that could only ever answer "unknown". */
export const NO_HOURS_YET = `这里列出的地点都还没有核实的开放时间，无法判断现在是否开放。${CHECK_BEFORE_VISIT}`;

/** Instead of a distance sort that could only ever say "unknown". */
export const NO_EXACT_POSITIONS_YET = '这里列出的地点都还没有核实的准确位置（只有镇的大致位置），暂时不能按远近排列。';
