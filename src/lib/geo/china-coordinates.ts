/**
 * WGS-84 → the coordinate systems Chinese map services expect. AMap (高德) uses GCJ-02 and
 * Baidu uses BD-09; both are deliberately obfuscated offsets of a few hundred metres, so we
 * rely on gcoord's tested implementation instead of hand-rolling the formulas.
 */
import gcoord from 'gcoord';
import type { LngLat } from './distance.ts';

function convert(lng: number, lat: number, to: typeof gcoord.GCJ02 | typeof gcoord.BD09): LngLat {
  const [x, y] = gcoord.transform([lng, lat], gcoord.WGS84, to);
  return { lng: x, lat: y };
}

/** WGS-84 → GCJ-02 (AMap / 高德, Tencent). */
export function toGcj02(lng: number, lat: number): LngLat {
  return convert(lng, lat, gcoord.GCJ02);
}

/** WGS-84 → BD-09 longitude/latitude (Baidu, coord_type=bd09ll). */
export function toBd09(lng: number, lat: number): LngLat {
  return convert(lng, lat, gcoord.BD09);
}
