/**
 * Visiting order with the shortest total straight-line distance (an open path: the group does not
 * return to the first stop). Exact, by Held–Karp dynamic programming over subsets: O(n² · 2ⁿ), so
 * for the planner's limit of 10 stops at most ~100 000 steps — instant in a browser.
 *
 * Two variants, chosen by the caller:
 * - fixed start (`fixStart: true`): the first stop stays first (where the group sets off) and the
 *   rest are ordered after it;
 * - free start: any stop may come first.
 * Straight-line distance stands in for road distance: every mode multiplies it by a constant detour
 * factor (modes.ts), so the order that is shortest in a straight line is also quickest by estimate.
 */
import { distanceMeters, type LngLat } from '../geo/distance.ts';

/** The most stops ordered exactly; the planner allows no more (AMap shows at most 10 on one map). */
export const MAX_ORDERED_STOPS = 10;

/** Distances under a millimetre are ties (floating-point noise), so an equally short order is not "better". */
const EPSILON_M = 1e-3;

export function pathLength(points: readonly LngLat[], order: readonly number[]): number {
  let total = 0;
  for (let i = 1; i < order.length; i++) total += distanceMeters(points[order[i - 1]], points[order[i]]);
  return total;
}

/**
 * Indices of `points` in the order with the least total distance. When the given order is already
 * as short as the best one, it is returned unchanged, so pressing the button twice never reshuffles.
 */
export function shortestOrder(points: readonly LngLat[], options: { fixStart: boolean }): number[] {
  const n = points.length;
  const identity = points.map((_, i) => i);
  if (n > MAX_ORDERED_STOPS) throw new RangeError(`shortestOrder: at most ${MAX_ORDERED_STOPS} stops, got ${n}`);
  if (n <= 2) return identity;

  const dist = points.map((a) => points.map((b) => distanceMeters(a, b)));
  const full = (1 << n) - 1;
  // cost[mask * n + j]: shortest path that visits exactly the stops in `mask` and ends at j.
  const cost = new Float64Array((full + 1) * n).fill(Infinity);
  const previous = new Int8Array((full + 1) * n).fill(-1);
  for (let j = 0; j < n; j++) if (!options.fixStart || j === 0) cost[(1 << j) * n + j] = 0;

  for (let mask = 1; mask <= full; mask++) {
    for (let j = 0; j < n; j++) {
      const here = cost[mask * n + j];
      if (!(mask & (1 << j)) || here === Infinity) continue;
      for (let k = 0; k < n; k++) {
        if (mask & (1 << k)) continue;
        const next = (mask | (1 << k)) * n + k;
        const candidate = here + dist[j][k];
        if (candidate < cost[next] - EPSILON_M) {
          cost[next] = candidate;
          previous[next] = j;
        }
      }
    }
  }

  let end = 0;
  for (let j = 1; j < n; j++) if (cost[full * n + j] < cost[full * n + end] - EPSILON_M) end = j;
  if (pathLength(points, identity) <= cost[full * n + end] + EPSILON_M) return identity;

  const order: number[] = [];
  for (let mask = full, j = end; j !== -1; ) {
    order.push(j);
    const before = previous[mask * n + j];
    mask &= ~(1 << j);
    j = before;
  }
  return order.reverse();
}
