import { describe, expect, it } from 'vitest';
import { mostCommonPoint } from './anchor.ts';

describe('mostCommonPoint', () => {
  it('picks the position most places share', () => {
    const town = { lng: 110.753, lat: 19.615 };
    expect(mostCommonPoint([{ lng: 110.985, lat: 19.66 }, town, { ...town }, { lng: 110.815, lat: 19.555 }, { ...town }])).toEqual(town);
  });

  it('treats positions equal to three decimals (about 100 m) as one, ties going to the first seen', () => {
    expect(mostCommonPoint([{ lng: 109.69, lat: 19.912 }, { lng: 109.6901, lat: 19.9122 }, { lng: 109.705, lat: 20.025 }])).toEqual({ lng: 109.69, lat: 19.912 });
    expect(mostCommonPoint([{ lng: 1, lat: 2 }, { lng: 3, lat: 4 }])).toEqual({ lng: 1, lat: 2 });
  });

  it('gives nothing without points', () => {
    expect(mostCommonPoint([])).toBeUndefined();
  });
});
