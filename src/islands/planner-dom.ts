/**
 * What the planner and its print view share: the places' data, the plan's timeline with its
 * arrival checks, and a small element builder. Plain DOM with textContent (place names never go
 * through HTML parsing), so the pages need no inline script or style under the site's CSP.
 */
import { formatDistance } from '../lib/geo/distance.ts';
import { weekdayOf } from '../lib/hours/dates.ts';
import { WEEKDAY_LABELS } from '../lib/hours/types.ts';
import { checkTimeline, type StopCheck } from '../lib/routes/arrival.ts';
import { isUnknownDistance } from '../lib/routes/nearby.ts';
import type { Plan } from '../lib/routes/plan-url.ts';
import type { PlannerPlace } from '../lib/routes/planner-data.ts';
import { buildTimeline, formatDuration, parseClock, type PlannedStop, type Timeline } from '../lib/routes/timeline.ts';

export interface PlannerStop extends PlannedStop {
  place: PlannerPlace;
}

/** The plannable places, by id. They travel as a data attribute: the CSP allows no inline data <script>. */
export function readPlaces(): Map<string, PlannerPlace> {
  const places = JSON.parse(document.getElementById('planner-places')!.dataset.places!) as PlannerPlace[];
  return new Map(places.map((place) => [place.id, place]));
}

export function planTimeline(plan: Plan, places: Map<string, PlannerPlace>): { timeline: Timeline<PlannerStop>; checks: StopCheck[] } {
  const stops = plan.stops.map(({ id, stay }) => {
    const place = places.get(id)!;
    return { id, name: place.name, location: { lng: place.lng, lat: place.lat }, stay, place };
  });
  const timeline = buildTimeline(stops, plan.mode, parseClock(plan.start)!);
  return { timeline, checks: checkTimeline(timeline, plan.date, (stop) => stop.place.schedule) };
}

/** A plan that only ends after midnight is not a day trip. */
export const overnightWarning = (timeline: Timeline<PlannerStop>) =>
  timeline.end > 1440 ? '行程要到次日才能结束，请减少站点、缩短停留或分两天安排。' : undefined;

/** A leg as text; a distance between places that share one approximate point is unknown, not "0 米". */
export const legText = (meters: number, minutes: number, from: PlannerStop, to: PlannerStop, modeLabel: string, head: string) =>
  isUnknownDistance(meters, from.place.approximate || to.place.approximate)
    ? `${head}两站只标出了同一大致位置，路程和用时无法估算。`
    : `${head}约 ${formatDistance(meters)}（直线），${modeLabel}约 ${formatDuration(minutes)}。`;

type Child = Node | string | false | undefined;

/** A tiny element builder: attributes, then children (strings become text nodes). */
export function h(tag: string, attributes: Record<string, string | boolean> = {}, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) element.setAttribute(name, '');
    else if (value !== false) element.setAttribute(name, value);
  }
  for (const child of children) if (child !== false && child !== undefined) element.append(child);
  return element;
}

/** '2026年12月1日（周二）' */
export function formatDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日（${WEEKDAY_LABELS[weekdayOf(date)]}）`;
}

/** Problems with the address, listed in a status box. */
export function showProblems(box: HTMLElement, problems: string[]) {
  if (problems.length === 0) return;
  box.replaceChildren(h('p', { class: 'font-bold' }, '这个链接有问题，以下部分已忽略：'), h('ul', { class: 'list-disc pl-6' }, ...problems.map((p) => h('li', {}, p))));
  box.hidden = false;
}
