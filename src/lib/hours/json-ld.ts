import { addDays, formatMinutes } from './dates.ts';
import { sameIntervals } from './intervals.ts';
import { WEEKDAYS, type CompiledSchedule, type Interval, type Weekday } from './types.ts';

const SCHEMA_DAYS: Record<Weekday, string> = {
  Mo: 'https://schema.org/Monday',
  Tu: 'https://schema.org/Tuesday',
  We: 'https://schema.org/Wednesday',
  Th: 'https://schema.org/Thursday',
  Fr: 'https://schema.org/Friday',
  Sa: 'https://schema.org/Saturday',
  Su: 'https://schema.org/Sunday',
};

interface OpeningHoursSpecification {
  '@type': 'OpeningHoursSpecification';
  dayOfWeek?: string[];
  opens: string;
  closes: string;
  validFrom?: string;
  validThrough?: string;
  name?: string;
}

// schema.org times are xsd:time, which has no 24:00; Google documents 23:59 for "until midnight".
const closes = (end: number) => formatMinutes(Math.min(end, 1439));

/** The usual week, one entry per opening interval shared by a set of weekdays; closed days are left out. */
export function openingHoursSpecification(schedule: CompiledSchedule): OpeningHoursSpecification[] {
  const byInterval = new Map<string, { interval: Interval; days: Weekday[] }>();
  for (const day of WEEKDAYS) {
    for (const interval of schedule.weekly[day]) {
      const key = interval.join('-');
      const group = byInterval.get(key) ?? { interval, days: [] };
      group.days.push(day);
      byInterval.set(key, group);
    }
  }
  return [...byInterval.values()]
    .sort((a, b) => a.interval[0] - b.interval[0] || a.interval[1] - b.interval[1])
    .map(({ interval: [start, end], days }) => ({
      '@type': 'OpeningHoursSpecification',
      dayOfWeek: days.map((day) => SCHEMA_DAYS[day]),
      opens: formatMinutes(start),
      closes: closes(end),
    }));
}

/**
 * Exceptions as dated entries; runs of consecutive days with the same hours and reason
 * (a whole holiday) become one range. Closed days use opens = closes = 00:00, as schema.org advises.
 */
export function specialOpeningHoursSpecification(schedule: CompiledSchedule): OpeningHoursSpecification[] {
  const runs: { from: string; to: string; intervals: Interval[]; reason?: string }[] = [];
  for (const date of Object.keys(schedule.exceptions).sort()) {
    const { intervals, reason } = schedule.exceptions[date];
    const last = runs.at(-1);
    if (last && addDays(last.to, 1) === date && last.reason === reason && sameIntervals(last.intervals, intervals)) last.to = date;
    else runs.push({ from: date, to: date, intervals, reason });
  }
  return runs.flatMap(({ from, to, intervals, reason }) => {
    const dated = { validFrom: from, validThrough: to, ...(reason !== undefined && { name: reason }) };
    if (intervals.length === 0) return [{ '@type': 'OpeningHoursSpecification' as const, opens: '00:00', closes: '00:00', ...dated }];
    return intervals.map(([start, end]) => ({
      '@type': 'OpeningHoursSpecification' as const,
      opens: formatMinutes(start),
      closes: closes(end),
      ...dated,
    }));
  });
}
