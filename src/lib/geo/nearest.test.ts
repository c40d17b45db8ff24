import { describe, expect, it } from 'vitest';
import { distanceLabel, nearestFirst, type Position } from './nearest.ts';

interface Item {
  id: string;
  town: string;
  position?: Position;
}
// Wencheng's approximate reference point, shared by several places, and two exact ones near it.
const WENCHENG = { lng: 110.753, lat: 19.615 };
const LINCHENG = { lng: 109.69, lat: 19.912 };
const items: Item[] = [
  { id: 'approx-a', town: 'wencheng', position: { ...WENCHENG, exact: false } },
  { id: 'far-exact', town: 'lincheng', position: { lng: 109.6905, lat: 19.9125, exact: true } },
  { id: 'no-position', town: 'donglu' },
  { id: 'near-exact', town: 'wencheng', position: { lng: 110.7535, lat: 19.6152, exact: true } },
  { id: 'approx-b', town: 'wencheng', position: { ...WENCHENG, exact: false } },
  { id: 'approx-lingao', town: 'lincheng', position: { ...LINCHENG, exact: false } },
];
const townPoints: Record<string, { lng: number; lat: number }> = { wencheng: WENCHENG, lincheng: LINCHENG };
const of = { position: (i: Item) => i.position, town: (i: Item) => i.town, townPoint: (t: string) => townPoints[t] };
const ids = (list: Item[]) => list.map((i) => i.id);

describe('nearestFirst', () => {
  const origin = { point: { lng: 110.7531, lat: 19.6151 }, exact: true };
  const result = nearestFirst(items, origin, of);

  it('gives distances to exact positions only, nearest first', () => {
    expect(result.exact.map(({ item }) => item.id)).toEqual(['near-exact', 'far-exact']);
    expect(result.exact[0].meters).toBeLessThan(100);
    expect(result.exact[1].meters).toBeGreaterThan(100_000);
  });

  it('lists the rest after them by town, nearest town first, towns without a reference point last', () => {
    expect(result.byTown.map(({ town, items: grouped }) => [town, ids(grouped)])).toEqual([
      ['wencheng', ['approx-a', 'approx-b']],
      ['lincheng', ['approx-lingao']],
      ['donglu', ['no-position']],
    ]);
  });

  it('counts the ten-minute circle over exact positions only', () => {
    // Both approximate Wencheng places sit a few metres from the origin, yet do not count.
    expect(result.withinWalk).toBe(1);
  });

  it('claims no ten-minute circle from a town reference point', () => {
    expect(nearestFirst(items, { point: WENCHENG, exact: false }, of).withinWalk).toBe(0);
  });

  it('orders the towns from the origin: from Lingao, Lingao first', () => {
    const fromLingao = nearestFirst(items, { point: LINCHENG, exact: false }, of);
    expect(fromLingao.byTown.map(({ town }) => town)).toEqual(['lincheng', 'wencheng', 'donglu']);
    expect(fromLingao.exact.map(({ item }) => item.id)).toEqual(['far-exact', 'near-exact']);
  });
});

describe('distanceLabel', () => {
  it('never says 0 米', () => {
    expect(distanceLabel(0, { point: WENCHENG, exact: true })).toBe('不到 10 米');
    expect(distanceLabel(4, { point: WENCHENG, exact: true })).toBe('不到 10 米');
    expect(distanceLabel(0, { point: WENCHENG, exact: false })).toBe('不到 1 公里');
  });

  it('rounds as formatDistance does, and coarsely from a town reference point', () => {
    expect(distanceLabel(847, { point: WENCHENG, exact: true })).toBe('约 850 米');
    expect(distanceLabel(847, { point: WENCHENG, exact: false })).toBe('不到 1 公里');
    expect(distanceLabel(3240, { point: WENCHENG, exact: false })).toBe('约 3.2 公里');
  });
});
