/**
 * Between WGS-84 and the coordinate systems Chinese map services use. AMap (高德) and Tencent use
 * GCJ-02, Baidu uses BD-09; both are deliberately obfuscated offsets of a few hundred metres, so we
 * rely on gcoord's tested implementation instead of hand-rolling the formulas.
 */
import gcoord from 'gcoord';
import type { LngLat } from './distance.ts';

/** The systems a position may be written in: what GPS gives, what AMap/Tencent give, what Baidu gives. */
export const COORDINATE_SYSTEMS = ['wgs84', 'gcj02', 'bd09'] as const;
export type CoordinateSystem = (typeof COORDINATE_SYSTEMS)[number];

const CRS = { wgs84: gcoord.WGS84, gcj02: gcoord.GCJ02, bd09: gcoord.BD09 } as const;

function convert(lng: number, lat: number, from: CoordinateSystem, to: CoordinateSystem): LngLat {
  const [x, y] = gcoord.transform([lng, lat], CRS[from], CRS[to]);
  return { lng: x, lat: y };
}

/** WGS-84 → GCJ-02 (AMap / 高德, Tencent). */
export function toGcj02(lng: number, lat: number): LngLat {
  return convert(lng, lat, 'wgs84', 'gcj02');
}

/** WGS-84 → BD-09 longitude/latitude (Baidu, coord_type=bd09ll). */
export function toBd09(lng: number, lat: number): LngLat {
  return convert(lng, lat, 'wgs84', 'bd09');
}

/** A position taken from a picker in `system` → WGS-84. gcoord inverts GCJ-02 iteratively to about 0.1 m. */
export function toWgs84(lng: number, lat: number, system: CoordinateSystem): LngLat {
  return system === 'wgs84' ? { lng, lat } : convert(lng, lat, system, 'wgs84');
}
