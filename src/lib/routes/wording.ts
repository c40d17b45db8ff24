/**
 * The words for legs, totals and dates that the route pages and their print views (build time),
 * the GPX files and the planner with its print view and calendar file (in the browser) all show,
 * written once so a leg that cannot be estimated reads the same everywhere — never "0 米" or
 * "0 分钟" — and a total that leaves such legs out says so.
 */
import { formatDistance } from '../geo/distance.ts';
import { formatFullDate, weekdayOf } from '../hours/dates.ts';
import { WEEKDAY_LABELS } from '../hours/types.ts';
import { TRAVEL_MODES, type TravelMode } from './modes.ts';
import { formatClock, formatDuration, type Leg, type PlannedStop, type Timeline } from './timeline.ts';

/** Two stops, or a place and its neighbour, placed at one shared approximate point. */
export const UNKNOWN_LEG = '两站只标出了同一大致位置，路程和用时无法估算';
export const UNKNOWN_DISTANCE = '两处只标出了同一大致位置，实际距离未知';

/** '直线约 13 公里（按大致位置估算）' */
export const straightDistance = (meters: number, approximate: boolean) =>
  `直线约 ${formatDistance(meters)}${approximate ? '（按大致位置估算）' : ''}`;

/** One leg: '直线约 13 公里（按大致位置估算），公交或大巴约 45 分钟', or why it cannot be estimated. */
export const legText = (leg: Leg, mode: TravelMode) =>
  leg.known
    ? `${straightDistance(leg.meters, leg.approximate)}，${TRAVEL_MODES[mode].label}约 ${formatDuration(leg.minutes)}`
    : `${UNKNOWN_LEG}（后面的时间没有算上这段路）`;

/** The distance of a whole trip, for a "路程" label: the known legs' sum, and how many legs it leaves out. */
export function distanceTotal(timeline: Timeline): string {
  const { legs, unknownLegs, totalMeters } = timeline;
  if (legs.length === 0) return '只有一站';
  if (unknownLegs === legs.length) return '无法估算（各站只标出了同一大致位置）';
  const known = straightDistance(totalMeters, legs.some((leg) => leg.known && leg.approximate));
  return unknownLegs === 0 ? known : `已知路段${known}，另有 ${unknownLegs} 段无法估算`;
}

/** '全程约 4 小时 15 分钟'; with legs that cannot be estimated, a lower bound that says so. */
export function durationTotal(timeline: Timeline): string {
  const total = formatDuration(timeline.end - timeline.stops[0].arrive);
  return timeline.unknownLegs === 0 ? `全程约 ${total}` : `全程至少约 ${total}（${timeline.unknownLegs} 段路上用时无法估算，未计入）`;
}

/** The time of a whole trip in detail: on the way, at the stops, in all — naming the legs it leaves out. */
export function durationDetail(timeline: Timeline): string {
  const { legs, unknownLegs } = timeline;
  const stay = `参观约 ${formatDuration(timeline.stayMinutes)}`;
  const total = formatDuration(timeline.end - timeline.stops[0].arrive);
  if (legs.length === 0) return stay;
  if (unknownLegs === 0) return `路上约 ${formatDuration(timeline.travelMinutes)}，${stay}，全程约 ${total}`;
  if (unknownLegs === legs.length) return `${stay}，全程至少约 ${total}；${unknownLegs} 段路上用时都无法估算`;
  return `${stay}，已知路段路上约 ${formatDuration(timeline.travelMinutes)}，全程至少约 ${total}；另有 ${unknownLegs} 段路上用时无法估算`;
}

/** '约 12:45 结束', or '最早约 12:45 结束' when some legs' time is not counted. */
export const endText = (timeline: Timeline) => `${timeline.unknownLegs > 0 ? '最早' : ''}约 ${formatClock(timeline.end)} 结束`;

/** The one-line summary of a trip on the listing and the print views. */
export function tripLine(timeline: Timeline, options: { start?: string; mode?: TravelMode } = {}): string {
  const parts = [
    ...(options.start !== undefined ? [`${options.start} 出发`] : []),
    ...(options.mode !== undefined ? [TRAVEL_MODES[options.mode].label] : []),
    `${timeline.stops.length} 站`,
    `路程：${distanceTotal(timeline)}`,
    durationTotal(timeline),
  ];
  return parts.join(' · ');
}

/** Editors' notes may end without a full stop; the exports put several sentences together. */
const sentence = (text: string) => (/[。！？]$/.test(text) ? text : `${text}。`);

/**
 * What a GPX waypoint or calendar event says about a stop: times, note, opening hours (`hours`,
 * from arrival.ts) and the way on to the next stop.
 */
export function stopNotes<S extends PlannedStop & { note?: string }>(timeline: Timeline<S>, index: number, mode: TravelMode, hours: string): string[] {
  const { stop, arrive, depart } = timeline.stops[index];
  const leg = timeline.legs[index];
  const next = timeline.stops[index + 1]?.stop;
  return [
    `第 ${index + 1} 站，${formatClock(arrive)}–${formatClock(depart)}，停留约 ${formatDuration(stop.stay)}。`,
    ...(stop.note ? [sentence(stop.note)] : []),
    hours,
    ...(stop.approximate ? ['地图位置为大致位置，尚未核实。'] : []),
    ...(leg && next ? [`之后前往第 ${index + 2} 站“${next.name}”：${legText(leg, mode)}。`] : []),
  ];
}

/** '2026年12月1日（周二）' */
export const formatPlanDate = (date: string) => `${formatFullDate(date)}（${WEEKDAY_LABELS[weekdayOf(date)]}）`;

/**
 * How the estimates are made, said under every timeline: for a route's own mode, with its figures
 * ('…乘以绕行系数 1.4，按公交或大巴平均每小时 25 公里计算，每段另加 10 分钟候车或停车。'), or, where the
 * reader picks the mode (the planner), in general. Each page adds its own last sentence.
 */
export function estimateMethod(mode?: TravelMode): string {
  if (!mode) return '路程和用时为估算：各站之间的直线距离乘以绕行系数，再按所选出行方式的平均速度计算（公交和大巴每段另加候车时间）。';
  const { detourFactor, label, kmPerHour, overheadMinutes } = TRAVEL_MODES[mode];
  return `路程和用时为估算：直线距离乘以绕行系数 ${detourFactor}，按${label}平均每小时 ${kmPerHour} 公里计算${overheadMinutes > 0 ? `，每段另加 ${overheadMinutes} 分钟候车或停车` : ''}。`;
}
