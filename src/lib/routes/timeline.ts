import { distanceMeters, type LngLat } from '../geo/distance.ts';
import { isUnknownDistance } from './estimate.ts';
import { travelMinutes, type TravelMode } from './modes.ts';

export interface PlannedStop {
  id: string;
  name: string;
  location: LngLat;
  /** Only placed at a reference point such as a town centre. */
  approximate?: boolean;
  /** Minutes to stay at the stop. */
  stay: number;
}

export interface Leg {
  from: number;
  to: number;
  /** Straight-line metres between the two points as stored (meaningless when `known` is false). */
  meters: number;
  /** Estimated travel minutes; 0 when `known` is false, and then never shown as an estimate. */
  minutes: number;
  /** Whether the leg can be estimated at all (see estimate.ts). */
  known: boolean;
  /** Whether either end is only an approximate position. */
  approximate: boolean;
}

interface TimelineStop<S extends PlannedStop = PlannedStop> {
  stop: S;
  /** Minutes since midnight (may pass 1440 for plans that run past midnight). */
  arrive: number;
  depart: number;
}

export interface Timeline<S extends PlannedStop = PlannedStop> {
  stops: TimelineStop<S>[];
  legs: Leg[];
  /** Sums over the legs that can be estimated; `unknownLegs` counts the others. */
  totalMeters: number;
  travelMinutes: number;
  unknownLegs: number;
  stayMinutes: number;
  end: number;
}

function legsBetween(stops: readonly PlannedStop[], mode: TravelMode): Leg[] {
  return stops.slice(1).map((stop, index) => {
    const meters = distanceMeters(stops[index].location, stop.location);
    const approximate = Boolean(stops[index].approximate || stop.approximate);
    const known = !isUnknownDistance(meters, approximate);
    return { from: index, to: index + 1, meters, minutes: known ? travelMinutes(meters, mode) : 0, known, approximate };
  });
}

/**
 * Arrival and departure at each stop from a start time (minutes since midnight). A leg that cannot
 * be estimated adds no time: later times are then the earliest possible, and the pages say so.
 */
export function buildTimeline<S extends PlannedStop>(stops: readonly S[], mode: TravelMode, start: number): Timeline<S> {
  const legs = legsBetween(stops, mode);
  const timeline: TimelineStop<S>[] = [];
  let clock = start;
  stops.forEach((stop, index) => {
    if (index > 0) clock += legs[index - 1].minutes;
    timeline.push({ stop, arrive: clock, depart: clock + stop.stay });
    clock += stop.stay;
  });
  const known = legs.filter((leg) => leg.known);
  return {
    stops: timeline,
    legs,
    totalMeters: known.reduce((sum, leg) => sum + leg.meters, 0),
    travelMinutes: known.reduce((sum, leg) => sum + leg.minutes, 0),
    unknownLegs: legs.length - known.length,
    stayMinutes: stops.reduce((sum, stop) => sum + stop.stay, 0),
    end: clock,
  };
}

export const parseClock = (hhmm: string) => {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(hhmm);
  return match ? Number(match[1]) * 60 + Number(match[2]) : undefined;
};

export const formatClock = (minutes: number) => {
  const dayMinutes = ((minutes % 1440) + 1440) % 1440;
  const text = `${String(Math.floor(dayMinutes / 60)).padStart(2, '0')}:${String(dayMinutes % 60).padStart(2, '0')}`;
  return minutes >= 1440 ? `次日 ${text}` : text;
};

export const formatDuration = (minutes: number) => {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return hours > 0 ? `${hours} 小时${rest > 0 ? ` ${rest} 分钟` : ''}` : `${rest} 分钟`;
};
