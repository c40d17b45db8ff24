import { describe, expect, it } from 'vitest';
import { nearbyPlaces } from './nearby.ts';

const place = (id: string, lng: number, lat: number, precision: 'exact' | 'approximate' = 'exact') => ({ id, location: { lng, lat, precision } });

describe('nearbyPlaces', () => {
  const origin = place('origin', 110, 19.9);
  const candidates = [place('far', 110, 20.9), place('near', 110, 20.0), origin, { id: 'nowhere' }, place('mid', 110, 20.4)];

  it('lists other located places nearest first, up to the limit', () => {
    expect(nearbyPlaces(origin, candidates, 2).map((n) => [n.item.id, n.label])).toEqual([
      ['near', '直线约 11 公里'],
      ['mid', '直线约 56 公里'],
    ]);
  });

  it('says when a distance rests on approximate locations, and when it is unknown', () => {
    const town = place('town', 109.69, 19.912, 'approximate');
    const others = [place('same-point', 109.69, 19.912, 'approximate'), place('cape', 109.705, 20.025, 'approximate')];
    expect(nearbyPlaces(town, others, 3).map((n) => n.label)).toEqual(['两处只标出了同一大致位置，实际距离未知', '直线约 13 公里（按大致位置估算）']);
  });

  it('never says "0 米" when one end is exact and the other only approximate', () => {
    const exact = place('exact', 109.69, 19.9121);
    expect(nearbyPlaces(exact, [place('town', 109.69, 19.912, 'approximate'), place('door', 109.6901, 19.9121)], 3).map((n) => [n.item.id, n.label])).toEqual([
      ['door', '直线约 10 米'],
      ['town', '两处只标出了同一大致位置，实际距离未知'],
    ]);
  });

  it('has nothing to offer for a place without a location', () => {
    expect(nearbyPlaces({ id: 'x' }, candidates, 3)).toEqual([]);
  });
});
