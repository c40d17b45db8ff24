/**
 * Where to put one marker for a whole region on the island-wide schematic map, from the data alone:
 * the position most of its places share (today the county-seat reference point that the entries
 * use while their exact positions are unconfirmed), ties going to the first seen. No invented
 * coordinate: with no located place a region gets no marker.
 */
export interface LngLat {
  lng: number;
  lat: number;
}

export function mostCommonPoint(points: readonly LngLat[]): LngLat | undefined {
  const counts = new Map<string, { point: LngLat; count: number }>();
  for (const point of points) {
    const key = `${point.lng.toFixed(3)},${point.lat.toFixed(3)}`;
    const entry = counts.get(key);
    if (entry) entry.count += 1;
    else counts.set(key, { point, count: 1 });
  }
  let best: { point: LngLat; count: number } | undefined;
  for (const entry of counts.values()) if (!best || entry.count > best.count) best = entry;
  return best && { lng: best.point.lng, lat: best.point.lat };
}
