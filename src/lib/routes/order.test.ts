import { describe, expect, it } from 'vitest';
import { distanceMeters, type LngLat } from '../geo/distance.ts';
import { MAX_ORDERED_STOPS, pathLength, shortestOrder } from './order.ts';

/** The shortest open path by trying every order (n! of them), depth-first over a distance matrix. */
function bruteForce(points: LngLat[], fixStart: boolean): number {
  const dist = points.map((a) => points.map((b) => distanceMeters(a, b)));
  const used = points.map(() => false);
  let best = Infinity;
  const visit = (last: number, count: number, length: number) => {
    if (count === points.length) best = Math.min(best, length);
    else
      points.forEach((_, next) => {
        if (used[next]) return;
        used[next] = true;
        visit(next, count + 1, length + dist[last][next]);
        used[next] = false;
      });
  };
  points.forEach((_, first) => {
    if (fixStart && first !== 0) return;
    used[first] = true;
    visit(first, 1, 0);
    used[first] = false;
  });
  return best;
}

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const isPermutation = (order: number[], n: number) => order.length === n && [...order].sort((a, b) => a - b).every((v, i) => v === i);

// Points along a line of longitude at 19.9° N: the optimum is to walk them west to east.
const line = [110.0, 109.5, 110.3, 109.7, 109.9].map((lng) => ({ lng, lat: 19.9 }));

describe('shortestOrder', () => {
  it('walks points on a line from one end to the other with a free start', () => {
    const order = shortestOrder(line, { fixStart: false });
    const lngs = order.map((i) => line[i].lng);
    expect([lngs, [...lngs].reverse()]).toContainEqual([109.5, 109.7, 109.9, 110.0, 110.3]);
  });

  it('keeps the first stop first with a fixed start', () => {
    const order = shortestOrder(line, { fixStart: true });
    expect(order[0]).toBe(0);
    // From 110.0 the shortest is to finish the nearer end first: 110.3, then back west to 109.5.
    expect(order.map((i) => line[i].lng)).toEqual([110.0, 110.3, 109.9, 109.7, 109.5]);
  });

  it('leaves an order alone when it is already the shortest', () => {
    const sorted = [109.5, 109.7, 109.9, 110.0, 110.3].map((lng) => ({ lng, lat: 19.9 }));
    expect(shortestOrder(sorted, { fixStart: false })).toEqual([0, 1, 2, 3, 4]);
    expect(shortestOrder(sorted, { fixStart: true })).toEqual([0, 1, 2, 3, 4]);
  });

  it('handles trivial inputs and refuses more stops than it orders exactly', () => {
    expect(shortestOrder([], { fixStart: false })).toEqual([]);
    expect(shortestOrder(line.slice(0, 2), { fixStart: false })).toEqual([0, 1]);
    const many = Array.from({ length: MAX_ORDERED_STOPS + 1 }, (_, i) => ({ lng: 109 + i / 10, lat: 19 }));
    expect(() => shortestOrder(many, { fixStart: false })).toThrow(RangeError);
  });

  it('finds the exact optimum of random inputs, as brute force over every order does', () => {
    const next = random(20261201);
    for (let run = 0; run < 60; run++) {
      const n = 3 + (run % 6); // 3–8 stops
      const points = Array.from({ length: n }, () => ({ lng: 108.6 + next() * 2.5, lat: 18.2 + next() * 1.9 }));
      for (const fixStart of [false, true]) {
        const order = shortestOrder(points, { fixStart });
        expect(isPermutation(order, n)).toBe(true);
        if (fixStart) expect(order[0]).toBe(0);
        expect(pathLength(points, order)).toBeCloseTo(bruteForce(points, fixStart), 3);
      }
    }
  });

  it('copes with stops that share one location (approximate places)', () => {
    const town = { lng: 109.69, lat: 19.912 };
    const points = [town, { lng: 109.705, lat: 20.025 }, town, { lng: 110.753, lat: 19.615 }];
    const order = shortestOrder(points, { fixStart: false });
    expect(pathLength(points, order)).toBeCloseTo(bruteForce(points, false), 3);
  });
});
