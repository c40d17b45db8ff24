import { describe, expect, it } from 'vitest';
import { distanceMeters, formatDistance, sortByDistance, withinWalk } from './distance.ts';

const HAIKOU = { lng: 110.3312, lat: 20.0311 };
const SANYA = { lng: 109.5119, lat: 18.2528 };

describe('distanceMeters', () => {
  it('measures Haikou to Sanya as about 214 km (within 1 %)', () => {
    expect(Math.abs(distanceMeters(HAIKOU, SANYA) - 214_000) / 214_000).toBeLessThan(0.01);
  });

  it('measures one degree of latitude as about 111.2 km', () => {
    // 2πR / 360 with R = 6371008.8 m is 111 195 m.
    expect(distanceMeters({ lng: 110, lat: 19 }, { lng: 110, lat: 20 })).toBeCloseTo(111_195, 0);
  });

  it('is symmetric and zero for the same point', () => {
    expect(distanceMeters(SANYA, HAIKOU)).toBe(distanceMeters(HAIKOU, SANYA));
    expect(distanceMeters(HAIKOU, HAIKOU)).toBe(0);
  });
});

describe('formatDistance', () => {
  it.each([
    [0, '0 米'],
    [847, '850 米'],
    [994, '990 米'],
    [996, '1.0 公里'],
    [3210, '3.2 公里'],
    [9940, '9.9 公里'],
    [9960, '10 公里'],
    [214_321, '214 公里'],
  ])('formats %d m as %s', (metres, label) => {
    expect(formatDistance(metres)).toBe(label);
  });

  it('rejects values that are not distances', () => {
    expect(() => formatDistance(-1)).toThrow(RangeError);
    expect(() => formatDistance(Number.NaN)).toThrow(RangeError);
  });
});

describe('withinWalk', () => {
  it('defaults to 10 minutes at 1.2 m/s, i.e. 720 m', () => {
    expect(withinWalk(720)).toBe(true);
    expect(withinWalk(721)).toBe(false);
  });

  it('accepts other durations and speeds', () => {
    expect(withinWalk(1000, 15)).toBe(true);
    expect(withinWalk(1000, 10, 1.5)).toBe(false);
  });
});

describe('sortByDistance', () => {
  it('puts the nearest first and items without a location last, in their original order', () => {
    const items = [
      { name: 'no location A' },
      { name: 'Sanya', location: SANYA },
      { name: 'no location B' },
      { name: 'near Haikou', location: { lng: 110.34, lat: 20.03 } },
    ];
    const sorted = sortByDistance(items, HAIKOU, (item) => item.location);
    expect(sorted.map((s) => s.item.name)).toEqual(['near Haikou', 'Sanya', 'no location A', 'no location B']);
    expect(sorted[0]?.distance).toBeGreaterThan(800);
    expect(sorted[0]?.distance).toBeLessThan(1000);
    expect(sorted[2]?.distance).toBeUndefined();
  });
});
