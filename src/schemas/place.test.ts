import { describe, expect, it } from 'vitest';
import { distanceMeters } from '../lib/geo/distance.ts';
import { locationField } from './place.ts';

// 三亚市 in gcoord's published fixture (test/fixtures/china-cities.json): one point in three systems.
const SANYA = { wgs84: { lng: 109.507813, lat: 18.2545417 }, gcj02: { lng: 109.5119135, lat: 18.2528524 }, bd09: { lng: 109.5184703, lat: 18.2585878 } };

describe('locationField: a position in the system of the map it was taken from', () => {
  it.each(['gcj02', 'bd09'] as const)('%s is converted to WGS-84 and the system is not passed on', (system) => {
    const parsed = locationField.parse({ ...SANYA[system], system, precision: 'exact' });
    expect(Object.keys(parsed).sort()).toEqual(['lat', 'lng', 'precision']);
    expect(distanceMeters(parsed, SANYA.wgs84)).toBeLessThan(1);
  });

  it('without a system the numbers are WGS-84, unchanged', () => {
    expect(locationField.parse({ ...SANYA.wgs84, precision: 'approximate', note: '市区' })).toEqual({ ...SANYA.wgs84, precision: 'approximate', note: '市区' });
  });

  it('the Hainan bounds apply after conversion, and the message gives both readings', () => {
    // Just inside the western bound as GCJ-02, just outside it once converted (GCJ-02 lies ~400 m east of WGS-84 here).
    const result = locationField.safeParse({ lng: 108.502, lat: 19.5, system: 'gcj02', precision: 'exact' });
    expect(result.success).toBe(false);
    const message = result.error!.issues[0].message;
    expect(message).toMatch(/不在海南岛范围内/);
    expect(message).toContain('换算为 WGS-84 后');
    expect(locationField.safeParse({ lng: 108.502, lat: 19.5, precision: 'exact' }).success).toBe(true);
  });

  it('an unknown system names the allowed ones', () => {
    const result = locationField.safeParse({ ...SANYA.wgs84, system: 'amap', precision: 'exact' });
    expect(result.error!.issues[0].message).toMatch(/wgs84.*gcj02.*bd09/);
  });
});
