/**
 * Links gate: every internal href/src (and #fragment) resolves to a built file or an element id.
 * External links are collected for a report and never fetched.
 */
import { readFileSync } from 'node:fs';
import { extname, relative } from 'node:path';
import { collectIds, parseHtml } from '../../../tools/dom.ts';
import { fileToUrl, listFiles, resolveUrlPath, type SitePage } from '../../../tools/pages.ts';
import { cssUrls, LOADING_URL_ATTRIBUTES, SRCSET_ELEMENTS, srcsetUrls } from './page-urls.ts';

/** Attributes that hold one URL, per element: what loads by itself, and what a reader follows or submits. */
const URL_ATTRS: Record<string, readonly string[]> = {
  ...LOADING_URL_ATTRIBUTES,
  a: ['href'],
  area: ['href'],
  link: ['href'],
  form: ['action'],
  button: ['formaction'],
  blockquote: ['cite'],
  q: ['cite'],
};
const URL_META = new Set(['og:url', 'og:image', 'twitter:image']);
const IGNORED_SCHEMES = /^(mailto|tel|sms|data|blob):/i;

interface BrokenLink {
  /** Site path of the page (or file) holding the link. */
  page: string;
  /** Where in it: 'a[href]', 'sitemap <loc>', 'css url()'. */
  where: string;
  ref: string;
  reason: string;
}

interface LinkReport {
  /** How many references were checked. */
  checked: number;
  broken: BrokenLink[];
  /** External URL → site paths of the pages that link to it. */
  external: Map<string, Set<string>>;
}

interface Ref {
  page: string;
  where: string;
  ref: string;
  /** URL the reference is relative to. */
  base: string;
}

const LOCAL = 'http://site.invalid';

/** References of one HTML page. */
function extractRefs(source: string, pageUrl: string): Ref[] {
  const { elements, attr } = parseHtml(source);
  const refs: Ref[] = [];
  const push = (where: string, ref: string) => refs.push({ page: pageUrl, where, ref: ref.trim(), base: LOCAL + pageUrl });
  for (const el of elements) {
    for (const name of URL_ATTRS[el.tagName] ?? []) {
      const value = attr(el, name);
      if (value !== undefined) push(`${el.tagName}[${name}]`, value);
    }
    if (el.tagName === 'a' || el.tagName === 'use' || el.tagName === 'image') {
      // SVG 1.1 spelling: parse5 keeps the attribute with its xlink prefix.
      const xlink = el.attrs.find((a) => a.prefix === 'xlink' && a.name === 'href');
      if (xlink) push(`${el.tagName}[xlink:href]`, xlink.value);
    }
    if (SRCSET_ELEMENTS.has(el.tagName)) {
      const srcset = attr(el, 'srcset');
      if (srcset) for (const url of srcsetUrls(srcset)) push(`${el.tagName}[srcset]`, url);
    }
    if (el.tagName === 'meta' && URL_META.has(attr(el, 'property') ?? attr(el, 'name') ?? '')) {
      push(`meta[${attr(el, 'property') ?? attr(el, 'name')}]`, attr(el, 'content') ?? '');
    }
  }
  return refs;
}

/** url(...) and @import references of a stylesheet. */
function extractCssRefs(css: string, fileUrl: string): Ref[] {
  const refs: Ref[] = [];
  for (const { url } of cssUrls(css)) {
    const ref = url.trim();
    if (!ref.startsWith('#')) refs.push({ page: fileUrl, where: 'css url()', ref, base: LOCAL + fileUrl });
  }
  return refs;
}

/** <loc> of sitemaps, <link>/<guid> of feeds: absolute URLs that should point into the site. */
function extractXmlRefs(xml: string, fileUrl: string): Ref[] {
  const refs: Ref[] = [];
  for (const m of xml.matchAll(/<(loc|link|guid)(?:\s[^>]*)?>([^<]+)<\/\1>/g)) {
    refs.push({ page: fileUrl, where: `<${m[1]}>`, ref: m[2].trim(), base: LOCAL + fileUrl });
  }
  for (const m of xml.matchAll(/<atom:link[^>]*\shref="([^"]+)"/g)) refs.push({ page: fileUrl, where: '<atom:link>', ref: m[1], base: LOCAL + fileUrl });
  return refs;
}

/**
 * Checks every reference in the site: HTML pages, plus stylesheets, sitemaps and feeds.
 * `siteOrigin` is the public origin: absolute links to it are internal links.
 */
export function checkLinks(dist: string, pages: SitePage[], siteOrigin: string): LinkReport {
  const refs: Ref[] = [];
  for (const page of pages) refs.push(...extractRefs(readFileSync(page.file, 'utf8'), page.url));
  for (const file of listFiles(dist)) {
    const ext = extname(file);
    const url = fileToUrl(dist, file);
    if (ext === '.css') refs.push(...extractCssRefs(readFileSync(file, 'utf8'), url));
    else if (ext === '.xml' && !relative(dist, file).startsWith('pagefind')) refs.push(...extractXmlRefs(readFileSync(file, 'utf8'), url));
  }
  return checkRefs(dist, refs, siteOrigin);
}

const idCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idCache.get(file);
  if (!ids) {
    ids = collectIds(readFileSync(file, 'utf8'));
    idCache.set(file, ids);
  }
  return ids;
}

function checkRefs(dist: string, refs: Ref[], siteOrigin: string): LinkReport {
  idCache.clear();
  const report: LinkReport = { checked: 0, broken: [], external: new Map() };
  const broken = (ref: Ref, reason: string) => report.broken.push({ page: ref.page, where: ref.where, ref: ref.ref, reason });
  for (const ref of refs) {
    report.checked++;
    if (ref.ref === '') {
      broken(ref, 'empty URL');
      continue;
    }
    if (IGNORED_SCHEMES.test(ref.ref)) continue;
    if (/^javascript:/i.test(ref.ref)) {
      broken(ref, 'javascript: URL');
      continue;
    }
    let url: URL;
    try {
      url = new URL(ref.ref, ref.base);
    } catch {
      broken(ref, 'not a valid URL');
      continue;
    }
    const internal = url.origin === LOCAL || url.origin === siteOrigin;
    if (!internal) {
      if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        broken(ref, `unexpected scheme ${url.protocol}`);
        continue;
      }
      const pages = report.external.get(url.href) ?? new Set<string>();
      pages.add(ref.page);
      report.external.set(url.href, pages);
      continue;
    }
    const file = resolveUrlPath(dist, url.pathname);
    if (!file) {
      broken(ref, `no file in the build for ${decodeURI(url.pathname)}`);
      continue;
    }
    if (!url.pathname.endsWith('/') && file.endsWith('index.html') && !url.pathname.endsWith('.html')) {
      broken(ref, `${url.pathname} is a folder: link to ${url.pathname}/ (the server would redirect)`);
      continue;
    }
    const fragment = url.hash.slice(1);
    if (fragment === '' || fragment === 'top') continue;
    if (!file.endsWith('.html')) {
      broken(ref, `#${fragment} points into a file that is not HTML`);
      continue;
    }
    let id: string;
    try {
      id = decodeURIComponent(fragment);
    } catch {
      id = fragment;
    }
    if (!idsOf(file).has(id)) broken(ref, `no element with id="${id}" in ${fileToUrl(dist, file)}`);
  }
  return report;
}

export function formatBroken(broken: BrokenLink[]): string {
  return broken.map((b) => `${b.page}: ${b.where} "${b.ref}" → ${b.reason}`).join('\n');
}

/** The external-link report: one line per URL, grouped by host, with the pages that link to it. */
export function formatExternal(external: Map<string, Set<string>>): string {
  const byHost = new Map<string, string[]>();
  for (const [href, pages] of [...external].sort(([a], [b]) => a.localeCompare(b))) {
    const host = new URL(href).host;
    const lines = byHost.get(host) ?? [];
    const list = [...pages].sort();
    lines.push(`  ${href}\n      from ${list.slice(0, 3).join(', ')}${list.length > 3 ? ` and ${list.length - 3} more` : ''}`);
    byHost.set(host, lines);
  }
  return [...byHost]
    .map(([host, lines]) => `${host} (${lines.length} URL${lines.length === 1 ? '' : 's'})\n${lines.join('\n')}`)
    .join('\n');
}

/** Used by fixture tests: check a few pages of a folder without walking a whole site. */
export function checkPagesIn(dist: string, pages: SitePage[], siteOrigin: string): LinkReport {
  const refs = pages.flatMap((page) => extractRefs(readFileSync(page.file, 'utf8'), page.url));
  return checkRefs(dist, refs, siteOrigin);
}

