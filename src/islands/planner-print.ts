/**
 * The plan's A4 print view (/routes/plan/print/?stops=…): the same timeline and arrival checks as
 * the planner, as a table, with a QR code (the `qrcode` library, drawn as SVG) that opens the plan.
 */
import QRCode from 'qrcode';
import { formatDistance } from '../lib/geo/distance.ts';
import { shanghaiWallClock } from '../lib/hours/dates.ts';
import { describeCheck, isWarning } from '../lib/routes/arrival.ts';
import { PLANNER_PATH } from '../lib/routes/links.ts';
import { TRAVEL_MODES } from '../lib/routes/modes.ts';
import { decodePlan, encodePlan } from '../lib/routes/plan-url.ts';
import { formatClock, formatDuration } from '../lib/routes/timeline.ts';
import { formatDate, h, legText, overnightWarning, planTimeline, readPlaces, showProblems } from './planner-dom.ts';

const root = document.getElementById('plan-print');
if (root) void setUp(root);

async function setUp(root: HTMLElement) {
  const get = (id: string) => document.getElementById(id)!;
  const places = readPlaces();
  const { plan, problems } = decodePlan(location.search, { stayFor: (id) => places.get(id)?.stay, today: shanghaiWallClock(new Date()).date });
  const plannerUrl = new URL(PLANNER_PATH + encodePlan(plan), location.href).href;
  showProblems(get('planner-problems'), problems);
  get('planner-nojs').hidden = true;
  root.hidden = false;
  get('plan-print-button').addEventListener('click', () => window.print());
  (get('plan-print-back') as HTMLAnchorElement).href = plannerUrl;
  if (plan.stops.length === 0) {
    get('plan-print-empty').hidden = false;
    get('plan-print-body').hidden = true;
    return;
  }

  const { timeline, checks } = planTimeline(plan, places);
  const mode = TRAVEL_MODES[plan.mode];
  get('plan-print-title').textContent = `参观行程：${formatDate(plan.date)}`;
  get('plan-print-summary').textContent =
    `${plan.start} 出发 · ${mode.label} · ${plan.stops.length} 站 · 路程约 ${formatDistance(timeline.totalMeters)}（直线） · ` +
    `全程约 ${formatDuration(timeline.end - timeline.stops[0].arrive)}，约 ${formatClock(timeline.end)} 结束。${overnightWarning(timeline) ?? ''}`;
  get('plan-print-rows').replaceChildren(
    ...timeline.stops.flatMap(({ stop, arrive, depart }, index) => {
      const { check } = checks[index];
      const leg = timeline.legs[index];
      const hint = describeCheck(check, arrive) + (stop.place.approximate ? '位置为大致位置。' : '');
      return [
        h(
          'tr',
          { 'data-stop': stop.id },
          h('td', {}, String(index + 1)),
          h('td', {}, `${formatClock(arrive)}–${formatClock(depart)}`),
          h('th', { scope: 'row' }, stop.name),
          h('td', {}, formatDuration(stop.stay)),
          h('td', isWarning(check) ? { class: 'font-bold' } : {}, isWarning(check) ? `注意：${hint}` : hint),
        ),
        ...(leg
          ? [h('tr', { class: 'text-ink-muted' }, h('td'), h('td', { colspan: '4' }, legText(leg.meters, leg.minutes, stop, timeline.stops[index + 1].stop, mode.label, `↓ 前往第 ${index + 2} 站：`)))]
          : []),
      ];
    }),
  );
  get('plan-print-url').textContent = plannerUrl;
  const svg = new DOMParser().parseFromString(await QRCode.toString(plannerUrl, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }), 'image/svg+xml').documentElement;
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', '打开这个行程的二维码');
  get('plan-print-qr').replaceChildren(svg);
}
