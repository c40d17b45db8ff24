/**
 * Place listing island: filters (their state in the URL so a filtered list can be shared), open now,
 * and sorting by distance from the visitor's position or from a chosen town or community, with the
 * ten-minute walking circle (十分钟服务圈). Everything runs in the browser; no server is involved.
 */
import { formatDistance, sortByDistance, withinWalk, type LngLat } from '../lib/geo/distance.ts';
import { statusAt } from '../lib/hours/status.ts';
import type { CompiledSchedule } from '../lib/hours/types.ts';

const FILTERS = ['region', 'town', 'community', 'kind', 'service'] as const;
type Filter = (typeof FILTERS)[number];

const form = document.querySelector<HTMLFormElement>('[data-place-finder]');
if (form) setUp(form);

function setUp(form: HTMLFormElement) {
  const items = [...document.querySelectorAll<HTMLLIElement>('[data-grouped-list] li[data-place]')];
  const groups = [...document.querySelectorAll<HTMLElement>('[data-grouped-list] [data-group]')];
  const grouped = document.querySelector<HTMLElement>('[data-grouped-list]')!;
  const nearest = document.querySelector<HTMLElement>('[data-nearest]')!;
  const nearestList = nearest.querySelector<HTMLOListElement>('[data-nearest-list]')!;
  const nearestNote = nearest.querySelector<HTMLElement>('[data-nearest-note]')!;
  const status = form.querySelector<HTMLElement>('[data-finder-status]')!;
  const schedules = JSON.parse(document.getElementById('place-schedules')?.textContent ?? '{}') as Record<string, CompiledSchedule>;
  const field = (name: string) => form.elements.namedItem(name) as HTMLSelectElement | HTMLInputElement | null;
  let myPosition: LngLat | undefined;

  const locationOf = (item: HTMLElement): LngLat | undefined =>
    item.dataset.lng && item.dataset.lat ? { lng: Number(item.dataset.lng), lat: Number(item.dataset.lat) } : undefined;

  /** Open, closed, or unknown: no confirmed hours, or a day the holiday calendar does not cover yet. */
  const stateNow = (item: HTMLElement) => {
    const schedule = item.dataset.schedule ? schedules[item.dataset.schedule] : undefined;
    return schedule ? statusAt(schedule, new Date()).state : 'unknown';
  };
  const isOpenNow = (item: HTMLElement) => stateNow(item) === 'open';

  /** A town's or community's centre: the mean position of its places that have one. */
  function originFromChoice(choice: string): { point: LngLat; label: string } | undefined {
    const [kind, id] = choice.split(':');
    const matching = items.filter((item) => (kind === 'town' ? item.dataset.town : item.dataset.community) === id).map(locationOf).filter((p): p is LngLat => !!p);
    if (matching.length === 0) return undefined;
    const option = [...(field('from') as HTMLSelectElement).options].find((o) => o.value === choice);
    return {
      point: { lng: matching.reduce((s, p) => s + p.lng, 0) / matching.length, lat: matching.reduce((s, p) => s + p.lat, 0) / matching.length },
      label: option?.textContent ?? id,
    };
  }

  function readUrl() {
    const params = new URLSearchParams(location.search);
    for (const name of [...FILTERS, 'from'] as const) {
      const input = field(name) as HTMLSelectElement | null;
      const value = params.get(name) ?? '';
      // A value the list does not offer (an edited or outdated link) is ignored rather than matching nothing.
      if (input) input.value = [...input.options].some((o) => o.value === value) ? value : '';
    }
    (field('open') as HTMLInputElement).checked = params.get('open') === '1';
  }

  function writeUrl() {
    const params = new URLSearchParams();
    for (const name of [...FILTERS, 'from']) {
      const value = field(name)?.value;
      if (value) params.set(name, value);
    }
    if ((field('open') as HTMLInputElement).checked) params.set('open', '1');
    const query = params.toString();
    history.replaceState(null, '', query ? `?${query}` : location.pathname);
  }

  /** Only offer towns of the chosen region and communities of the chosen town. */
  function narrowOptions() {
    const region = field('region')?.value;
    const town = field('town') as HTMLSelectElement;
    for (const option of town.options) option.hidden = !!option.value && !!region && option.dataset.region !== region;
    if (town.selectedOptions[0]?.hidden) town.value = '';
    const community = field('community') as HTMLSelectElement | null;
    if (community) {
      for (const option of community.options) option.hidden = !!option.value && !!town.value && option.dataset.town !== town.value;
      if (community.selectedOptions[0]?.hidden) community.value = '';
    }
  }

  function matches(item: HTMLLIElement): boolean {
    for (const name of FILTERS) {
      const wanted = field(name)?.value;
      if (!wanted) continue;
      const value = name === 'service' ? (item.dataset.services ?? '').split(' ') : [item.dataset[name as Exclude<Filter, 'service'>]];
      if (!value.includes(wanted)) return false;
    }
    return !(field('open') as HTMLInputElement).checked || isOpenNow(item);
  }

  function apply() {
    narrowOptions();
    const visible = items.filter((item) => {
      const show = matches(item);
      item.hidden = !show;
      return show;
    });
    for (const group of groups) group.hidden = !group.querySelector('li[data-place]:not([hidden])');
    const openFilter = (field('open') as HTMLInputElement).checked;
    const unknownHours = openFilter ? items.filter((item) => stateNow(item) === 'unknown').length : 0;
    status.textContent =
      `共 ${items.length} 处，符合条件的 ${visible.length} 处。` +
      (unknownHours > 0 ? `开放安排尚未核实的 ${unknownHours} 处不计入“现在开放”。` : '');

    const from = field('from')?.value;
    const origin = from ? originFromChoice(from) : myPosition && { point: myPosition, label: '您的位置' };
    showNearest(visible, origin);
    writeUrl();
  }

  function showNearest(visible: HTMLLIElement[], origin: { point: LngLat; label: string } | undefined) {
    nearest.hidden = !origin;
    grouped.hidden = !!origin;
    if (!origin) return;
    const sorted = sortByDistance(visible, origin.point, locationOf);
    const inCircle = sorted.filter(({ distance }) => distance !== undefined && withinWalk(distance)).length;
    nearestNote.textContent = `从${origin.label}算起的直线距离。十分钟服务圈（步行约 720 米内）：${inCircle} 处。位置多为大致位置，仅供参考。`;
    nearestList.replaceChildren(
      ...sorted.map(({ item, distance }) => {
        const entry = document.createElement('li');
        entry.dataset.place = item.dataset.place;
        const card = item.firstElementChild!.cloneNode(true) as HTMLElement;
        const line = document.createElement('p');
        line.className = 'mt-2 font-bold';
        line.textContent =
          distance === undefined ? '没有位置信息' : `约 ${formatDistance(distance)}${withinWalk(distance) ? '，在十分钟服务圈内' : ''}`;
        card.append(line);
        entry.append(card);
        return entry;
      }),
    );
  }

  form.querySelector<HTMLButtonElement>('[data-near-me]')!.addEventListener('click', () => {
    if (!('geolocation' in navigator)) {
      status.textContent = '这个浏览器不能提供位置。请在“或者从这里算起”中选择一个镇或社区。';
      return;
    }
    status.textContent = '正在获取您的位置……';
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        myPosition = { lng: coords.longitude, lat: coords.latitude };
        (field('from') as HTMLSelectElement).value = '';
        apply();
      },
      () => {
        status.textContent = '没有得到您的位置（可能未允许使用位置）。请在“或者从这里算起”中选择一个镇或社区。';
      },
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 300_000 },
    );
  });
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLElement).getAttribute('name') === 'from') myPosition = undefined;
    apply();
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  form.querySelector('[data-finder-reset]')!.addEventListener('click', (event) => {
    event.preventDefault();
    form.reset();
    myPosition = undefined;
    apply();
  });

  form.hidden = false;
  readUrl();
  apply();
  // Open-now depends on the clock: re-evaluate as the minutes pass.
  setInterval(() => (field('open') as HTMLInputElement).checked && apply(), 60_000);
}
