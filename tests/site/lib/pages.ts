/**
 * Every HTML page of a built site, found by walking the files (no hand-kept list): each gate runs
 * over all of them, so a new page is checked the moment it is built.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

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

/** Every HTML page in the site, sorted by URL. Throws when there are none. */
export function listPages(dist: string): SitePage[] {
  const pages = listFiles(dist)
    .filter((file) => file.endsWith('.html'))
    .map((file) => ({ file, url: fileToUrl(dist, file) }))
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

/**
 * One page of each type, derived from the built pages so new sections are picked up: home, every
 * section's listing (/cases/ …), one detail page of every section (/cases/x/ …), search with a query,
 * and the 404 page reached through a missing URL.
 */
export function samplePageTypes(pages: SitePage[]): PageType[] {
  const sample: PageType[] = [{ label: 'home', url: '/' }];
  const urls = new Set(pages.map((p) => p.url));
  const sections = [...new Set(pages.map((p) => p.url.split('/')[1]).filter((s) => s && !s.endsWith('.html')))].sort();
  for (const section of sections) {
    if (section === 'search') continue;
    if (urls.has(`/${section}/`)) sample.push({ label: `${section} listing`, url: `/${section}/` });
    const detail = pages.find((p) => p.url.startsWith(`/${section}/`) && p.url !== `/${section}/`);
    if (detail) sample.push({ label: `${section} detail`, url: detail.url });
  }
  if (urls.has('/search/')) sample.push({ label: 'search with a query', url: `/search/?q=${encodeURIComponent('网格')}` });
  if (urls.has('/404.html')) sample.push({ label: '404 (missing URL)', url: '/no-such-page-for-the-gates/' });
  return sample;
}
