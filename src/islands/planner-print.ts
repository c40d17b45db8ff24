/**
 * The plan's A4 print view (/routes/plan/print/?stops=…): the same timeline and arrival checks as
 * the planner, as a table, with a QR code (the `qrcode` library, drawn as SVG) that opens the plan.
 */
import QRCode from 'qrcode';
import { shanghaiWallClock } from '../lib/hours/dates.ts';
import { checkNote, isWarning } from '../lib/routes/arrival.ts';
import { PLANNER_PATH } from '../lib/routes/links.ts';
import { decodePlan, encodePlan } from '../lib/routes/plan-url.ts';
import { formatClock, formatDuration } from '../lib/routes/timeline.ts';
import { endText, formatPlanDate, legText, tripLine } from '../lib/routes/wording.ts';
import { h } from './dom.ts';
import { overnightWarning, planTimeline, showProblems, withPlaces, type Places } from './planner-dom.ts';

const root = document.getElementById('plan-print');
if (root) void withPlaces(root, setUp);

async function setUp(places: Places) {
  const get = (id: string) => document.getElementById(id)!;
  const { plan, problems } = decodePlan(location.search, { stayFor: (id) => places.byId.get(id)?.stay, today: shanghaiWallClock(new Date()).date });
  const plannerUrl = new URL(PLANNER_PATH + encodePlan(plan), location.href).href;
  showProblems(get('planner-problems'), problems);
  get('plan-print-button').addEventListener('click', () => window.print());
  (get('plan-print-back') as HTMLAnchorElement).href = plannerUrl;
  if (plan.stops.length === 0) {
    get('plan-print-empty').hidden = false;
    get('plan-print-body').hidden = true;
    return;
  }

  const { timeline, checks } = planTimeline(plan, places);
  get('plan-print-title').textContent = `参观行程：${formatPlanDate(plan.date)}`;
  get('plan-print-summary').textContent = `${tripLine(timeline, { start: plan.start, mode: plan.mode })}，${endText(timeline)}。${overnightWarning(timeline) ?? ''}`;
  // The same rows as the route print view (src/pages/routes/[id]/print.astro).
  get('plan-print-rows').replaceChildren(
    ...timeline.stops.flatMap(({ stop, arrive, depart }, index) => {
      const { check } = checks[index];
      const leg = timeline.legs[index];
      const hint = checkNote(check, arrive) + (stop.place.approximate ? '地图位置为大致位置。' : '');
      return [
        h(
          'tr',
          { 'data-stop': stop.id },
          h('td', {}, `第 ${index + 1} 站`),
          h('td', {}, h('time', {}, formatClock(arrive)), '–', h('time', {}, formatClock(depart)), h('span', { class: 'block' }, `停留 ${formatDuration(stop.stay)}`)),
          h('th', { scope: 'row' }, stop.name),
          h('td', isWarning(check) ? { class: 'font-bold' } : {}, hint),
        ),
        ...(leg ? [h('tr', { class: 'route-print-leg' }, h('td', { colspan: '4' }, `↓ 前往第 ${index + 2} 站：${legText(leg, plan.mode)}`))] : []),
      ];
    }),
  );
  get('plan-print-url').textContent = plannerUrl;
  const svg = new DOMParser().parseFromString(await QRCode.toString(plannerUrl, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }), 'image/svg+xml').documentElement;
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', '打开这个行程的二维码');
  get('plan-print-qr').replaceChildren(svg);
}
