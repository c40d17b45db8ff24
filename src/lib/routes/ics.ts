/**
 * iCalendar (RFC 5545) of a timeline on one date: one event per stop, from arrival to departure.
 * Written with ical-generator (maintained, no runtime dependencies, ~9 KB gzipped in the planner),
 * which handles folding, escaping and line endings. Times are written in UTC: Asia/Shanghai has
 * been UTC+8 without daylight saving since 1991, so the conversion is exact and no VTIMEZONE is needed.
 */
import ical from 'ical-generator';
import { checkNote, type StopCheck } from './arrival.ts';
import type { TravelMode } from './modes.ts';
import type { PlannedStop, Timeline } from './timeline.ts';
import { stopNotes } from './wording.ts';

const SHANGHAI_OFFSET_MINUTES = 8 * 60;

/** The instant of a Shanghai wall-clock time: `minutes` since midnight of `date` (may pass 1440). */
export function shanghaiInstant(date: string, minutes: number): Date {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d, 0, minutes - SHANGHAI_OFFSET_MINUTES));
}

interface IcsStop extends PlannedStop {
  /** Absolute address of the stop's page. */
  url?: string;
  note?: string;
}

interface IcsOptions {
  title: string;
  date: string;
  mode: TravelMode;
  /** Absolute address of the plan or route page. */
  url: string;
  /** The arrival check of every stop on `date` (arrival.ts). */
  checks: readonly StopCheck[];
  /** DTSTAMP; defaults to now. Fixed in tests. */
  stamp?: Date;
}

export function buildIcs<S extends IcsStop>(timeline: Timeline<S>, options: IcsOptions): string {
  const { title, date, mode, url } = options;
  // The site's own host (the plan's address is on it) names the calendar and keeps event ids unique.
  const host = new URL(url).host;
  const calendar = ical({
    name: title,
    prodId: { company: host, product: 'route-planner', language: 'ZH' },
    url,
  });
  timeline.stops.forEach(({ stop, arrive, depart }, index) => {
    const lines = [
      ...stopNotes(timeline, index, mode, checkNote(options.checks[index].check, arrive)),
      '时间和路程为估算，开放安排请提前向各地点确认。',
      `行程：${url}`,
    ];
    calendar.createEvent({
      // Stable per plan, date and stop, so importing the same file twice updates instead of duplicating.
      id: `${date}-${index + 1}-${stop.id}@${host}`,
      start: shanghaiInstant(date, arrive),
      end: shanghaiInstant(date, depart),
      ...(options.stamp && { stamp: options.stamp }),
      summary: `${index + 1}. ${stop.name}`,
      description: lines.join('\n'),
      location: { title: stop.name, geo: { lat: stop.location.lat, lon: stop.location.lng } },
      ...(stop.url && { url: stop.url }),
    });
  });
  return calendar.toString();
}
