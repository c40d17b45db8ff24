/**
 * A visit plan lives entirely in the page address, so it can be bookmarked and shared:
 *   /routes/plan/?stops=a:45,b:30&date=2026-12-01&start=08:30&mode=bus
 * `stops` lists place ids with the minutes to stay, in visiting order. Decoding never throws:
 * whatever is wrong (a place that does not exist, a stay of 0, a date like 2026-02-30) is named in
 * a Chinese message and left out or replaced by the default, and the rest of the plan is kept.
 */
import { isTravelMode, TRAVEL_MODES, type TravelMode } from './modes.ts';
import { MAX_ORDERED_STOPS } from './order.ts';
import { parseClock } from './timeline.ts';

export const MAX_PLAN_STOPS = MAX_ORDERED_STOPS;
/** A stay longer than a working day is a typo rather than a plan. */
export const MAX_STAY_MINUTES = 480;
export const DEFAULT_START = '08:30';
export const DEFAULT_MODE: TravelMode = 'bus';
/** Longer addresses are not something this page wrote; they are rejected before any parsing. */
const MAX_QUERY_LENGTH = 2000;
const ID = /^[a-z0-9][a-z0-9-]{0,79}$/;

export interface PlanStop {
  id: string;
  stay: number;
}

export interface Plan {
  stops: PlanStop[];
  /** Shanghai calendar date YYYY-MM-DD. */
  date: string;
  /** HH:MM */
  start: string;
  mode: TravelMode;
}

interface DecodeOptions {
  /** Suggested stay of a place that may be planned, or undefined when there is no such place. */
  stayFor: (id: string) => number | undefined;
  /** Default date (today in Shanghai). */
  today: string;
}

interface Decoded {
  plan: Plan;
  /** Whether the address carried a stop list at all (otherwise the planner may restore the last plan). */
  hasStops: boolean;
  /** A place to append (`?add=id`, from the "加入我的行程" links). */
  add?: string;
  /** What was wrong with the address, in Chinese; empty when nothing was. */
  problems: string[];
}

export const isStay = (value: number) => Number.isInteger(value) && value >= 1 && value <= MAX_STAY_MINUTES;

/** Whether YYYY-MM-DD names a real day (2026-02-30 does not). */
export function isDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [y, m, d] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return y >= 2000 && y <= 2100 && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

// Ids are [a-z0-9-] and the other values digits, '-' and ':', all legal in a query as they are:
// no percent-encoding, so the address stays readable.
export const stopsParam = (stops: readonly PlanStop[]) => stops.map((stop) => `${stop.id}:${stop.stay}`).join(',');

export const encodePlan = (plan: Plan) => `?stops=${stopsParam(plan.stops)}&date=${plan.date}&start=${plan.start}&mode=${plan.mode}`;

/** Shortens what an address held before quoting it in a message. */
const quote = (value: string) => `“${value.length > 30 ? `${value.slice(0, 30)}…` : value}”`;

export function decodePlan(query: string, options: DecodeOptions): Decoded {
  const plan: Plan = { stops: [], date: options.today, start: DEFAULT_START, mode: DEFAULT_MODE };
  const problems: string[] = [];
  if (query.length > MAX_QUERY_LENGTH) {
    return { plan, hasStops: false, problems: ['链接过长，不是本站生成的行程链接，已忽略其中的内容。'] };
  }
  const params = new URLSearchParams(query);

  const rawStops = params.get('stops');
  if (rawStops !== null) plan.stops = decodeStops(rawStops, options, problems);

  const date = params.get('date');
  if (date !== null && date !== '') {
    if (isDate(date)) plan.date = date;
    else problems.push(`链接中的日期${quote(date)}无效，应写作 2026-12-01 这样的日期，已改用今天。`);
  }
  const start = params.get('start');
  if (start !== null && start !== '') {
    if (parseClock(start) !== undefined) plan.start = start;
    else problems.push(`链接中的出发时间${quote(start)}无效，应写作 08:30 这样的时间，已改用 ${DEFAULT_START}。`);
  }
  const mode = params.get('mode');
  if (mode !== null && mode !== '') {
    if (isTravelMode(mode)) plan.mode = mode;
    else problems.push(`链接中的出行方式${quote(mode)}无效，已改用${TRAVEL_MODES[DEFAULT_MODE].label}；可选的方式有${Object.values(TRAVEL_MODES).map((m) => m.label).join('、')}。`);
  }

  const add = params.get('add');
  let added: string | undefined;
  if (add !== null) {
    if (ID.test(add) && options.stayFor(add) !== undefined) added = add;
    else problems.push(`要加入的地点${quote(add)}不在可规划的地点中，已忽略。`);
  }
  return { plan, hasStops: rawStops !== null, ...(added !== undefined && { add: added }), problems };
}

function decodeStops(raw: string, options: DecodeOptions, problems: string[]): PlanStop[] {
  const stops: PlanStop[] = [];
  const entries = raw.split(',').filter((entry) => entry !== '');
  entries.forEach((entry, index) => {
    const where = `链接中的第 ${index + 1} 站${quote(entry)}`;
    const separator = entry.indexOf(':');
    const id = separator === -1 ? entry : entry.slice(0, separator);
    const stayText = separator === -1 ? undefined : entry.slice(separator + 1);
    const suggested = ID.test(id) ? options.stayFor(id) : undefined;
    if (suggested === undefined) {
      problems.push(`${where}不是可规划的地点，已忽略。`);
      return;
    }
    if (stops.some((stop) => stop.id === id)) {
      problems.push(`${where}重复出现，同一地点只能安排一次，已忽略重复的一次。`);
      return;
    }
    if (stops.length >= MAX_PLAN_STOPS) {
      problems.push(`${where}超出了每个行程最多 ${MAX_PLAN_STOPS} 站的限制，已忽略。`);
      return;
    }
    let stay = suggested;
    if (stayText !== undefined) {
      const value = /^\d{1,4}$/.test(stayText) ? Number(stayText) : NaN;
      if (isStay(value)) stay = value;
      else problems.push(`${where}的停留时间无效（应为 1–${MAX_STAY_MINUTES} 分钟），已改用建议的 ${suggested} 分钟。`);
    }
    stops.push({ id, stay });
  });
  return stops;
}
