/**
 * Budgets: per page, the HTML, CSS and JS it ships, in gzip-compressed bytes (what travels over the
 * wire with nginx's gzip), and the rules they must keep. Printed by `npx tsx scripts/budgets.ts`.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHtml } from './dom.ts';
import { ADMIN_PREFIX, listFiles, resolveUrlPath, type SitePage } from './pages.ts';

const KB = 1024;
export const LIMITS = {
  /** A page's own HTML: no listing may grow with the whole corpus (listings are region-first, data comes on demand). */
  html: 50 * KB,
  /** All the CSS a page loads (the shared stylesheet plus anything page-specific). */
  css: 15 * KB,
  /** All the JS a page loads, Pagefind's own files aside; and separately, all it may load later. */
  js: 30 * KB,
  /** The open-now status script (with the modules it imports) on pages that show opening hours. */
  openNow: 5 * KB,
};

/** Pages that are text to read: no JS but the two allowed scripts. Matched by path prefix. */
const CONTENT_PAGES = ['/cases/', '/sites/', '/regions/', '/topics/', '/about/', '/404.html'];
/** The shared elder-mode script, allowed on every page. */
const SHARED_SCRIPTS = ['/scripts/elder-mode.js'];
/** Entry of the open-now script (Astro names a component's bundled script after the component). */
const OPEN_NOW_ENTRY = /\/(OpeningHours\.astro_astro_type_script|open-now)[^/]*\.js$/;
/** Loaded on demand by the search script; not counted against the page (Pagefind's files aside). */
const EXCLUDED_JS = /^\/pagefind\//;

interface FileWeight {
  path: string;
  gzip: number;
}

interface PageWeight {
  url: string;
  html: number;
  css: number;
  /** JS that runs on load: the page's scripts and everything they import statically. */
  js: number;
  /** JS the page's scripts may load later with import() (e.g. on a button press). */
  lazyJs: number;
  cssFiles: FileWeight[];
  jsFiles: FileWeight[];
  lazyJsFiles: FileWeight[];
  /** JS files that belong to the open-now script (its entry and what it imports). */
  openNowFiles: string[];
  /** Referenced assets that are not in the build (the links gate reports them too). */
  missing: string[];
}

const gzipCache = new Map<string, number>();
function gzipSize(file: string): number {
  let size = gzipCache.get(file);
  if (size === undefined) {
    size = gzipSync(readFileSync(file), { level: 9 }).length;
    gzipCache.set(file, size);
  }
  return size;
}

/** Imports of a bundled ES module that point at other local files: static ones, and import() ones. */
function moduleImports(source: string): { static: string[]; dynamic: string[] } {
  const local = (s: string) => s.startsWith('./') || s.startsWith('../') || s.startsWith('/');
  const staticSpecs = new Set<string>();
  const dynamicSpecs = new Set<string>();
  for (const m of source.matchAll(/\bimport\s*\(\s*["']([^"']+)["']\s*\)/g)) dynamicSpecs.add(m[1]);
  for (const m of source.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]*?\sfrom\s*|[\w*{}\s,$]*?from)?["']([^"']+)["']/g)) staticSpecs.add(m[1]);
  return { static: [...staticSpecs].filter(local), dynamic: [...dynamicSpecs].filter(local) };
}

/**
 * A JS file and the modules it imports statically (what runs on load) into `load`; modules it
 * loads later with import() into `lazy`. Site paths; Pagefind's files are left out.
 */
function jsClosure(dist: string, entry: string, load: Set<string>, lazy: Set<string>, missing: string[], isLazy = false): void {
  if (load.has(entry) || (isLazy && lazy.has(entry)) || EXCLUDED_JS.test(entry)) return;
  const file = resolveUrlPath(dist, entry);
  if (!file) {
    missing.push(entry);
    return;
  }
  (isLazy ? lazy : load).add(entry);
  const imports = moduleImports(readFileSync(file, 'utf8'));
  const resolve = (spec: string) => new URL(spec, `http://x${entry}`).pathname;
  for (const spec of imports.static) jsClosure(dist, resolve(spec), load, lazy, missing, isLazy);
  for (const spec of imports.dynamic) jsClosure(dist, resolve(spec), load, lazy, missing, true);
}

function measurePage(dist: string, page: SitePage): PageWeight {
  const source = readFileSync(page.file, 'utf8');
  const { elements, attr } = parseHtml(source);
  const base = `http://x${page.url}`;
  const css = new Set<string>();
  const js = new Set<string>();
  const lazyJs = new Set<string>();
  const openNow = new Set<string>();
  const missing: string[] = [];
  const local = (ref: string) => {
    const url = new URL(ref, base);
    return url.origin === 'http://x' ? url.pathname : undefined;
  };
  for (const el of elements) {
    const rel = (attr(el, 'rel') ?? '').toLowerCase().split(/\s+/);
    if (el.tagName === 'link' && rel.includes('stylesheet')) {
      const path = local(attr(el, 'href') ?? '');
      if (path) css.add(path);
    }
    const src =
      el.tagName === 'script' && attr(el, 'src') !== undefined
        ? attr(el, 'src')
        : el.tagName === 'link' && rel.includes('modulepreload')
          ? attr(el, 'href')
          : undefined;
    if (src !== undefined) {
      const path = local(src);
      if (!path) continue;
      jsClosure(dist, path, js, lazyJs, missing);
      if (OPEN_NOW_ENTRY.test(path)) jsClosure(dist, path, openNow, openNow, []);
    }
  }
  const weigh = (paths: Set<string>): FileWeight[] =>
    [...paths].flatMap((path) => {
      const file = resolveUrlPath(dist, path);
      if (!file) {
        missing.push(path);
        return [];
      }
      return [{ path, gzip: gzipSize(file) }];
    });
  const cssFiles = weigh(css);
  const jsFiles = weigh(js);
  const lazyJsFiles = weigh(new Set([...lazyJs].filter((path) => !js.has(path))));
  const sum = (files: FileWeight[]) => files.reduce((total, f) => total + f.gzip, 0);
  return {
    url: page.url,
    html: gzipSize(page.file),
    css: sum(cssFiles),
    js: sum(jsFiles),
    lazyJs: sum(lazyJsFiles),
    cssFiles,
    jsFiles,
    lazyJsFiles,
    openNowFiles: [...openNow],
    missing: [...new Set(missing)],
  };
}

export function measureSite(dist: string, pages: SitePage[]): PageWeight[] {
  gzipCache.clear();
  return pages.map((page) => measurePage(dist, page));
}

interface BudgetProblem {
  page: string;
  message: string;
}

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const isContentPage = (url: string) => CONTENT_PAGES.some((prefix) => url.startsWith(prefix));

export function checkBudgets(weights: PageWeight[], limits = LIMITS): BudgetProblem[] {
  const problems: BudgetProblem[] = [];
  for (const w of weights) {
    const add = (message: string) => problems.push({ page: w.url, message });
    if (w.html > limits.html) add(`HTML ${kb(w.html)} gzip > ${kb(limits.html)}`);
    if (w.css > limits.css) add(`CSS ${kb(w.css)} gzip > ${kb(limits.css)} (${w.cssFiles.map((f) => `${f.path} ${kb(f.gzip)}`).join(', ')})`);
    if (w.js > limits.js) add(`JS ${kb(w.js)} gzip > ${kb(limits.js)} (${w.jsFiles.map((f) => `${f.path} ${kb(f.gzip)}`).join(', ')})`);
    if (w.lazyJs > limits.js) add(`JS loaded later ${kb(w.lazyJs)} gzip > ${kb(limits.js)} (${w.lazyJsFiles.map((f) => `${f.path} ${kb(f.gzip)}`).join(', ')})`);
    for (const path of w.missing) add(`references ${path}, which is not in the build`);
    if (isContentPage(w.url)) {
      for (const f of [...w.jsFiles, ...w.lazyJsFiles]) {
        if (!SHARED_SCRIPTS.includes(f.path) && !w.openNowFiles.includes(f.path))
          add(`content page ships JS ${f.path} (${kb(f.gzip)} gzip): only ${SHARED_SCRIPTS.join(', ')} and the open-now script are allowed`);
      }
      const openNow = w.jsFiles.filter((f) => w.openNowFiles.includes(f.path)).reduce((t, f) => t + f.gzip, 0);
      if (openNow > limits.openNow) add(`open-now script ${kb(openNow)} gzip > ${kb(limits.openNow)} (${w.openNowFiles.join(', ')})`);
    }
  }
  return problems;
}

/** A plain-text table: one row per page, sizes in bytes, plus totals and the largest of each. */
export function formatBudgetTable(weights: PageWeight[]): string {
  const rows = weights.map((w) => [w.url, String(w.html), String(w.css), String(w.js), w.lazyJs ? String(w.lazyJs) : '', isContentPage(w.url) ? 'content' : '']);
  const header = ['page', 'HTML gz', 'CSS gz', 'JS gz', 'JS later', 'kind'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i > 0 && i < 5 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd();
  const largest = (key: 'html' | 'css' | 'js') => weights.reduce((a, b) => (b[key] > a[key] ? b : a));
  const summary = (['html', 'css', 'js'] as const).map((key) => {
    const top = largest(key);
    const same = weights.filter((w) => w[key] === top[key]).length;
    return `largest ${key.toUpperCase()}: ${same > 1 ? `${same} pages` : top.url} ${kb(top[key])}`;
  });
  return [
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
    '',
    `${weights.length} pages, sizes in bytes (gzip -9); limits: HTML ≤ ${kb(LIMITS.html)}, CSS ≤ ${kb(LIMITS.css)}, JS ≤ ${kb(LIMITS.js)} on load and ≤ ${kb(LIMITS.js)} loaded later, per page (Pagefind aside); content pages: only ${SHARED_SCRIPTS.join(', ')} and open-now (≤ ${kb(LIMITS.openNow)})`,
    ...summary,
  ].join('\n');
}

/** The shared stylesheets (linked by every page) and their total. */
export function sharedCss(weights: PageWeight[]): FileWeight[] {
  if (weights.length === 0) return [];
  return weights[0].cssFiles.filter((f) => weights.every((w) => w.cssFiles.some((g) => g.path === f.path)));
}


export interface AdminWeight {
  /** The editor's own page: its HTML, CSS and the script that starts Decap CMS. */
  page: PageWeight;
  /** Decap CMS's bundle, which that script loads on start. */
  bundle: FileWeight;
  /** The rest of /admin/: CodeMirror modes Decap loads on demand, and the configuration. */
  onDemand: { files: number; gzip: number; bytes: number };
  /** Everything under /admin/, uncompressed. */
  bytes: number;
}

/**
 * The form editor's weight, reported beside the public budgets and not held to them: editors load
 * it once, on a desktop, and it is cached after that. Undefined when the build has no /admin/.
 */
export function measureAdmin(dist: string): AdminWeight | undefined {
  const file = resolveUrlPath(dist, ADMIN_PREFIX);
  if (!file) return undefined;
  const page = measurePage(dist, { file, url: ADMIN_PREFIX });
  const files = listFiles(join(dist, ADMIN_PREFIX)).filter((f) => f !== file);
  const bundleFile = files.find((f) => basename(f) === 'decap-cms.js');
  if (!bundleFile) return undefined;
  const rest = files.filter((f) => f !== bundleFile);
  return {
    page,
    bundle: { path: `${ADMIN_PREFIX}decap-cms.js`, gzip: gzipSize(bundleFile) },
    onDemand: { files: rest.length, gzip: rest.reduce((t, f) => t + gzipSize(f), 0), bytes: rest.reduce((t, f) => t + statSync(f).size, 0) },
    bytes: files.reduce((t, f) => t + statSync(f).size, statSync(file).size),
  };
}

export function formatAdminWeight(w: AdminWeight): string {
  const mb = (bytes: number) => `${(bytes / KB / KB).toFixed(2)} MB`;
  return [
    `${ADMIN_PREFIX} (form editor; not a public page, so outside the budgets above):`,
    `  page: HTML ${kb(w.page.html)}, CSS ${kb(w.page.css)}, its script ${kb(w.page.js)} gzip`,
    `  Decap CMS bundle loaded on start: ${mb(w.bundle.gzip)} gzip`,
    `  loaded on demand or as data: ${w.onDemand.files} files, ${mb(w.onDemand.gzip)} gzip`,
    `  all of ${ADMIN_PREFIX} on disk: ${mb(w.bytes)}`,
  ].join('\n');
}
