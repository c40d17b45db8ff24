/**
 * Every HTML page of a built site, found by walking the files (no hand-kept list): each gate runs
 * over all of them, so a new page is checked the moment it is built.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { ROOT } from './paths.ts';

export interface SitePage {
  /** Absolute path of the .html file. */
  file: string;
  /** Path the page is served at: '/', '/cases/', '/404.html'. */
  url: string;
}

function* walk(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile()) yield path;
  }
}

/** Every file in the site (absolute paths), sorted. */
export function listFiles(dist: string): string[] {
  if (!existsSync(dist)) throw new Error(`${dist} does not exist: build the site first (npm run build)`);
  return [...walk(dist)].sort();
}

export function fileToUrl(dist: string, file: string): string {
  const rel = relative(dist, file).split(sep).join('/');
  if (rel === 'index.html') return '/';
  if (rel.endsWith('/index.html')) return `/${rel.slice(0, -'index.html'.length)}`;
  return `/${rel}`;
}

/**
 * The form editor (Decap CMS) for editors, not a page for the public: it is left out of every
 * public gate on purpose (budgets, a11y, HTML, links, privacy, keyboard, search, nginx samples),
 * since its 1.4 MB bundle and its own CSP are by design; tests/site/admin.test.ts checks it instead.
 */
export const ADMIN_PREFIX = '/admin/';
const isAdminUrl = (url: string) => url.startsWith(ADMIN_PREFIX);

/** Every public HTML page in the site (the form editor aside), sorted by URL. Throws when there are none. */
export function listPages(dist: string): SitePage[] {
  const pages = listFiles(dist)
    .filter((file) => file.endsWith('.html'))
    .map((file) => ({ file, url: fileToUrl(dist, file) }))
    .filter((page) => !isAdminUrl(page.url))
    .sort((a, b) => a.url.localeCompare(b.url));
  if (pages.length === 0) throw new Error(`no HTML pages in ${dist}`);
  return pages;
}

/**
 * The file a site path is served from, as a static server with directory indexes would (nginx's
 * try_files $uri $uri/), or undefined. `pathname` is the URL path, still percent-encoded.
 */
export function resolveUrlPath(dist: string, pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.split('/').includes('..')) return undefined;
  const path = join(dist, decoded);
  if (!existsSync(path)) return undefined;
  if (statSync(path).isFile()) return pathname.endsWith('/') ? undefined : path;
  const index = join(path, 'index.html');
  return existsSync(index) ? index : undefined;
}

/** The URLs the sitemap lists (sitemap-index.xml → sitemap-N.xml → <loc>), as absolute URLs. */
export function sitemapUrls(dist: string): string[] {
  const index = join(dist, 'sitemap-index.xml');
  if (!existsSync(index)) return [];
  const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1].trim());
  const urls: string[] = [];
  for (const sitemap of locs(readFileSync(index, 'utf8'))) {
    const file = join(dist, new URL(sitemap).pathname);
    if (existsSync(file)) urls.push(...locs(readFileSync(file, 'utf8')));
  }
  return urls;
}

export interface PageType {
  label: string;
  /** Path and query to open, e.g. '/search/?q=网格'. */
  url: string;
}

interface RoutePattern {
  /** The page file under src/pages, e.g. 'routes/[id]/print.astro'. */
  source: string;
  regex: RegExp;
  dynamic: number;
}

/** HTML routes of the site's src/pages (Astro file-based routing, trailingSlash 'always'). */
function routePatterns(srcPages: string): RoutePattern[] {
  if (!existsSync(srcPages)) return [];
  const patterns: RoutePattern[] = [];
  for (const file of walk(srcPages)) {
    const rel = relative(srcPages, file).split(sep).join('/');
    const match = rel.match(/^(.*)\.(astro|md|mdx|html)$/);
    if (!match) continue;
    const route = match[1].replace(/(^|\/)index$/, '');
    const escape = (segment: string) =>
      segment.startsWith('[...') ? '.+' : segment.startsWith('[') ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const path = route === '404' ? '/404\\.html' : `/${route.split('/').filter(Boolean).map(escape).join('/')}${route ? '/' : ''}`;
    patterns.push({ source: rel, regex: new RegExp(`^${path}$`), dynamic: (route.match(/\[/g) ?? []).length });
  }
  // Astro's priority: static segments before dynamic ones.
  return patterns.sort((a, b) => a.dynamic - b.dynamic || b.source.length - a.source.length);
}

/**
 * One page of each type, derived from the build and the page sources so new kinds of pages are
 * picked up: one built page per route file in src/pages (home, each listing, each detail type, the
 * topic and region pages, print and planner pages …), search with a query, and the 404 page reached
 * through a missing URL. Without src/pages, one listing and one detail per top-level section.
 */
export function samplePageTypes(pages: SitePage[], srcPages = join(ROOT, 'src/pages')): PageType[] {
  const urls = new Set(pages.map((p) => p.url));
  const sample: PageType[] = [];
  const patterns = routePatterns(srcPages);
  if (patterns.length > 0) {
    const taken = new Set<string>();
    for (const page of pages) {
      const route = patterns.find((p) => p.regex.test(page.url));
      if (!route || taken.has(route.source)) continue;
      taken.add(route.source);
      if (page.url === '/search/' || page.url === '/404.html') continue;
      sample.push({ label: route.source, url: page.url });
    }
    sample.sort((a, b) => (a.url === '/' ? -1 : b.url === '/' ? 1 : a.url.localeCompare(b.url)));
  } else {
    sample.push({ label: 'home', url: '/' });
    const sections = [...new Set(pages.map((p) => p.url.split('/')[1]).filter((s) => s && !s.endsWith('.html')))].sort();
    for (const section of sections) {
      if (section === 'search') continue;
      if (urls.has(`/${section}/`)) sample.push({ label: `${section} listing`, url: `/${section}/` });
      const detail = pages.find((p) => p.url.startsWith(`/${section}/`) && p.url !== `/${section}/`);
      if (detail) sample.push({ label: `${section} detail`, url: detail.url });
    }
  }
  if (urls.has('/search/')) sample.push({ label: 'search with a query', url: `/search/?q=${encodeURIComponent('网格')}` });
  if (urls.has('/404.html')) sample.push({ label: '404 (missing URL)', url: '/no-such-page-for-the-gates/' });
  return sample;
}
