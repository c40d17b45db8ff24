/** The planner's editor rows and results (timeline, totals, arrival checks, navigation links). */
import { amapNavigationUrl } from '../lib/geo/directions.ts';
import { cautionFor, describeCheck, isWarning, type StopCheck } from '../lib/routes/arrival.ts';
import { TRAVEL_MODES, type TravelMode } from '../lib/routes/modes.ts';
import { MAX_STAY_MINUTES } from '../lib/routes/plan-url.ts';
import type { PlannerPlace } from '../lib/routes/planner-data.ts';
import { formatClock, formatDuration, type Timeline } from '../lib/routes/timeline.ts';
import { distanceTotal, durationDetail, endText, formatPlanDate, legText } from '../lib/routes/wording.ts';
import { h } from './dom.ts';
import { overnightWarning, type PlannerStop } from './planner-dom.ts';

const external = (href: string, text: string, hidden: string) =>
  h('a', { href, rel: 'external noopener', target: '_blank' }, text, h('span', { class: 'sr-only' }, hidden));

/** One editable stop: stay, 上移 / 下移 / 删除 (real buttons, each naming the stop for screen readers). */
export function stopItem(stop: { id: string; stay: number }, place: PlannerPlace, index: number, count: number): HTMLElement {
  const stayId = `planner-stay-${stop.id}`;
  const errorId = `${stayId}-error`;
  const button = (action: string, text: string, disabled: boolean) =>
    h('button', { type: 'button', class: 'button-secondary', 'data-action': action, 'data-id': stop.id, disabled }, text, h('span', { class: 'sr-only' }, `：${place.name}`));
  return h(
    'li',
    { class: 'card', 'data-stop': stop.id },
    h('p', { class: 'text-xl font-bold' }, `第 ${index + 1} 站：`, h('a', { href: place.href }, place.name)),
    h(
      'p',
      { class: 'mt-2 flex flex-wrap items-center gap-3' },
      h('label', { for: stayId }, '停留时间（分钟）', h('span', { class: 'sr-only' }, `：${place.name}`)),
      h('input', { id: stayId, class: 'planner-input w-28', type: 'number', inputmode: 'numeric', min: '1', max: String(MAX_STAY_MINUTES), step: '1', value: String(stop.stay), required: true, 'data-stay': stop.id, 'aria-describedby': errorId }),
      h('span', { id: errorId, class: 'planner-error', 'data-error-for': stop.id }),
    ),
    h('p', { class: 'mt-2 flex flex-wrap gap-2' }, button('up', '上移', index === 0), button('down', '下移', index === count - 1), button('remove', '删除', false)),
  );
}

interface Results {
  summary: HTMLElement;
  timeline: HTMLElement;
}

/** The timeline with each stop's arrival check and a navigation link per leg, then the totals. */
export function renderResults(timeline: Timeline<PlannerStop>, checks: StopCheck[], date: string, start: string, mode: TravelMode): Results {
  const travel = TRAVEL_MODES[mode];
  const warnings = checks.filter((c) => isWarning(c.check)).length;
  const unverified = checks.filter((c) => c.check.state === 'unverified').length;
  const overnight = overnightWarning(timeline);
  const summary = h(
    'div',
    {},
    h(
      'dl',
      { class: 'facts' },
      h('dt', {}, '日期'),
      h('dd', {}, formatPlanDate(date)),
      h('dt', {}, '出发'),
      h('dd', {}, `${start}，${travel.label}`),
      h('dt', {}, '站数'),
      h('dd', {}, `${timeline.stops.length} 站`),
      h('dt', {}, '路程'),
      h('dd', {}, distanceTotal(timeline)),
      h('dt', {}, '用时'),
      h('dd', {}, durationDetail(timeline)),
      h('dt', {}, '结束'),
      h('dd', {}, endText(timeline)),
    ),
    overnight !== undefined && h('p', { class: 'planner-warning mt-3' }, `注意：${overnight}`),
    warnings > 0 && h('p', { class: 'notice mt-3 font-bold', 'data-warning-count': String(warnings) }, `注意：有 ${warnings} 站在计划的时间可能不开放，请看上面各站的说明，调整日期、出发时间或顺序。`),
    unverified > 0 && h('p', { class: 'mt-3' }, `有 ${unverified} 站的开放时间未核实，出发前请先电话确认。`),
  );

  const list = h('ol', { class: 'space-y-4' });
  timeline.stops.forEach(({ stop, arrive, depart }, index) => {
    const { check } = checks[index];
    const caution = cautionFor(check, arrive);
    const leg = timeline.legs[index];
    const next = timeline.stops[index + 1]?.stop;
    const point = (s: PlannerStop) => ({ name: s.name, ...s.location });
    const hoursWarning = isWarning(check) && caution === undefined;
    list.append(
      h(
        'li',
        { class: 'card', 'data-timeline-stop': stop.id },
        h('p', { class: 'text-base text-ink-muted' }, `第 ${index + 1} 站 · `, h('time', {}, formatClock(arrive)), '–', h('time', {}, formatClock(depart))),
        h('h3', { class: 'text-xl' }, h('a', { href: stop.place.href }, stop.name)),
        h('p', {}, `停留约 ${formatDuration(stop.stay)}`),
        h('p', { class: hoursWarning ? 'planner-warning' : check.state === 'unverified' ? 'planner-flag' : 'text-base', 'data-check': check.state }, hoursWarning ? '注意：' : '', describeCheck(check, arrive)),
        caution !== undefined && h('p', { class: 'planner-warning', 'data-caution': '' }, `注意：${caution}`),
        stop.place.approximate && h('p', { class: 'text-base text-ink-muted' }, '地图位置为大致位置，距离和用时可能偏差较大。'),
        leg &&
          next &&
          h(
            'p',
            { class: 'mt-2 border-t border-gray-300 pt-2 text-base', 'data-leg': leg.known ? 'known' : 'unknown' },
            `前往下一站：${legText(leg, mode)}。`,
            // Navigating from one reference point to the same point leads nowhere.
            leg.known && external(amapNavigationUrl(point(stop), point(next), travel.amap), '导航到下一站', `：${next.name}（在新窗口打开高德地图）`),
          ),
      ),
    );
  });
  return { summary, timeline: list };
}
