import gcoord from 'gcoord';
import { describe, expect, it } from 'vitest';
import { toBd09, toGcj02 } from './china-coordinates.ts';
import { distanceMeters } from './distance.ts';

// Wenchang (文昌) town centre, WGS-84.
const WENCHANG = { lng: 110.7537, lat: 19.5433 };

describe('toGcj02', () => {
  it('shifts a point in Hainan by a few hundred metres', () => {
    const gcj = toGcj02(WENCHANG.lng, WENCHANG.lat);
    const offset = distanceMeters(WENCHANG, gcj);
    expect(offset).toBeGreaterThan(100);
    expect(offset).toBeLessThan(700);
  });

  it("round-trips through gcoord's inverse within 1 m", () => {
    const gcj = toGcj02(WENCHANG.lng, WENCHANG.lat);
    const [lng, lat] = gcoord.transform([gcj.lng, gcj.lat], gcoord.GCJ02, gcoord.WGS84);
    expect(distanceMeters(WENCHANG, { lng, lat })).toBeLessThan(1);
  });
});

describe('toBd09', () => {
  it("matches gcoord's published example (README: WGS-84 → BD-09 in Beijing)", () => {
    const bd = toBd09(116.403988, 39.914266);
    expect(bd.lng).toBeCloseTo(116.41661560068297, 9);
    expect(bd.lat).toBeCloseTo(39.92196580126834, 9);
  });

  it("round-trips through gcoord's inverse within 1 m", () => {
    const bd = toBd09(WENCHANG.lng, WENCHANG.lat);
    const [lng, lat] = gcoord.transform([bd.lng, bd.lat], gcoord.BD09, gcoord.WGS84);
    expect(distanceMeters(WENCHANG, { lng, lat })).toBeLessThan(1);
  });
});
