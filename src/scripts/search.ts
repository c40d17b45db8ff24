/**
 * Search island: Pagefind's JS API with our own Chinese UI (type badge, region, highlighted excerpt,
 * filters with counts, keyboard navigation). The query lives in the URL (?q=) so results can be shared.
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
  search: (query: string | null, options?: { filters?: Record<string, string[]> }) => Promise<PagefindSearch | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

const FILTER_LABELS: Record<string, string> = { type: '类型', region: '市县', topic: '主题', kind: '类别' };
const PAGE_SIZE = 20;

const form = document.getElementById('search-form') as HTMLFormElement;
const input = document.getElementById('search-input') as HTMLInputElement;
const statusLine = document.getElementById('search-status')!;
const list = document.getElementById('search-results')!;
const filterBox = document.getElementById('search-filters')!;
const selected: Record<string, Set<string>> = {};

let pagefind: Pagefind | undefined;
async function loadPagefind(): Promise<Pagefind> {
  if (!pagefind) {
    const url = '/pagefind/pagefind.js';
    pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.init();
  }
  return pagefind;
}

function readUrl() {
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  for (const key of Object.keys(FILTER_LABELS)) selected[key] = new Set(params.getAll(key));
}

function writeUrl() {
  const params = new URLSearchParams();
  if (input.value.trim()) params.set('q', input.value.trim());
  for (const [key, values] of Object.entries(selected)) for (const value of values) params.append(key, value);
  const query = params.toString();
  history.replaceState(null, '', query ? `?${query}` : location.pathname);
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

function renderFilters(counts: Record<string, Record<string, number>>) {
  filterBox.replaceChildren();
  for (const [key, label] of Object.entries(FILTER_LABELS)) {
    const values = Object.entries(counts[key] ?? {}).filter(([value, count]) => count > 0 || selected[key].has(value));
    if (values.length === 0) continue;
    const fieldset = element('fieldset', 'mb-4');
    fieldset.append(element('legend', 'font-bold', label));
    for (const [value, count] of values) {
      const id = `filter-${key}-${value}`;
      const row = element('div', 'flex items-center gap-2 py-1');
      const box = element('input', 'h-6 w-6');
      box.type = 'checkbox';
      box.id = id;
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
}

function renderResult(data: PagefindResultData): HTMLLIElement {
  const item = element('li', 'card');
  const heading = element('h2', 'text-xl');
  const link = element('a', 'search-result', data.meta.title ?? data.url);
  link.href = data.url;
  heading.append(link);
  const badges = element('p', 'mt-1 flex flex-wrap gap-2 text-base');
  for (const value of [data.meta.type, data.meta.region, data.meta.date].filter(Boolean)) badges.append(element('span', 'badge', value));
  const excerpt = element('p', 'mt-2');
  // Pagefind's excerpt is page text it escaped itself, with <mark> around the matches.
  excerpt.innerHTML = data.excerpt;
  item.append(heading, badges, excerpt);
  return item;
}

let generation = 0;
async function run() {
  const query = input.value.trim();
  const filters = Object.fromEntries(Object.entries(selected).filter(([, v]) => v.size > 0).map(([k, v]) => [k, [...v]]));
  writeUrl();
  const mine = ++generation;
  if (!query && Object.keys(filters).length === 0) {
    statusLine.textContent = '';
    list.replaceChildren();
    renderFilters(await (await loadPagefind()).filters());
    return;
  }
  statusLine.textContent = '正在搜索……';
  const engine = await loadPagefind();
  const search = await engine.search(query || null, { filters });
  if (!search || mine !== generation) return;
  const data = await Promise.all(search.results.slice(0, PAGE_SIZE).map((result) => result.data()));
  if (mine !== generation) return;
  renderFilters(search.filters);
  list.replaceChildren(...data.map(renderResult));
  const total = search.results.length;
  statusLine.textContent = total === 0 ? `没有找到与“${query}”相关的内容。可以换个词，或减少筛选条件。` : `找到 ${total} 条结果${total > PAGE_SIZE ? `，显示前 ${PAGE_SIZE} 条` : ''}。`;
}

// ↓ from the box moves into the results, ↑/↓ move between them.
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

let timer: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(() => void run(), 200);
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  void run();
});
readUrl();
void run();
