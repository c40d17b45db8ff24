import { distanceMeters, type LngLat } from '../geo/distance.ts';
import { travelMinutes, type TravelMode } from './modes.ts';

export interface PlannedStop {
  id: string;
  name: string;
  location: LngLat;
  /** Minutes to stay at the stop. */
  stay: number;
}

export interface Leg {
  from: number;
  to: number;
  meters: number;
  minutes: number;
}

export interface TimelineStop<S extends PlannedStop = PlannedStop> {
  stop: S;
  /** Minutes since midnight (may pass 1440 for plans that run past midnight). */
  arrive: number;
  depart: number;
}

export interface Timeline<S extends PlannedStop = PlannedStop> {
  stops: TimelineStop<S>[];
  legs: Leg[];
  totalMeters: number;
  travelMinutes: number;
  stayMinutes: number;
  end: number;
}

export function legsBetween(stops: readonly PlannedStop[], mode: TravelMode): Leg[] {
  return stops.slice(1).map((stop, index) => {
    const meters = distanceMeters(stops[index].location, stop.location);
    return { from: index, to: index + 1, meters, minutes: travelMinutes(meters, mode) };
  });
}

/** Arrival and departure at each stop from a start time (minutes since midnight). */
export function buildTimeline<S extends PlannedStop>(stops: readonly S[], mode: TravelMode, start: number): Timeline<S> {
  const legs = legsBetween(stops, mode);
  const timeline: TimelineStop<S>[] = [];
  let clock = start;
  stops.forEach((stop, index) => {
    if (index > 0) clock += legs[index - 1].minutes;
    timeline.push({ stop, arrive: clock, depart: clock + stop.stay });
    clock += stop.stay;
  });
  return {
    stops: timeline,
    legs,
    totalMeters: legs.reduce((sum, leg) => sum + leg.meters, 0),
    travelMinutes: legs.reduce((sum, leg) => sum + leg.minutes, 0),
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
