import { describe, expect, it } from 'vitest';
import type { Place, Region } from './entries.ts';
import { groupByRegion, meanPosition, scheduleKey, townGroups } from './place-groups.ts';

const region = { id: 'wenchang', data: { towns: [{ id: 'wencheng', name: '文城镇' }, { id: 'donglu', name: '东路镇' }] } } as unknown as Region;
const place = (id: string, town?: string, location?: { lng: number; lat: number; precision: string }) => ({ id, data: { town, location } }) as unknown as Place;

describe('groupByRegion', () => {
  it('keeps the regions\' order and the entries\' order, and leaves out regions without entries', () => {
    const regions = ['lingao', 'haikou', 'wenchang'].map((id) => ({ id }) as Region);
    const entry = (id: string, region: string) => ({ id, data: { region } });
    const groups = groupByRegion(regions, [entry('a', 'wenchang'), entry('b', 'lingao'), entry('c', 'wenchang')], (e) => e.data.region);
    expect(groups.map((g) => [g.region.id, g.items.map((e) => e.id)])).toEqual([
      ['lingao', ['b']],
      ['wenchang', ['a', 'c']],
    ]);
  });
});

describe('townGroups', () => {
  it('groups by town in Chinese name order, keeps the places\' order, and puts places without a town last', () => {
    const groups = townGroups(region, [place('a', 'wencheng'), place('b'), place('c', 'donglu'), place('d', 'wencheng')]);
    expect(groups.map((g) => [g.id, g.name, g.places.map((p) => p.id)])).toEqual([
      ['donglu', '东路镇', ['c']],
      ['wencheng', '文城镇', ['a', 'd']],
      ['', '镇街未核实', ['b']],
    ]);
  });
});

describe('meanPosition', () => {
  it('averages the positions there are, and has none without any', () => {
    expect(meanPosition([place('a', 'x', { lng: 110, lat: 19, precision: 'exact' }), place('b'), place('c', 'x', { lng: 110.5, lat: 19.5, precision: 'approximate' })])).toEqual({ lng: 110.25, lat: 19.25 });
    expect(meanPosition([place('b')])).toBeUndefined();
  });
});

describe('scheduleKey', () => {
  it('depends on the hours string only, and tells different strings apart', () => {
    expect(scheduleKey('Mo-Fr 08:00-12:00')).toBe(scheduleKey('Mo-Fr 08:00-12:00'));
    expect(scheduleKey('Mo-Fr 08:00-12:00')).not.toBe(scheduleKey('Mo-Fr 08:00-12:30'));
    expect(scheduleKey('Mo-Fr 08:00-12:00')).toMatch(/^h[0-9a-z]+$/);
  });
});
