/**
 * Links that hand a place or route over to a map service. The visitor opens them; the site
 * never fetches them (it works offline and loads nothing from third parties).
 * Inputs are WGS-84; each builder converts to the coordinate system the service expects.
 */
import { toBd09, toGcj02 } from './china-coordinates.ts';
import type { LngLat } from './distance.ts';

export interface NamedPoint extends LngLat {
  name: string;
}

export type AmapMode = 'car' | 'bus' | 'walk' | 'ride';

/** AMap's marker page shows at most 10 points (uri.amap.com 多点标注: 0 < N ≤ 10). */
const AMAP_MAX_MARKERS = 10;

/** 6 decimals ≈ 0.1 m: more is noise, fewer could move a doorway. */
const coordinate = (value: number) => String(Number(value.toFixed(6)));

/** AMap's `lng,lat,name` triple, in GCJ-02. */
function amapPoint({ lng, lat, name }: NamedPoint): string {
  const gcj = toGcj02(lng, lat);
  return `${coordinate(gcj.lng)},${coordinate(gcj.lat)},${encodeURIComponent(name)}`;
}

/** AMap (高德) page with one marker. */
export function amapMarkerUrl(point: NamedPoint): string {
  const gcj = toGcj02(point.lng, point.lat);
  return (
    `https://uri.amap.com/marker?position=${coordinate(gcj.lng)},${coordinate(gcj.lat)}` +
    `&name=${encodeURIComponent(point.name)}&coordinate=gaode&callnative=0`
  );
}

function navigationUrl(from: NamedPoint | undefined, to: NamedPoint, mode: AmapMode, via?: NamedPoint): string {
  const params = [
    ...(from ? [`from=${amapPoint(from)}`] : []),
    `to=${amapPoint(to)}`,
    ...(via ? [`via=${amapPoint(via)}`] : []),
    `mode=${mode}`,
    'coordinate=gaode',
    'callnative=0',
  ];
  return `https://uri.amap.com/navigation?${params.join('&')}`;
}

/**
 * AMap route planning to `to`. Without `from`, AMap starts from the visitor's current
 * position (AMap only does this on mobile; desktop visitors type a start point).
 */
export function amapNavigationUrl(from: NamedPoint | undefined, to: NamedPoint, mode: AmapMode = 'car'): string {
  return navigationUrl(from, to, mode);
}

/**
 * One AMap link covering every stop of a route, in order:
 * 1 stop → marker; 2 stops → navigation; 3 stops by car → navigation with AMap's single `via`
 * (AMap honours `via` only for mode=car); otherwise → a multi-marker page showing all stops,
 * because silently dropping intermediate stops would mislead.
 */
export function amapRouteUrl(stops: readonly NamedPoint[], mode: AmapMode = 'car'): string {
  const first = stops[0];
  const last = stops[stops.length - 1];
  if (!first || !last) throw new RangeError('amapRouteUrl: a route needs at least one stop');
  if (stops.length === 1) return amapMarkerUrl(first);
  if (stops.length === 2) return navigationUrl(first, last, mode);
  if (stops.length === 3 && mode === 'car') return navigationUrl(first, last, mode, stops[1]);
  if (stops.length > AMAP_MAX_MARKERS) {
    throw new RangeError(`amapRouteUrl: AMap can show at most ${AMAP_MAX_MARKERS} stops on one map, got ${stops.length}`);
  }
  // A literal '|' as AMap documents: encoded names cannot contain one, so it only ever separates stops.
  return `https://uri.amap.com/marker?markers=${stops.map(amapPoint).join('|')}&coordinate=gaode&callnative=0`;
}

/** Baidu (百度) page with one marker; Baidu requires both title and content, so content defaults to the name. */
export function baiduMarkerUrl({ lng, lat, name, content = name }: NamedPoint & { content?: string }): string {
  const bd = toBd09(lng, lat);
  return (
    `https://api.map.baidu.com/marker?location=${coordinate(bd.lat)},${coordinate(bd.lng)}` +
    `&title=${encodeURIComponent(name)}&content=${encodeURIComponent(content)}` +
    '&output=html&coord_type=bd09ll&src=webapp.hainan.dangjian'
  );
}

/** OpenStreetMap centred on the point with a marker; OSM uses WGS-84 directly. */
export function osmUrl({ lng, lat }: LngLat): string {
  const x = coordinate(lng);
  const y = coordinate(lat);
  return `https://www.openstreetmap.org/?mlat=${y}&mlon=${x}#map=16/${y}/${x}`;
}
