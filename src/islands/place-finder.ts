/**
 * Place listing island: filters (their state in the URL so a filtered list can be shared), open now,
 * and near me: from the visitor's position or from a chosen town or community. Places with an exact
 * position are sorted by distance; the others follow by town, without a distance (see nearest.ts).
 * A listing too big for one page shows regions (or towns) with counts; the island fetches a region's
 * data file (PlacesByRegion's data-src) when the visitor picks the region or asks for near me, and
 * fills it in with the page's own card templates. Everything runs in the browser.
 */
import { distanceMeters, formatDistance, withinWalk, type LngLat } from '../lib/geo/distance.ts';
import { distanceLabel, nearestFirst, type Origin } from '../lib/geo/nearest.ts';
import { statusAt } from '../lib/hours/status.ts';
import type { CompiledSchedule } from '../lib/hours/types.ts';
import {
  activeFiltersLabel, finderAttributes, readFinderRecord, townAnchor, UNCONFIRMED_BADGE, type CardView, type FinderRecord, type RegionFinderData,
} from '../lib/site/finder-record.ts';
import { h } from './dom.ts';

const FILTERS = ['region', 'town', 'community', 'kind', 'service'] as const;
/** Filters that wait for a region on a listing that shows regions first. */
const PLACE_FILTERS = ['community', 'kind', 'service'] as const;
/** Regions whose nearest town is within this much of the nearest region's are fetched for near me too. */
const NEAR_MARGIN_M = 20_000;
/** A position fix this precise is good enough for walking distances and the ten-minute circle. */
const EXACT_FIX_M = 100;

const panel = document.querySelector<HTMLDetailsElement>('details[data-finder]');
if (panel) setUp(panel);

function setUp(panel: HTMLDetailsElement) {
  const form = panel.querySelector<HTMLFormElement>('form[data-place-finder]')!;
  const grouped = document.querySelector<HTMLElement>('[data-grouped-list]')!;
  const status = document.querySelector<HTMLElement>('[data-finder-status]')!;
  const activeCount = panel.querySelector<HTMLElement>('[data-active-count]')!;
  const needsRegion = form.querySelector<HTMLElement>('[data-needs-region]');
  const needsRegionHint = form.querySelector<HTMLElement>('[data-needs-region-hint]');
  const nearest = document.querySelector<HTMLElement>('[data-nearest]')!;
  const nearestNote = nearest.querySelector<HTMLElement>('[data-nearest-note]')!;
  const nearestList = nearest.querySelector<HTMLElement>('[data-nearest-list]')!;
  const nearestRest = nearest.querySelector<HTMLElement>('[data-nearest-rest]')!;
  const schedules = JSON.parse(document.getElementById('place-schedules')?.textContent ?? '{}') as Record<string, CompiledSchedule>;
  const select = (name: string) => form.elements.namedItem(name) as HTMLSelectElement | null;
  const openBox = form.elements.namedItem('open') as HTMLInputElement | null;
  const nearMe = form.querySelector<HTMLButtonElement>('[data-near-me]');
  const records = new WeakMap<HTMLElement, FinderRecord>();
  const loads = new Map<string, Promise<void>>();
  let myPosition: (Origin & { label: string }) | undefined;
  let run = 0;

  const items = () => [...grouped.querySelectorAll<HTMLLIElement>('li[data-place]')];
  const recordOf = (item: HTMLElement) => {
    let record = records.get(item);
    if (!record) records.set(item, (record = readFinderRecord(item.dataset)));
    return record;
  };
  const value = (name: string) => select(name)?.value ?? '';
  const regionSections = () => [...grouped.querySelectorAll<HTMLElement>('[data-region-group]')];
  const regionName = (id: string) => select('region')?.querySelector<HTMLOptionElement>(`option[value="${CSS.escape(id)}"]`)?.textContent ?? '';
  /** The region the town filter implies (a town option names its region). */
  const townRegion = () => select('town')?.selectedOptions[0]?.dataset.region;
  const regionChosen = () => !!(value('region') || value('town'));
  const placeFiltersOn = () => !needsRegion || regionChosen();

  /** Open, closed, or unknown: no confirmed hours, or a day the holiday calendar does not cover yet. */
  const stateNow = (record: FinderRecord) => {
    const schedule = record.schedule ? schedules[record.schedule] : undefined;
    return schedule ? statusAt(schedule, new Date()).state : 'unknown';
  };

  /** Towns' (and communities') reference points, from the "from here" choices. */
  const fromOptions = () => [...(select('from')?.options ?? [])].filter((o) => o.value);
  const pointOf = (option: HTMLOptionElement): LngLat => ({ lng: Number(option.dataset.lng), lat: Number(option.dataset.lat) });
  const townPoints = () =>
    new Map(fromOptions().filter((o) => o.value.startsWith('town:')).map((o) => [`${o.dataset.region}/${o.value.slice(5)}`, pointOf(o)]));

  function readUrl() {
    const params = new URLSearchParams(location.search);
    for (const name of [...FILTERS, 'from']) {
      const input = select(name);
      const wanted = params.get(name) ?? '';
      // A value the list does not offer (an edited or outdated link) is ignored rather than matching nothing.
      if (input) input.value = [...input.options].some((o) => o.value === wanted) ? wanted : '';
    }
    if (openBox) openBox.checked = params.get('open') === '1';
  }

  function writeUrl() {
    const params = new URLSearchParams();
    for (const name of [...FILTERS, 'from']) {
      if (value(name) && (placeFiltersOn() || !(PLACE_FILTERS as readonly string[]).includes(name))) params.set(name, value(name));
    }
    if (openBox?.checked && placeFiltersOn()) params.set('open', '1');
    const query = params.toString();
    history.replaceState(null, '', query ? `?${query}` : location.pathname);
  }

  /** Only offer towns of the chosen region and communities of the chosen town. */
  function narrowOptions() {
    const narrow = (input: HTMLSelectElement | null, key: 'region' | 'town', wanted: string) => {
      if (!input) return;
      for (const option of input.options) {
        const off = !!option.value && !!wanted && option.dataset[key] !== wanted;
        option.hidden = off;
        option.disabled = off;
      }
      if (input.selectedOptions[0]?.disabled) input.value = '';
    };
    narrow(select('town'), 'region', value('region'));
    narrow(select('community'), 'town', value('town'));
    if (needsRegion) needsRegion.hidden = !regionChosen();
    if (needsRegionHint) needsRegionHint.hidden = regionChosen();
  }

  const activeFilters = () =>
    FILTERS.filter((name) => value(name) && (placeFiltersOn() || !(PLACE_FILTERS as readonly string[]).includes(name))).length +
    (openBox?.checked && placeFiltersOn() ? 1 : 0);

  function matches(record: FinderRecord): boolean {
    if (value('region') && record.region !== value('region')) return false;
    if (value('town') && (record.town !== value('town') || record.region !== townRegion())) return false;
    if (!placeFiltersOn()) return true;
    if (value('community') && record.community !== value('community')) return false;
    if (value('kind') && record.kind !== value('kind')) return false;
    if (value('service') && !record.services?.includes(value('service'))) return false;
    return !openBox?.checked || stateNow(record) === 'open';
  }

  /** The origin of near me: the chosen town or community, else the visitor's position. */
  function origin(): (Origin & { label: string }) | undefined {
    const option = select('from')?.selectedOptions[0];
    if (option?.value) return { point: pointOf(option), exact: false, label: `从${option.textContent ?? ''}的大致中心` };
    return myPosition;
  }

  /** Regions the finder needs now: the chosen one, or those near the origin; only ones not fetched yet matter. */
  function regionsNeeded(from: Origin | undefined): string[] {
    const chosen = value('region') || townRegion();
    if (chosen) return [chosen];
    const sections = regionSections();
    // A page of one big region (its towns listed by count): any use of the finder needs its places.
    if (sections.length === 1) return activeFilters() > 0 || from ? [sections[0].dataset.regionGroup!] : [];
    if (!from) return [];
    const nearestTown = new Map<string, number>();
    for (const option of fromOptions()) {
      const meters = distanceMeters(from.point, pointOf(option));
      const region = option.dataset.region!;
      nearestTown.set(region, Math.min(meters, nearestTown.get(region) ?? Infinity));
    }
    const closest = Math.min(...nearestTown.values());
    return [...nearestTown].filter(([, meters]) => meters <= closest + NEAR_MARGIN_M).map(([region]) => region);
  }

  function ensureLoaded(regions: string[]): Promise<void> {
    return Promise.all(
      regions.map((region) => {
        const section = regionSections().find((s) => s.dataset.regionGroup === region);
        if (!section?.dataset.src) return undefined;
        let load = loads.get(region);
        if (!load) {
          load = loadRegion(section).catch((error: unknown) => {
            loads.delete(region);
            throw error;
          });
          loads.set(region, load);
        }
        return load;
      }),
    ).then(() => undefined);
  }

  /** Fills a region's section from its data file with the page's own town and card templates. */
  async function loadRegion(section: HTMLElement) {
    const response = await fetch(section.dataset.src!);
    if (!response.ok) throw new Error(`${section.dataset.src}: ${response.status}`);
    const data = (await response.json()) as RegionFinderData;
    Object.assign(schedules, data.schedules);
    const townTemplate = grouped.querySelector<HTMLTemplateElement>('template[data-town-template]')!;
    const cardTemplate = grouped.querySelector<HTMLTemplateElement>('template[data-card-template]')!;
    const towns = data.towns.map((town) => {
      const group = townTemplate.content.firstElementChild!.cloneNode(true) as HTMLElement;
      const heading = group.querySelector<HTMLElement>('[data-town-name]')!;
      heading.removeAttribute('data-town-name');
      heading.id = townAnchor(data.region, town.id);
      heading.textContent = town.name;
      const regionHeading = section.getAttribute('aria-labelledby');
      group.setAttribute('aria-labelledby', regionHeading ? `${regionHeading} ${heading.id}` : heading.id);
      const list = group.querySelector<HTMLElement>('[data-town-list]')!;
      list.removeAttribute('data-town-list');
      list.append(...town.places.map(({ record, card }) => cardItem(cardTemplate, record, card)));
      return group;
    });
    section.querySelector('[data-region-overview]')?.setAttribute('hidden', '');
    section.append(...towns);
    delete section.dataset.src;
  }

  function cardItem(template: HTMLTemplateElement, record: FinderRecord, card: CardView): HTMLLIElement {
    const item = template.content.firstElementChild!.cloneNode(true) as HTMLLIElement;
    for (const [name, attribute] of Object.entries(finderAttributes(record))) item.setAttribute(name, attribute);
    const fill = (hook: string, fillIn: (element: HTMLElement) => void) => {
      const element = item.querySelector<HTMLElement>(`[data-card-${hook}]`)!;
      element.removeAttribute(`data-card-${hook}`);
      fillIn(element);
    };
    fill('link', (link) => {
      link.setAttribute('href', card.href);
      link.textContent = card.name;
    });
    fill('badges', (badges) => {
      const sample = badges.firstElementChild!;
      badges.replaceChildren(
        ...card.badges.map((text) => {
          const badge = Object.assign(sample.cloneNode() as HTMLElement, { textContent: text });
          badge.classList.toggle('badge-warn', text === UNCONFIRMED_BADGE);
          return badge;
        }),
      );
    });
    fill('summary', (summary) => (summary.textContent = card.summary));
    return item;
  }

  async function apply() {
    const mine = ++run;
    narrowOptions();
    activeCount.textContent = activeFiltersLabel(activeFilters());
    const from = origin();
    const needed = regionsNeeded(from).filter((region) => regionSections().some((s) => s.dataset.regionGroup === region && s.dataset.src));
    if (needed.length > 0) {
      status.textContent = `正在载入${needed.map(regionName).join('、') || '这里'}的地点……`;
      try {
        await ensureLoaded(needed);
      } catch {
        if (mine === run) status.textContent = '没能载入地点（可能网络不通）。请稍后再试，或打开下面的市县、镇的页面。';
        return;
      }
      if (mine !== run) return;
    }
    const all = items();
    const visible = all.filter((item) => {
      const show = matches(recordOf(item));
      item.hidden = !show;
      return show;
    });
    for (const section of regionSections()) {
      const region = section.dataset.regionGroup!;
      section.hidden = section.dataset.src
        ? (!!value('region') && value('region') !== region) || (!!value('town') && townRegion() !== region)
        : !section.querySelector('li[data-place]:not([hidden])');
      for (const town of section.querySelectorAll<HTMLElement>('section[data-group]')) town.hidden = !town.querySelector('li[data-place]:not([hidden])');
    }
    status.textContent = statusText(all, visible, from);
    showNearest(visible, from);
    writeUrl();
  }

  function statusText(all: HTMLLIElement[], visible: HTMLLIElement[], from: Origin | undefined): string {
    if (activeFilters() === 0 && !from) return '';
    const inScope = all.filter((item) => {
      const record = recordOf(item);
      return (!value('region') || record.region === value('region')) && (!value('town') || (record.town === value('town') && record.region === townRegion()));
    });
    const unknownHours = openBox?.checked && placeFiltersOn() ? inScope.filter((item) => stateNow(recordOf(item)) === 'unknown').length : 0;
    return (
      `共 ${inScope.length} 处，符合条件的 ${visible.length} 处。` +
      (unknownHours > 0 ? `开放安排尚未核实的 ${unknownHours} 处不计入“现在开放”。` : '')
    );
  }

  /** The town a listed item sits under, with its region where the page lists several. */
  function townLabel(item: HTMLElement): string {
    const town = item.closest('section[data-group]')?.querySelector('h2, h3')?.textContent ?? '';
    const region = item.closest('[data-region-group]')?.querySelector(':scope > h2')?.textContent;
    return region ? `${town}（${region}）` : town;
  }

  function showNearest(visible: HTMLLIElement[], from: (Origin & { label: string }) | undefined) {
    nearest.hidden = !from;
    grouped.hidden = !!from;
    if (!from) return;
    const points = townPoints();
    const sorted = nearestFirst(visible, from, {
      position: (item) => {
        const { lng, lat, exact } = recordOf(item);
        return lng === undefined || lat === undefined ? undefined : { lng, lat, exact: !!exact };
      },
      town: (item) => `${recordOf(item).region}/${recordOf(item).town}`,
      townPoint: (town) => points.get(town),
    });
    const card = (item: HTMLLIElement, ...extra: Node[]) => {
      const copy = item.firstElementChild!.cloneNode(true) as HTMLElement;
      copy.append(...extra);
      return h('li', { 'data-place': item.dataset.place! }, copy);
    };
    nearestNote.textContent =
      sorted.exact.length === 0
        ? '这些地点都还没有核实的准确位置，算不出距离。'
        : `${from.label}算起的直线距离，只算有准确位置的地点。` +
          (from.exact ? `十分钟服务圈（步行约 720 米内）：${sorted.withinWalk} 处。` : '');
    nearestList.replaceChildren(
      ...sorted.exact.map(({ item, meters }) =>
        card(item, h('p', { class: 'mt-2 font-bold' }, `${distanceLabel(meters, from)}${from.exact && withinWalk(meters) ? '，在十分钟服务圈内' : ''}`)),
      ),
    );
    const rest = sorted.byTown.reduce((count, town) => count + town.items.length, 0);
    nearestRest.hidden = rest === 0;
    nearestRest.querySelector('[data-nearest-rest-title]')!.textContent = `没有准确位置的 ${rest} 处`;
    nearestRest.querySelector('[data-nearest-rest-list]')!.replaceChildren(
      ...sorted.byTown.map(({ items: inTown }) =>
        h('section', { class: 'mt-4' }, h('h4', { class: 'text-lg font-bold' }, townLabel(inTown[0])), h('ul', { class: 'mt-2 grid gap-4 md:grid-cols-2' }, ...inTown.map((item) => card(item)))),
      ),
    );
  }

  nearMe?.addEventListener('click', () => {
    if (!('geolocation' in navigator)) {
      status.textContent = '这个浏览器不能提供位置。请在“或者从这里算起”中选择一个镇或社区。';
      return;
    }
    status.textContent = '正在获取您的位置……';
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        const exact = coords.accuracy <= EXACT_FIX_M;
        myPosition = { point: { lng: coords.longitude, lat: coords.latitude }, exact, label: exact ? '从您的位置' : `从您的大致位置（误差约 ${formatDistance(coords.accuracy)}）` };
        select('from')!.value = '';
        void apply();
      },
      () => {
        status.textContent = '没有得到您的位置（可能未允许使用位置）。请在“或者从这里算起”中选择一个镇或社区。';
      },
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 300_000 },
    );
  });
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLElement).getAttribute('name') === 'from') myPosition = undefined;
    void apply();
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('reset', () => {
    myPosition = undefined;
    // The event comes before the form's values are reset.
    setTimeout(() => void apply());
  });

  panel.hidden = false;
  readUrl();
  void apply();
  // Open now depends on the clock: re-evaluate as the minutes pass.
  setInterval(() => openBox?.checked && void apply(), 60_000);
}
