import { describe, expect, it } from 'vitest';
import { travelMinutes } from './modes.ts';
import { buildTimeline, formatClock, formatDuration, parseClock } from './timeline.ts';

const lincheng = { lng: 109.69, lat: 19.912 };
// 0.1° of latitude north of Lincheng: 11.12 km in a straight line.
const north = { lng: 109.69, lat: 20.012 };

describe('travel estimates', () => {
  it('applies the detour factor, speed and overhead of the mode', () => {
    // 11 119.5 m × 1.4 / 25 km/h = 37.4 min, + 10 min waiting = 47.4 → 48
    expect(travelMinutes(11_119.5, 'bus')).toBe(48);
    // 1000 m × 1.3 / 4.5 km/h = 17.3 → 18
    expect(travelMinutes(1000, 'walk')).toBe(18);
    expect(travelMinutes(0, 'car')).toBe(0);
  });
});

describe('buildTimeline', () => {
  const stops = [
    { id: 'a', name: 'A', location: lincheng, stay: 45 },
    { id: 'b', name: 'B', location: north, stay: 90 },
    { id: 'c', name: 'C', location: lincheng, stay: 30 },
  ];
  it('chains arrivals, stays and legs from the start time', () => {
    const timeline = buildTimeline(stops, 'bus', parseClock('08:30')!);
    expect(timeline.legs.map((leg) => Math.round(leg.meters))).toEqual([11_120, 11_120]);
    expect(timeline.stops.map((s) => [formatClock(s.arrive), formatClock(s.depart)])).toEqual([
      ['08:30', '09:15'],
      ['10:03', '11:33'],
      ['12:21', '12:51'],
    ]);
    expect(timeline.travelMinutes).toBe(96);
    expect(timeline.unknownLegs).toBe(0);
    expect(timeline.stayMinutes).toBe(165);
    expect(formatClock(timeline.end)).toBe('12:51');
  });
  it('adds no time for legs that cannot be estimated, and leaves them out of the totals', () => {
    const town = { lng: 110.753, lat: 19.615 };
    const timeline = buildTimeline(
      [
        { id: 'a', name: 'A', location: town, approximate: true, stay: 40 },
        { id: 'b', name: 'B', location: town, approximate: true, stay: 30 },
        { id: 'c', name: 'C', location: lincheng, stay: 30 },
      ],
      'car',
      parseClock('08:30')!,
    );
    expect(timeline.legs.map((leg) => [leg.known, leg.approximate, leg.minutes > 0])).toEqual([[false, true, false], [true, true, true]]);
    expect(timeline.stops[1].arrive).toBe(timeline.stops[0].depart);
    expect(timeline.unknownLegs).toBe(1);
    expect(timeline.totalMeters).toBe(timeline.legs[1].meters);
    expect(timeline.travelMinutes).toBe(timeline.legs[1].minutes);
  });
  it('marks times past midnight', () => {
    expect(formatClock(1440 + 75)).toBe('次日 01:15');
  });
});

describe('clock and duration text', () => {
  it('parses HH:MM and rejects anything else', () => {
    expect(parseClock('08:05')).toBe(485);
    expect(parseClock('24:00')).toBeUndefined();
    expect(parseClock('8:05')).toBeUndefined();
  });
  it('writes durations in Chinese', () => {
    expect(formatDuration(45)).toBe('45 分钟');
    expect(formatDuration(120)).toBe('2 小时');
    expect(formatDuration(135)).toBe('2 小时 15 分钟');
  });
});
