/**
 * Search island: Pagefind's JS API with our own Chinese UI (type badge, region, highlighted excerpt,
 * filters with counts, sort by date, keyboard navigation). The query lives in the URL (?q=) so
 * results can be shared and survive a reload.
 */
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}
interface PagefindSearch {
  results: Array<{ id: string; data: () => Promise<PagefindResultData> }>;
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  init: () => Promise<void>;
  options: (options: Record<string, unknown>) => Promise<void>;
  search: (
    query: string | null,
    options?: { filters?: Record<string, string[]>; sort?: Record<string, 'asc' | 'desc'> },
  ) => Promise<PagefindSearch | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  preload: (query: string, options?: { filters?: Record<string, string[]> }) => Promise<void>;
}

const FILTER_LABELS: Record<string, string> = { type: '类型', region: '市县', topic: '主题', kind: '类别' };
const PAGE_SIZE = 20;

const form = document.getElementById('search-form') as HTMLFormElement;
const input = document.getElementById('search-input') as HTMLInputElement;
const statusLine = document.getElementById('search-status')!;
const list = document.getElementById('search-results')!;
const filterBox = document.getElementById('search-filters')!;
const sortRow = document.getElementById('search-sort-row');
const sortSelect = document.getElementById('search-sort') as HTMLSelectElement | null;
const selected: Record<string, Set<string>> = {};
let timer: ReturnType<typeof setTimeout> | undefined;

let pagefind: Promise<Pagefind> | undefined;
let filtersLoaded: Promise<unknown> | undefined;
function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const url = '/pagefind/pagefind.js';
    const engine = (await import(/* @vite-ignore */ url)) as Pagefind;
    await engine.init();
    // Load every filter index: search() loads only the filters a query uses, so without this the
    // counts it returns for the others are empty and the filter list would not appear.
    filtersLoaded = engine.filters();
    return engine;
  })();
  return pagefind;
}

function readUrl() {
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  for (const key of Object.keys(FILTER_LABELS)) selected[key] = new Set(params.getAll(key));
  if (sortSelect) sortSelect.value = params.get('sort') === 'date' ? 'date' : '';
}

function writeUrl() {
  const params = new URLSearchParams();
  if (input.value.trim()) params.set('q', input.value.trim());
  for (const [key, values] of Object.entries(selected)) for (const value of values) params.append(key, value);
  if (sortSelect?.value === 'date') params.set('sort', 'date');
  const query = params.toString();
  const next = query ? `?${query}` : location.pathname;
  if (next !== location.search) history.replaceState(null, '', next);
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

function renderFilters(counts: Record<string, Record<string, number>>) {
  // Keep keyboard focus on the checkbox the reader just used when the list is rebuilt.
  const focused = filterBox.contains(document.activeElement) ? document.activeElement?.id : undefined;
  filterBox.replaceChildren();
  for (const [key, label] of Object.entries(FILTER_LABELS)) {
    const values = Object.entries(counts[key] ?? {}).filter(([value, count]) => count > 0 || selected[key].has(value));
    if (values.length === 0) continue;
    const fieldset = element('fieldset', 'mb-4');
    fieldset.append(element('legend', 'font-bold', label));
    for (const [value, count] of values) {
      const id = `filter-${key}-${value.replace(/\s+/g, '_')}`;
      const row = element('div', 'flex items-center gap-2 py-1');
      const box = element('input', 'h-6 w-6 shrink-0');
      box.type = 'checkbox';
      box.id = id;
      box.value = value;
      box.dataset.filter = key;
      box.checked = selected[key].has(value);
      box.addEventListener('change', () => {
        if (box.checked) selected[key].add(value);
        else selected[key].delete(value);
        void run();
      });
      const text = element('label', '', `${value}（${count}）`);
      text.htmlFor = id;
      row.append(box, text);
      fieldset.append(row);
    }
    filterBox.append(fieldset);
  }
  filterBox.hidden = filterBox.childElementCount === 0;
  if (focused) document.getElementById(focused)?.focus();
}

function renderResult(data: PagefindResultData): HTMLLIElement {
  const item = element('li', 'card');
  const heading = element('h2', 'text-xl');
  const link = element('a', 'search-result', data.meta.title ?? data.url);
  link.href = data.url;
  heading.append(link);
  const badges = element('p', 'mt-1 flex flex-wrap gap-2 text-base');
  if (data.meta.type) badges.append(element('span', 'badge search-type', data.meta.type));
  if (data.meta.region) badges.append(element('span', 'badge', data.meta.region));
  if (data.meta.date) {
    const time = element('time', 'badge', data.meta.date);
    time.dateTime = data.meta.date;
    badges.append(time);
  }
  item.append(heading, badges);
  if (data.meta.image) {
    const image = element('img', 'mt-2 max-h-32 rounded');
    image.src = data.meta.image;
    image.alt = data.meta.image_alt ?? '';
    image.loading = 'lazy';
    item.append(image);
  }
  const excerpt = element('p', 'mt-2 search-excerpt');
  // Pagefind's excerpt is page text it escaped itself, with <mark> around the matches. Chinese
  // queries are matched character by character, so join neighbouring marks into one: 网格, not 网|格.
  excerpt.innerHTML = data.excerpt.replace(/<\/mark>(\s*)<mark>/g, '$1');
  item.append(excerpt);
  return item;
}

let generation = 0;
async function run() {
  clearTimeout(timer);
  const query = input.value.trim();
  const filters = Object.fromEntries(Object.entries(selected).filter(([, v]) => v.size > 0).map(([k, v]) => [k, [...v]]));
  const byDate = sortSelect?.value === 'date';
  writeUrl();
  const mine = ++generation;
  if (!query && Object.keys(filters).length === 0) {
    statusLine.textContent = '';
    list.replaceChildren();
    try {
      const counts = await (await loadPagefind()).filters();
      if (mine === generation) renderFilters(counts);
    } catch {
      if (mine === generation) statusLine.textContent = '搜索暂时无法使用，请稍后再试，或直接浏览各栏目。';
    }
    return;
  }
  statusLine.textContent = '正在搜索……';
  let search: PagefindSearch | null;
  try {
    const engine = await loadPagefind();
    // The filter indexes and this query's index chunks download side by side, then the search runs.
    await Promise.all([filtersLoaded, query ? engine.preload(query, { filters }) : undefined]);
    search = await engine.search(query || null, { filters, ...(byDate && { sort: { date: 'desc' } }) });
  } catch {
    if (mine === generation) statusLine.textContent = '搜索暂时无法使用，请稍后再试，或直接浏览各栏目。';
    return;
  }
  if (!search || mine !== generation) return;
  const data = await Promise.all(search.results.slice(0, PAGE_SIZE).map((result) => result.data()));
  if (mine !== generation) return;
  renderFilters(search.filters);
  list.replaceChildren(...data.map(renderResult));
  const total = search.results.length;
  const what = query ? `与“${query}”相关的内容` : '符合筛选条件的内容';
  statusLine.textContent =
    total === 0
      ? `没有找到${what}。可以换个词，或减少筛选条件。`
      : `找到 ${total} 条${what}${byDate ? '（按日期排列，只含有日期的案例）' : ''}${total > PAGE_SIZE ? `，显示前 ${PAGE_SIZE} 条` : ''}。`;
}

// ↓ from the box moves into the results, ↑/↓ move between them, ↑ from the first goes back to the box.
document.addEventListener('keydown', (event) => {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const links = [...list.querySelectorAll<HTMLAnchorElement>('a.search-result')];
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

input.addEventListener('input', (event) => {
  // While a Chinese input method is composing, the box holds pinyin: wait for the characters.
  if ((event as InputEvent).isComposing) return;
  clearTimeout(timer);
  timer = setTimeout(() => void run(), 250);
});
input.addEventListener('compositionend', () => {
  clearTimeout(timer);
  timer = setTimeout(() => void run(), 250);
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  void run();
});
sortSelect?.addEventListener('change', () => void run());
if (sortRow) sortRow.hidden = false;
readUrl();
void run();
