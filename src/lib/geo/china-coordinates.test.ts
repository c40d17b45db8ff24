import gcoord from 'gcoord';
import { describe, expect, it } from 'vitest';
import { toBd09, toGcj02, toWgs84 } from './china-coordinates.ts';
import { distanceMeters } from './distance.ts';

// Wenchang (文昌) town centre, WGS-84.
const WENCHANG = { lng: 110.7537, lat: 19.5433 };

/**
 * Published reference pairs, computed outside this project, so the conversion is not checked
 * against itself. Tolerance 1 m: the pairs are given to 7 decimals (≈ 1 cm) and gcoord inverts
 * GCJ-02 iteratively to 1e-6° (≈ 0.1 m); a wrong system or swapped axes is off by hundreds of metres.
 */
const TOLERANCE_M = 1;
// 三亚市 in gcoord's test fixture of prefecture seats (test/fixtures/china-cities.json), the only
// published set found with a point on Hainan Island in all three systems.
const SANYA = { wgs84: [109.507813, 18.2545417], gcj02: [109.5119135, 18.2528524], bd09: [109.5184703, 18.2585878] } as const;
// wandergis/coordtransform's README example (test/app.js): wgs84togcj02(116.404, 39.915).
const COORDTRANSFORM = { wgs84: [116.404, 39.915], gcj02: [116.41024449916938, 39.91640428150164] } as const;
// gcoord's README example: WGS-84 [116.403988, 39.914266] → BD-09 [116.41661560068297, 39.92196580126834].
const GCOORD_README = { wgs84: [116.403988, 39.914266], bd09: [116.41661560068297, 39.92196580126834] } as const;

const point = ([lng, lat]: readonly number[]) => ({ lng, lat });

describe('toWgs84: positions as the pickers give them', () => {
  it('GCJ-02 (高德、腾讯) → WGS-84 matches published pairs within 1 m', () => {
    expect(distanceMeters(toWgs84(SANYA.gcj02[0], SANYA.gcj02[1], 'gcj02'), point(SANYA.wgs84))).toBeLessThan(TOLERANCE_M);
    expect(distanceMeters(toWgs84(COORDTRANSFORM.gcj02[0], COORDTRANSFORM.gcj02[1], 'gcj02'), point(COORDTRANSFORM.wgs84))).toBeLessThan(TOLERANCE_M);
  });

  it('BD-09 (百度) → WGS-84 matches published pairs within 1 m', () => {
    expect(distanceMeters(toWgs84(SANYA.bd09[0], SANYA.bd09[1], 'bd09'), point(SANYA.wgs84))).toBeLessThan(TOLERANCE_M);
    expect(distanceMeters(toWgs84(GCOORD_README.bd09[0], GCOORD_README.bd09[1], 'bd09'), point(GCOORD_README.wgs84))).toBeLessThan(TOLERANCE_M);
  });

  it('the offsets are real: taking a GCJ-02 or BD-09 point as WGS-84 is hundreds of metres off', () => {
    expect(distanceMeters(point(SANYA.gcj02), point(SANYA.wgs84))).toBeGreaterThan(300);
    expect(distanceMeters(point(SANYA.bd09), point(SANYA.wgs84))).toBeGreaterThan(1000);
  });

  it('leaves WGS-84 as it is', () => {
    expect(toWgs84(WENCHANG.lng, WENCHANG.lat, 'wgs84')).toEqual(WENCHANG);
  });
});

describe('toGcj02', () => {
  it('matches the published pairs within 1 m', () => {
    expect(distanceMeters(toGcj02(SANYA.wgs84[0], SANYA.wgs84[1]), point(SANYA.gcj02))).toBeLessThan(TOLERANCE_M);
    expect(distanceMeters(toGcj02(COORDTRANSFORM.wgs84[0], COORDTRANSFORM.wgs84[1]), point(COORDTRANSFORM.gcj02))).toBeLessThan(TOLERANCE_M);
  });

  it("round-trips through gcoord's inverse within 1 m", () => {
    const gcj = toGcj02(WENCHANG.lng, WENCHANG.lat);
    const [lng, lat] = gcoord.transform([gcj.lng, gcj.lat], gcoord.GCJ02, gcoord.WGS84);
    expect(distanceMeters(WENCHANG, { lng, lat })).toBeLessThan(1);
  });
});

describe('toBd09', () => {
  it("matches gcoord's published example (README: WGS-84 → BD-09 in Beijing)", () => {
    const bd = toBd09(GCOORD_README.wgs84[0], GCOORD_README.wgs84[1]);
    expect(bd.lng).toBeCloseTo(GCOORD_README.bd09[0], 9);
    expect(bd.lat).toBeCloseTo(GCOORD_README.bd09[1], 9);
  });

  it('matches the Sanya pair within 1 m', () => {
    expect(distanceMeters(toBd09(SANYA.wgs84[0], SANYA.wgs84[1]), point(SANYA.bd09))).toBeLessThan(TOLERANCE_M);
  });

  it("round-trips through gcoord's inverse within 1 m", () => {
    const bd = toBd09(WENCHANG.lng, WENCHANG.lat);
    expect(distanceMeters(WENCHANG, toWgs84(bd.lng, bd.lat, 'bd09'))).toBeLessThan(1);
  });
});
