import type { Interval } from './types.ts';

/** Sorted, with overlapping or touching intervals joined, so equal schedules compare equal. */
export function normalise(intervals: Interval[]): Interval[] {
  const sorted = intervals.filter(([s, e]) => e > s).sort((a, b) => a[0] - b[0]);
  const merged: Interval[] = [];
  for (const [start, end] of sorted) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

export function sameIntervals(a: Interval[], b: Interval[]): boolean {
  return a.length === b.length && a.every(([s, e], i) => s === b[i][0] && e === b[i][1]);
}

/** Whether every minute open in `base` is also open in `day`. */
export function covers(day: Interval[], base: Interval[]): boolean {
  return base.every(([s, e]) => day.some(([ds, de]) => ds <= s && de >= e));
}
