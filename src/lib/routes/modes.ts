/**
 * Travel estimates, in one documented place. Straight-line distance is multiplied by a detour
 * factor (roads are not straight) and divided by a typical speed, then a fixed overhead per leg is
 * added (waiting for a bus, parking). All figures are estimates and the pages say so.
 */
export const TRAVEL_MODES = {
  walk: { label: '步行', amap: 'walk', kmPerHour: 4.5, detourFactor: 1.3, overheadMinutes: 0 },
  bike: { label: '骑行', amap: 'ride', kmPerHour: 12, detourFactor: 1.3, overheadMinutes: 2 },
  bus: { label: '公交或大巴', amap: 'bus', kmPerHour: 25, detourFactor: 1.4, overheadMinutes: 10 },
  car: { label: '自驾', amap: 'car', kmPerHour: 40, detourFactor: 1.3, overheadMinutes: 5 },
} as const;

export type TravelMode = keyof typeof TRAVEL_MODES;

export const isTravelMode = (value: string): value is TravelMode => Object.hasOwn(TRAVEL_MODES, value);

/** Estimated minutes to cover a straight-line distance, rounded up to whole minutes. */
export function travelMinutes(straightMeters: number, mode: TravelMode): number {
  const { kmPerHour, detourFactor, overheadMinutes } = TRAVEL_MODES[mode];
  if (straightMeters <= 0) return 0;
  return Math.ceil(((straightMeters * detourFactor) / 1000 / kmPerHour) * 60 + overheadMinutes);
}
