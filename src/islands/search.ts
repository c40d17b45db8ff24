/**
 * Search island: Pagefind's JS API with our own Chinese UI. Pages that contain the query as typed come
 * first; pages that only contain its characters follow under their own heading (src/lib/search/rank.ts).
 * Excerpts are built from the page text (src/lib/search/excerpt.ts). The query lives in the URL (?q=)
 * so results can be shared and survive a reload.
 *
 * Speed on a slow phone: Pagefind (script, worker, WebAssembly, metadata) starts loading when the page
 * is idle or the box gets focus, the index chunks a query needs start downloading on each keystroke,
 * the first five results are shown as soon as their text arrives, and the filter indexes load last.
 */
import { buildExcerpt } from '../lib/search/excerpt.ts';
import { parseQuery } from '../lib/search/query.ts';
import { characterQuery, countExact, FIRST_BATCH, filterSummary, matchKind, orderExact, PAGE_SIZE, partialCandidates, phraseQuery, queryLabel, resultSummary, searchingStatus, type MatchKind } from '../lib/search/rank.ts';
import { h } from './dom.ts';

interface PagefindResultData {
  url: string;
  content: string;
  meta: Record<string, string>;
}
interface PagefindResult {
  id: string;
  /** Word positions of the matches. */
  words: number[];
  data: () => Promise<PagefindResultData>;
}
interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
interface SearchOptions {
  filters?: Record<string, string[]>;
  sort?: Record<string, 'asc' | 'desc'>;
}
interface Pagefind {
  init: () => Promise<void>;
  search: (query: string | null, options?: SearchOptions) => Promise<PagefindSearch | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  preload: (query: string, options?: SearchOptions) => Promise<void>;
}

const FILTER_LABELS: Record<string, string> = { type: '类型', region: '市县', topic: '主题', kind: '类别' };
/** Pagefind's phrase search per term; more terms than this are checked on the loaded text only. */
const MAX_PHRASES = 4;
const TYPING_PAUSE_MS = 120;
const UNAVAILABLE = '搜索暂时无法使用，请稍后再试，或直接浏览各栏目。';

const form = document.getElementById('search-form') as HTMLFormElement;
const input = document.getElementById('search-input') as HTMLInputElement;
const statusLine = document.getElementById('search-status')!;
const output = document.getElementById('search-output')!;
const exactSection = document.getElementById('search-exact')!;
const exactHeading = document.getElementById('search-exact-heading')!;
const list = document.getElementById('search-results')!;
const partialSection = document.getElementById('search-partial')!;
const partialNote = document.getElementById('search-partial-note')!;
const partialList = document.getElementById('search-partial-results')!;
const options = document.getElementById('search-options') as HTMLDetailsElement;
const optionsCount = document.getElementById('search-options-count')!;
const filterBox = document.getElementById('search-filters')!;
const sortSelect = document.getElementById('search-sort') as HTMLSelectElement;
const selected: Record<string, Set<string>> = {};
let timer: ReturnType<typeof setTimeout> | undefined;

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const url = '/pagefind/pagefind.js';
    const engine = (await import(/* @vite-ignore */ url)) as Pagefind;
    await engine.init();
    return engine;
  })();
  return pagefind;
}

/**
 * Every filter index, loaded only when the reader opens the filters: search() loads only the filters a
 * query uses, so without this the counts of the others are empty and their lists would not appear.
 */
let filtersLoaded: Promise<unknown> | undefined;
let allFiltersLoaded = false;
const loadFilters = () =>
  (filtersLoaded ??= loadPagefind()
    .then((engine) => engine.filters())
    .then(() => void (allFiltersLoaded = true)));

function readUrl() {
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  for (const key of Object.keys(FILTER_LABELS)) selected[key] = new Set(params.getAll(key));
  sortSelect.value = params.get('sort') === 'date' ? 'date' : '';
}

function writeUrl() {
  const params = new URLSearchParams();
  if (input.value.trim()) params.set('q', input.value.trim());
  for (const [key, values] of Object.entries(selected)) for (const value of values) params.append(key, value);
  if (sortSelect.value === 'date') params.set('sort', 'date');
  const query = params.toString();
  const next = query ? `?${query}` : location.pathname;
  if (next !== location.search) history.replaceState(null, '', next);
}

const activeFilters = () => Object.fromEntries(Object.entries(selected).filter(([, v]) => v.size > 0).map(([k, v]) => [k, [...v]]));

/** The disclosure's summary says how many choices are in use, so a folded filter is never a surprise. */
function showActiveCount() {
  const count = Object.values(selected).reduce((n, values) => n + values.size, 0) + (sortSelect.value === 'date' ? 1 : 0);
  optionsCount.textContent = count > 0 ? `（已选 ${count} 项）` : '';
}

function renderFilters(counts: Record<string, Record<string, number>>) {
  // Keep keyboard focus on the checkbox the reader just used when the list is rebuilt.
  const focused = filterBox.contains(document.activeElement) ? document.activeElement?.id : undefined;
  filterBox.replaceChildren();
  for (const [key, label] of Object.entries(FILTER_LABELS)) {
    const values = Object.entries(counts[key] ?? {}).filter(([value, count]) => count > 0 || selected[key].has(value));
    // A filter with one possible value changes nothing: not shown (unless ticked, so it can be unticked).
    if (values.length === 0 || (values.length === 1 && !selected[key].has(values[0][0]))) continue;
    const rows = values.map(([value, count]) => {
      const id = `filter-${key}-${value.replace(/\s+/g, '_')}`;
      const box = h('input', { type: 'checkbox', id, value, 'data-filter': key, class: 'h-6 w-6 shrink-0' });
      box.checked = selected[key].has(value);
      box.addEventListener('change', () => {
        if (box.checked) selected[key].add(value);
        else selected[key].delete(value);
        void run();
      });
      return h('div', { class: 'flex min-h-[44px] items-center gap-2' }, box, h('label', { for: id }, `${value}（${count}）`));
    });
    filterBox.append(h('fieldset', {}, h('legend', { class: 'font-bold' }, label), h('div', { class: 'search-filter-values' }, ...rows)));
  }
  if (focused) document.getElementById(focused)?.focus();
}

function excerptElement(data: PagefindResultData, terms: string[]): HTMLElement {
  const excerpt = h('p', { class: 'search-excerpt mt-2' });
  for (const segment of buildExcerpt(data.content, terms, { title: data.meta.title })) excerpt.append(segment.mark ? h('mark', {}, segment.text) : segment.text);
  return excerpt;
}

function renderResult(data: PagefindResultData, terms: string[]): HTMLElement {
  const badges = h(
    'p',
    { class: 'mt-1 flex flex-wrap gap-2 text-base' },
    data.meta.type && h('span', { class: 'badge search-type' }, data.meta.type),
    data.meta.region && h('span', { class: 'badge' }, data.meta.region),
    data.meta.date && h('time', { class: 'badge', datetime: data.meta.date }, data.meta.date),
  );
  return h(
    'li',
    { class: 'card' },
    h('h3', { class: 'text-xl' }, h('a', { class: 'search-result', href: data.url }, data.meta.title ?? data.url)),
    badges,
    data.meta.image && h('img', { class: 'mt-2 max-h-32 rounded', src: data.meta.image, alt: data.meta.image_alt ?? '', loading: 'lazy' }),
    terms.length > 0 && excerptElement(data, terms),
  );
}

function clearResults() {
  delete output.dataset.resultsFor;
  list.replaceChildren();
  partialList.replaceChildren();
  exactSection.hidden = true;
  partialSection.hidden = true;
}

function failed(mine: number) {
  if (mine !== generation) return;
  statusLine.textContent = UNAVAILABLE;
  clearResults();
}

/** The last search, so the filters can show their counts for it when the reader opens them. */
let lastSearch: { query: string | null; options: SearchOptions } | undefined;

/** Fills the (open) filter list with counts for the current search. */
async function updateFilterCounts() {
  const mine = generation;
  await loadFilters();
  const engine = await loadPagefind();
  const counts = lastSearch ? (await engine.search(lastSearch.query, lastSearch.options))?.filters : await engine.filters();
  if (counts && mine === generation) renderFilters(counts);
}

let generation = 0;
async function run() {
  clearTimeout(timer);
  // What this run answers: the box may hold more by the time its results arrive.
  const asked = input.value.trim();
  const { terms } = parseQuery(asked);
  const filters = activeFilters();
  const byDate = sortSelect.value === 'date';
  const searchOptions: SearchOptions = { filters, ...(byDate && { sort: { date: 'desc' } }) };
  writeUrl();
  showActiveCount();
  const mine = ++generation;
  if (terms.length === 0 && Object.keys(filters).length === 0) {
    statusLine.textContent = '';
    clearResults();
    lastSearch = undefined;
    if (options.open) void updateFilterCounts().catch(() => failed(mine));
    else void loadPagefind().catch(() => failed(mine));
    return;
  }
  statusLine.textContent = searchingStatus(terms);
  try {
    const engine = await loadPagefind();
    const query = terms.length > 0 ? characterQuery(terms) : null;
    const checked = new Map<string, MatchKind>();
    const loaded = new Map<string, PagefindResult>();
    const shown: string[] = [];
    // The previous query's results stay on screen until this one's first arrive: no blank page meanwhile.
    let replaced = false;
    /** Loads, checks and appends these results (appended: what the reader looks at stays put). */
    const show = async (results: PagefindResult[]) => {
      const batch = await Promise.all(results.map((result) => result.data()));
      if (mine !== generation) return false;
      if (!replaced) clearResults();
      replaced = true;
      batch.forEach((data, i) => {
        const kind = terms.length === 0 ? 'exact' : matchKind(data.content, terms);
        checked.set(results[i].id, kind);
        shown.push(results[i].id);
        (kind === 'exact' ? list : partialList).append(renderResult(data, terms));
      });
      exactSection.hidden = list.childElementCount === 0;
      partialSection.hidden = partialList.childElementCount === 0;
      // Which query the results on screen answer (the benchmark and the tests wait for it).
      output.dataset.resultsFor = asked;
      return true;
    };

    // 1. Each term as an exact phrase: cheap, and these pages come first. Pagefind gives every phrase
    //    hit the same score, so they are ordered by how often the phrase occurs.
    const phraseTerms = terms.length <= MAX_PHRASES ? terms : [];
    const phrases = await Promise.all(phraseTerms.map((term) => engine.search(phraseQuery(term), searchOptions)));
    if (mine !== generation) return;
    for (const phrase of phrases) for (const result of phrase?.results ?? []) loaded.set(result.id, result);
    const exactIds = orderExact(phrases.map((phrase) => phrase?.results ?? []), byDate);
    const likelyExact = new Set(exactIds);
    if (exactIds.length > 0 && !(await show(exactIds.slice(0, FIRST_BATCH).map((id) => loaded.get(id)!)))) return;

    // 2. The characters query (slower: it matches many more pages), only now, so the worker serves the
    //    first results before it: the partial matches, and the exact count.
    const search = await engine.search(query, searchOptions);
    if (!search || mine !== generation) return;
    const exactRest = exactIds.slice(FIRST_BATCH, PAGE_SIZE).map((id) => loaded.get(id)!);
    const room = Math.max(0, PAGE_SIZE - Math.min(exactIds.length, PAGE_SIZE));
    const partial = partialCandidates(search.results.map((result) => result.id), exactIds).slice(0, room);
    const byId = new Map(search.results.map((result) => [result.id, result]));
    if (!(await show([...exactRest, ...partial.map((id) => byId.get(id)!)]))) return;

    const total = search.results.length;
    if (terms.length === 0) {
      statusLine.textContent = filterSummary(total, shown.length, byDate);
    } else {
      const exact = phraseTerms.length > 0 ? countExact(likelyExact, checked) : [...checked.values()].filter((k) => k === 'exact').length;
      const label = queryLabel(terms);
      exactHeading.textContent = `含“${label}”的结果`;
      partialNote.textContent = `这些页面没有完整的“${label}”，只含其中的部分字，可能不相关。`;
      statusLine.textContent = resultSummary(terms, { exact, partial: Math.max(0, total - exact), shownExact: list.childElementCount, byDate });
    }
    lastSearch = { query, options: searchOptions };
    if (options.open) {
      if (allFiltersLoaded) renderFilters(search.filters);
      else void updateFilterCounts().catch(() => undefined);
    }
  } catch {
    failed(mine);
  }
}

// ↓ from the box moves into the results, ↑/↓ move between them, ↑ from the first goes back to the box.
document.addEventListener('keydown', (event) => {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const links = [...document.querySelectorAll<HTMLAnchorElement>('#search-results a.search-result, #search-partial-results a.search-result')];
  const index = links.indexOf(document.activeElement as HTMLAnchorElement);
  if (document.activeElement === input && event.key === 'ArrowDown' && links[0]) {
    event.preventDefault();
    links[0].focus();
  } else if (index >= 0) {
    event.preventDefault();
    const next = event.key === 'ArrowDown' ? links[index + 1] : links[index - 1];
    (next ?? (event.key === 'ArrowUp' ? input : links[index])).focus();
  }
});

function typed() {
  clearTimeout(timer);
  const { terms } = parseQuery(input.value);
  // Start downloading this query's index chunks now, while the reader pauses.
  if (terms.length > 0) void loadPagefind().then((engine) => engine.preload(characterQuery(terms), { filters: activeFilters() })).catch(() => undefined);
  timer = setTimeout(() => void run(), TYPING_PAUSE_MS);
}

input.addEventListener('input', (event) => {
  // While a Chinese input method is composing, the box holds pinyin: wait for the characters.
  if ((event as InputEvent).isComposing) return;
  typed();
});
input.addEventListener('compositionend', typed);
// The reader is about to search: start loading Pagefind.
input.addEventListener('focus', () => void loadPagefind().catch(() => undefined), { once: true });
form.addEventListener('submit', (event) => {
  event.preventDefault();
  void run();
});
sortSelect.addEventListener('change', () => void run());
options.addEventListener('toggle', () => {
  if (options.open) void updateFilterCounts().catch(() => (filterBox.textContent = UNAVAILABLE));
});

readUrl();
options.hidden = false;
if (input.value.trim() || Object.keys(activeFilters()).length > 0) void run();
else {
  showActiveCount();
  // No query yet: load Pagefind while the reader looks at the page.
  const idle = window.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 200));
  idle(() => void loadPagefind().catch(() => undefined));
}
