/**
 * The route planner island (/routes/plan/). The whole plan lives in the address
 * (?stops=a:45,b:30&date=…&start=…&mode=…), rewritten on every change so it can be bookmarked and
 * shared; the last plan is also kept in localStorage so "加入我的行程" links can add to it. Only pure
 * modules are imported: compiled schedules (never the opening_hours parser), distances, route maths.
 * The print view with its QR code is a page of its own (/routes/plan/print/, planner-print.ts).
 */
import { amapRouteUrl } from '../lib/geo/directions.ts';
import { shanghaiWallClock } from '../lib/hours/dates.ts';
import { checkNote } from '../lib/routes/arrival.ts';
import { buildGpx, type XmlDocumentLike } from '../lib/routes/gpx.ts';
import { PLANNER_PRINT_PATH } from '../lib/routes/links.ts';
import { TRAVEL_MODES, isTravelMode } from '../lib/routes/modes.ts';
import { shortestOrder } from '../lib/routes/order.ts';
import { decodePlan, encodePlan, isDate, isStay, MAX_PLAN_STOPS, MAX_STAY_MINUTES, type Plan } from '../lib/routes/plan-url.ts';
import { parseClock } from '../lib/routes/timeline.ts';
import { distanceTotal, formatPlanDate, stopNotes } from '../lib/routes/wording.ts';
import { h } from './dom.ts';
import { planTimeline, showProblems, withPlaces, type Places } from './planner-dom.ts';
import { renderResults, stopItem } from './planner-view.ts';

const STORAGE_KEY = 'route-plan';
const root = document.getElementById('planner');
if (root) void withPlaces(root, (places) => setUp(root, places));

function setUp(root: HTMLElement, places: Places) {
  const { byId } = places;
  const get = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
  const picker = get<HTMLSelectElement>('planner-place');
  const dateInput = get<HTMLInputElement>('planner-date');
  const startInput = get<HTMLInputElement>('planner-start');
  const modeInput = get<HTMLSelectElement>('planner-mode');
  const stopList = get<HTMLOListElement>('planner-stops');
  const status = get('planner-status');
  const linkInput = get<HTMLInputElement>('planner-link');
  picker.replaceChildren(
    ...[...places.groups].map(([group, members]) =>
      h('optgroup', { label: group }, ...members.map((place) => h('option', { value: place.id }, place.approximate ? `${place.name}（大致位置）` : place.name))),
    ),
  );
  picker.disabled = false;
  const say = (message: string) => {
    status.textContent = message;
  };

  const today = shanghaiWallClock(new Date()).date;
  const decode = (query: string) => decodePlan(query, { stayFor: (id) => byId.get(id)?.stay, today });
  const decoded = decode(location.search);
  const problems = [...decoded.problems];
  let plan: Plan = decoded.plan;
  if (!decoded.hasStops) {
    // No plan in the address: carry on with the one kept on this device, so "加入我的行程" adds to it.
    // What the address does say (date, time, mode) wins; a saved date in the past becomes today.
    const saved = decode(readSaved());
    if (saved.plan.stops.length > 0) {
      const given = new URLSearchParams(location.search);
      plan = {
        stops: saved.plan.stops,
        date: given.has('date') || saved.plan.date < today ? decoded.plan.date : saved.plan.date,
        start: given.has('start') ? decoded.plan.start : saved.plan.start,
        mode: given.has('mode') ? decoded.plan.mode : saved.plan.mode,
      };
      say('已接着你上次在本机排的行程继续；不需要时可以按“清空行程”。');
      if (saved.problems.length > 0) problems.push('上次保存的行程中有地点或设置已失效，已略去。');
    }
  }
  if (decoded.add) addStop(decoded.add);
  showProblems(get('planner-problems'), problems);

  dateInput.value = plan.date;
  startInput.value = plan.start;
  modeInput.value = plan.mode;
  render();

  function addStop(id: string) {
    const place = byId.get(id)!;
    if (plan.stops.some((stop) => stop.id === id)) return say(`“${place.name}”已在行程中。`);
    if (plan.stops.length >= MAX_PLAN_STOPS) return say(`每个行程最多 ${MAX_PLAN_STOPS} 站，请先删除一站。`);
    plan = { ...plan, stops: [...plan.stops, { id, stay: place.stay }] };
    say(`已把“${place.name}”加入行程，是第 ${plan.stops.length} 站。`);
  }

  /** Everything after a change: the address, storage, the stop editor and the results. */
  function render() {
    const query = encodePlan(plan);
    history.replaceState(null, '', location.pathname + query);
    try {
      localStorage.setItem(STORAGE_KEY, query);
    } catch {
      /* storage blocked: the plan still lives in the address */
    }
    linkInput.value = location.href;
    get<HTMLAnchorElement>('planner-print').href = PLANNER_PRINT_PATH + query;

    for (const option of picker.options) option.disabled = plan.stops.some((stop) => stop.id === option.value);
    stopList.replaceChildren(...plan.stops.map((stop, index) => stopItem(stop, byId.get(stop.id)!, index, plan.stops.length)));
    get('planner-empty').hidden = plan.stops.length > 0;
    get('planner-results').hidden = plan.stops.length === 0;
    get('planner-export').hidden = plan.stops.length === 0;
    for (const button of root.querySelectorAll<HTMLButtonElement>('[data-needs-stops]')) button.disabled = plan.stops.length < Number(button.dataset.needsStops);
    if (plan.stops.length === 0) return;

    const { timeline, checks } = planTimeline(plan, places);
    const { summary, timeline: list } = renderResults(timeline, checks, plan.date, plan.start, plan.mode);
    get('planner-summary').replaceChildren(summary);
    get('planner-timeline').replaceChildren(list);
    const amap = get<HTMLAnchorElement>('planner-amap');
    amap.href = amapRouteUrl(timeline.stops.map(({ stop }) => ({ name: stop.name, ...stop.location })), TRAVEL_MODES[plan.mode].amap);
    // Set with the href: an <a> without one may not carry rel or target (it has none until a plan exists).
    amap.rel = 'external noopener';
    amap.target = '_blank';
  }

  function download(text: string, type: string, name: string) {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const link = h('a', { href: url, download: name, hidden: true });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  /** After re-rendering the list, keep keyboard focus where the visitor was working. */
  function refocus(id: string | undefined, action: string) {
    const inItem = (stopId: string, selector: string) => stopList.querySelector<HTMLElement>(`[data-stop="${stopId}"] ${selector}`);
    const target =
      (id ? (inItem(id, `[data-action="${action}"]:not(:disabled)`) ?? inItem(id, '[data-action]:not(:disabled)')) : null) ??
      stopList.querySelector<HTMLElement>('[data-action="remove"]') ??
      picker;
    target.focus();
  }

  get('planner-add').addEventListener('submit', (event) => {
    event.preventDefault();
    if (!byId.has(picker.value)) return say('请先在列表中选择一个地点。');
    addStop(picker.value);
    render();
  });

  stopList.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-action]');
    if (!button) return;
    const { action = '', id = '' } = button.dataset;
    const index = plan.stops.findIndex((stop) => stop.id === id);
    const name = byId.get(id)!.name;
    let focusId: string | undefined = id;
    if (action === 'remove') {
      plan = { ...plan, stops: plan.stops.filter((stop) => stop.id !== id) };
      focusId = (plan.stops[index] ?? plan.stops[index - 1])?.id;
      say(`已从行程中删除“${name}”。`);
    } else {
      const to = index + (action === 'up' ? -1 : 1);
      if (to < 0 || to >= plan.stops.length) return;
      const stops = [...plan.stops];
      [stops[index], stops[to]] = [stops[to], stops[index]];
      plan = { ...plan, stops };
      say(`已把“${name}”移到第 ${to + 1} 站。`);
    }
    render();
    refocus(focusId, action);
  });

  stopList.addEventListener('change', (event) => {
    const input = event.target as HTMLInputElement;
    const id = input.dataset.stay;
    if (!id) return;
    const value = input.value.trim() === '' ? NaN : Number(input.value);
    if (!isStay(value)) {
      input.setAttribute('aria-invalid', 'true');
      stopList.querySelector(`[data-error-for="${id}"]`)!.textContent = `请填写 1–${MAX_STAY_MINUTES} 的整数分钟，行程仍按原来的时间计算。`;
      return;
    }
    plan = { ...plan, stops: plan.stops.map((stop) => (stop.id === id ? { id, stay: value } : stop)) };
    say(`“${byId.get(id)!.name}”的停留时间改为 ${value} 分钟。`);
    render();
    stopList.querySelector<HTMLInputElement>(`[data-stay="${id}"]`)?.focus();
  });

  get('planner-settings').addEventListener('change', () => {
    const date = dateInput.value;
    const start = startInput.value.slice(0, 5);
    if (!isDate(date)) return say('请选择有效的日期。');
    if (parseClock(start) === undefined) return say('请填写有效的出发时间，例如 08:30。');
    if (!isTravelMode(modeInput.value)) return;
    plan = { ...plan, date, start, mode: modeInput.value };
    say(`已按 ${formatPlanDate(date)} ${start} 出发、${TRAVEL_MODES[plan.mode].label}重新计算。`);
    render();
  });

  get('planner-optimise').addEventListener('click', () => {
    const before = planTimeline(plan, places).timeline;
    // Stops that all share one approximate point have no distance to shorten.
    if (before.unknownLegs === before.legs.length) return say('各站只标出了同一大致位置，无法按路程排序，请按实际情况手动调整顺序。');
    const points = plan.stops.map(({ id }) => byId.get(id)!);
    const order = shortestOrder(points, { fixStart: get<HTMLInputElement>('planner-fix-start').checked });
    if (order.every((index, position) => index === position)) return say(`当前顺序已经是最短的（路程：${distanceTotal(before)}）。`);
    plan = { ...plan, stops: order.map((index) => plan.stops[index]) };
    say(`已按最短路程重新排序：路程从“${distanceTotal(before)}”缩短为“${distanceTotal(planTimeline(plan, places).timeline)}”。`);
    render();
  });

  const title = () => `参观行程 ${formatPlanDate(plan.date)}`;
  const pageOf = (href: string) => new URL(href, location.href).href;

  get('planner-gpx').addEventListener('click', () => {
    const { timeline, checks } = planTimeline(plan, places);
    const stops = timeline.stops.map(({ stop, arrive }, index) => ({
      name: stop.name,
      ...stop.location,
      url: pageOf(stop.place.href),
      description: stopNotes(timeline, index, plan.mode, checkNote(checks[index].check, arrive)).join(''),
    }));
    const gpx = buildGpx(
      { name: title(), url: location.href, stops },
      {
        createDocument: (namespace, name) => document.implementation.createDocument(namespace, name, null) as unknown as XmlDocumentLike,
        serialize: (doc) => new XMLSerializer().serializeToString(doc as unknown as Node),
      },
    );
    download(gpx, 'application/gpx+xml', `plan-${plan.date}.gpx`);
    say('已生成 GPX 文件，可导入手机地图或导航应用。');
  });

  get('planner-ics').addEventListener('click', async () => {
    // ical-generator is the heaviest part of the planner and only this button needs it: load it on demand.
    const { buildIcs } = await import('../lib/routes/ics.ts');
    const { timeline, checks } = planTimeline(plan, places);
    const withUrls = { ...timeline, stops: timeline.stops.map((s) => ({ ...s, stop: { ...s.stop, url: pageOf(s.stop.place.href) } })) };
    download(buildIcs(withUrls, { title: title(), date: plan.date, mode: plan.mode, url: location.href, checks }), 'text/calendar', `plan-${plan.date}.ics`);
    say('已生成日历文件（ICS），可导入手机或电脑日历。');
  });

  get('planner-clear').addEventListener('click', () => {
    plan = { ...plan, stops: [] };
    say('已清空行程。');
    render();
    picker.focus();
  });

  get('planner-copy').addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(location.href);
      say('已复制本行程的链接。');
    } catch {
      linkInput.select();
      say('无法自动复制，链接已选中，请手动复制。');
    }
  });
}

function readSaved(): string {
  try {
    return localStorage.getItem(STORAGE_KEY) ?? '';
  } catch {
    return '';
  }
}
