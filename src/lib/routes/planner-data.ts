/**
 * What the planner page hands its script: the places that may be planned, each with its compiled
 * opening hours (never the opening_hours parser). Which places may be planned:
 * - every red-education site;
 * - talent workstations confirmed to receive study visits (receivesStudyVisits: true; unknown is not offered);
 * - any other place that a published route stops at (the Wenchang route visits party-mass service
 *   points), so every ready-made route can be opened in the planner and changed there.
 * Places without a location cannot be planned (no distance), and are left out.
 */
import { addDays } from '../hours/dates.ts';
import type { CompiledSchedule } from '../hours/types.ts';

export interface PlannerPlace {
  id: string;
  name: string;
  /** The group the picker lists it under: '红色教育基地', '人才工作站', '党群服务点'. */
  group: string;
  /** The place's page. */
  href: string;
  lng: number;
  lat: number;
  approximate: boolean;
  /** Suggested stay in minutes. */
  stay: number;
  schedule?: CompiledSchedule;
}

/** What the planner page and its print view hand their scripts. */
export interface PlannerData {
  places: PlannerPlace[];
  /** Public holidays by date (YYYY-MM-DD): unknown hours on such a day get a caution. */
  holidays: Record<string, string>;
}

/** Every day of the calendar's holidays, by date; a few dozen entries a year. */
export function holidayDates(holidays: readonly { name: string; from: string; to: string }[]): Record<string, string> {
  const byDate: Record<string, string> = {};
  for (const { name, from, to } of holidays) for (let date = from; date <= to; date = addDays(date, 1)) byDate[date] = name;
  return byDate;
}

/** Suggested stay where a place names none (service points). */
const DEFAULT_STAY_MINUTES = 30;

interface PlaceLike {
  id: string;
  collection: 'sites' | 'workstations' | 'service-points';
  data: {
    name: string;
    hours?: string;
    location?: { lng: number; lat: number; precision: 'exact' | 'approximate' };
    visitMinutes?: number;
    /** Only `true` offers a workstation; kept loose, as the field may become optional or three-valued. */
    receivesStudyVisits?: unknown;
  };
}

const GROUP_LABELS: Record<PlaceLike['collection'], string> = {
  sites: '红色教育基地',
  // Not “接待研学参观”: a workstation may be here only because a route stops at it, unconfirmed.
  workstations: '人才工作站',
  'service-points': '党群服务点（线路中的观摩点）',
};

const isPlannable = (place: PlaceLike, routeStopIds: ReadonlySet<string>): boolean =>
  place.data.location !== undefined && (place.collection === 'sites' || place.data.receivesStudyVisits === true || routeStopIds.has(place.id));

export function plannablePlaces(
  places: readonly PlaceLike[],
  routeStopIds: ReadonlySet<string>,
  options: { href: (place: PlaceLike) => string; schedule: (hours: string | undefined) => CompiledSchedule | undefined },
): PlannerPlace[] {
  return places
    .filter((place) => isPlannable(place, routeStopIds))
    .map((place) => {
      const location = place.data.location!;
      const schedule = options.schedule(place.data.hours);
      return {
        id: place.id,
        name: place.data.name,
        group: GROUP_LABELS[place.collection],
        href: options.href(place),
        lng: location.lng,
        lat: location.lat,
        approximate: location.precision === 'approximate',
        stay: place.data.visitMinutes ?? DEFAULT_STAY_MINUTES,
        ...(schedule && { schedule }),
      };
    });
}
