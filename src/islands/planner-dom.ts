/**
 * What the planner and its print view share: the places' data, the plan's timeline with its
 * arrival checks, and the problems box. Elements come from dom.ts's h().
 */
import { checkTimeline, type StopCheck } from '../lib/routes/arrival.ts';
import { PLANNER_DATA_PATH } from '../lib/routes/links.ts';
import type { Plan } from '../lib/routes/plan-url.ts';
import type { PlannerData, PlannerPlace } from '../lib/routes/planner-data.ts';
import { buildTimeline, parseClock, type PlannedStop, type Timeline } from '../lib/routes/timeline.ts';
import { h } from './dom.ts';

export interface PlannerStop extends PlannedStop {
  place: PlannerPlace;
}

export interface Places {
  byId: Map<string, PlannerPlace>;
  /** Public holidays by date (YYYY-MM-DD), from the site's calendar. */
  holidays: Record<string, string>;
  /** The places under the picker's group labels, in the data's order. */
  groups: Map<string, PlannerPlace[]>;
}

/** The plannable places, by id, and the holidays, from the planner's data file. */
async function loadPlaces(): Promise<Places> {
  const response = await fetch(PLANNER_DATA_PATH);
  if (!response.ok) throw new Error(`${PLANNER_DATA_PATH}: ${response.status}`);
  const data = (await response.json()) as PlannerData;
  const groups = new Map<string, PlannerPlace[]>();
  for (const place of data.places) groups.set(place.group, [...(groups.get(place.group) ?? []), place]);
  return { byId: new Map(data.places.map((place) => [place.id, place])), holidays: data.holidays, groups };
}

/**
 * Runs the page's script once the places have arrived; until then the page says it is loading,
 * and if they never arrive it says so and keeps the no-script links to the ready-made routes.
 */
export async function withPlaces(root: HTMLElement, start: (places: Places) => void | Promise<void>) {
  const fallback = document.getElementById('planner-nojs')!;
  const loading = h('p', { class: 'mt-6', role: 'status', 'data-loading': true }, '正在载入可选的地点……');
  fallback.hidden = true;
  fallback.before(loading);
  try {
    const places = await loadPlaces();
    loading.remove();
    root.hidden = false;
    await start(places);
  } catch {
    loading.remove();
    fallback.querySelector('p')!.textContent = '地点数据没有载入，可能是网络不稳定。请刷新页面再试一次。';
    fallback.hidden = false;
  }
}

export function planTimeline(plan: Plan, { byId, holidays }: Places): { timeline: Timeline<PlannerStop>; checks: StopCheck[] } {
  const stops = plan.stops.map(({ id, stay }) => {
    const place = byId.get(id)!;
    return { id, name: place.name, location: { lng: place.lng, lat: place.lat }, approximate: place.approximate, stay, place };
  });
  const timeline = buildTimeline(stops, plan.mode, parseClock(plan.start)!);
  const holidayOn = (date: string) => (Object.hasOwn(holidays, date) ? holidays[date] : undefined);
  return { timeline, checks: checkTimeline(timeline, plan.date, (stop) => stop.place.schedule, holidayOn) };
}

/** A plan that only ends after midnight is not a day trip. */
export const overnightWarning = (timeline: Timeline<PlannerStop>) =>
  timeline.end > 1440 ? '行程要到次日才能结束，请减少站点、缩短停留或分两天安排。' : undefined;

/** Problems with the address, listed in a status box. */
export function showProblems(box: HTMLElement, problems: string[]) {
  if (problems.length === 0) return;
  box.replaceChildren(h('p', { class: 'font-bold' }, '这个链接有问题，以下部分已忽略：'), h('ul', { class: 'list-disc pl-6' }, ...problems.map((p) => h('li', {}, p))));
  box.hidden = false;
}
