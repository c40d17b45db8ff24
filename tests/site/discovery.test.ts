/**
 * Finding related material from wherever the reader is: the RSS feed and the sitemap (both parsed as
 * strict XML), robots.txt, canonical URLs and Open Graph on every page, schema.org Article on cases,
 * region hubs and topic pages linked from every entry, related content on every detail page, and the
 * latest cases on the home page. Everything is read from the built site (dist/ or SITE_DIST).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser, type Document as XmlDocument, type Element as XmlElement } from '@xmldom/xmldom';
import yaml from 'js-yaml';
import type { DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../tools/dom.ts';
import { listPages, resolveUrlPath } from '../../tools/pages.ts';
import { DIST, ROOT, SITE_ORIGIN } from '../../tools/paths.ts';

type Element = DefaultTreeAdapterMap['element'];
type Node = DefaultTreeAdapterMap['node'];

const ENTRY_SECTIONS = ['cases', 'sites', 'routes', 'workstations', 'service-points', 'regions'];
const PLACE_SECTIONS = ['sites', 'workstations', 'service-points'];

/** Strict XML: any warning, error or fatal error fails (xmldom would otherwise recover silently). */
function parseXml(file: string): XmlDocument {
  const problems: string[] = [];
  const document = new DOMParser({
    onError: (level, message) => {
      problems.push(`${level}: ${message}`);
    },
  }).parseFromString(readFileSync(file, 'utf8'), 'text/xml');
  if (problems.length > 0) throw new Error(`${file} is not well-formed XML:\n${problems.join('\n')}`);
  return document;
}

const xmlChildren = (parent: XmlElement | XmlDocument, name: string): XmlElement[] =>
  Array.from(parent.getElementsByTagName(name) as unknown as ArrayLike<XmlElement>);
const xmlText = (parent: XmlElement, name: string) => xmlChildren(parent, name)[0]?.textContent?.trim() ?? '';

interface PageInfo {
  url: string;
  lang: string;
  title: string;
  h1: string;
  description: string;
  robots: string;
  canonical: string[];
  og: Record<string, string>;
  jsonLd: Array<Record<string, unknown>>;
  jsonLdErrors: string[];
  /** Paths of site links inside <main>, in order, without #fragment. */
  mainLinks: string[];
  /** Links of <main> section with the given heading id (aria-labelledby), e.g. 'latest'. */
  sectionLinks: (id: string) => string[];
  /** Text of data-pagefind-filter="region" (the entry's region name), if any. */
  region?: string;
  feedLink: boolean;
}

function descendants(node: Node, out: Element[] = []): Element[] {
  for (const child of 'childNodes' in node ? node.childNodes : []) {
    if ('tagName' in child) out.push(child as Element);
    descendants(child as Node, out);
  }
  return out;
}

function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as { value: string }).value;
  return ('childNodes' in node ? node.childNodes : []).map((c) => textOf(c as Node)).join('');
}

const pageCache = new Map<string, PageInfo>();
function readPage(url: string, file: string): PageInfo {
  const cached = pageCache.get(url);
  if (cached) return cached;
  const { elements, attr } = parseHtml(readFileSync(file, 'utf8'));
  const find = (predicate: (el: Element) => boolean) => elements.filter(predicate);
  const meta = (key: string, value: string) => find((el) => el.tagName === 'meta' && attr(el, key) === value).map((el) => attr(el, 'content') ?? '');
  const og: Record<string, string> = {};
  for (const el of find((el) => el.tagName === 'meta' && (attr(el, 'property') ?? '').startsWith('og:'))) og[attr(el, 'property')!] = attr(el, 'content') ?? '';
  const jsonLd: Array<Record<string, unknown>> = [];
  const jsonLdErrors: string[] = [];
  for (const el of find((el) => el.tagName === 'script' && attr(el, 'type') === 'application/ld+json')) {
    try {
      jsonLd.push(JSON.parse(textOf(el)));
    } catch (error) {
      jsonLdErrors.push(String(error));
    }
  }
  const main = find((el) => el.tagName === 'main')[0];
  const toPath = (href: string | undefined) => {
    if (!href) return undefined;
    const target = new URL(href, `${SITE_ORIGIN}${url}`);
    return target.origin === SITE_ORIGIN ? target.pathname : undefined;
  };
  const linksIn = (root: Node | undefined) =>
    root ? descendants(root).filter((el) => el.tagName === 'a').map((el) => toPath(attr(el, 'href'))).filter((p): p is string => Boolean(p)) : [];
  const info: PageInfo = {
    url,
    lang: attr(find((el) => el.tagName === 'html')[0], 'lang') ?? '',
    title: textOf(find((el) => el.tagName === 'title')[0] ?? ({ childNodes: [] } as unknown as Node)).trim(),
    h1: textOf(find((el) => el.tagName === 'h1')[0] ?? ({ childNodes: [] } as unknown as Node)).replace(/\s+/g, ' ').trim(),
    description: meta('name', 'description')[0] ?? '',
    robots: meta('name', 'robots')[0] ?? '',
    canonical: find((el) => el.tagName === 'link' && attr(el, 'rel') === 'canonical').map((el) => attr(el, 'href') ?? ''),
    og,
    jsonLd,
    jsonLdErrors,
    mainLinks: linksIn(main),
    sectionLinks: (id) => linksIn(main ? descendants(main).find((el) => attr(el, 'aria-labelledby') === id) : undefined),
    region: (() => {
      const el = find((e) => attr(e, 'data-pagefind-filter') === 'region')[0];
      return el ? textOf(el).trim() : undefined;
    })(),
    feedLink: find((el) => el.tagName === 'link' && attr(el, 'rel') === 'alternate' && attr(el, 'type') === 'application/rss+xml').some(
      (el) => toPath(attr(el, 'href')) === '/rss.xml',
    ),
  };
  pageCache.set(url, info);
  return info;
}

const pages = listPages(DIST).filter((page) => !page.url.startsWith('/pagefind/'));
const htmlPages = pages.map((page) => readPage(page.url, page.file));
const byUrl = new Map(htmlPages.map((page) => [page.url, page]));
/** Entry pages (cases, places, routes, regions): the pages that carry search facets (a region). */
const entries = htmlPages.filter((page) => page.region !== undefined);
const entryUrls = new Set(entries.map((page) => page.url));
const isEntry = (url: string, sections = ENTRY_SECTIONS) => entryUrls.has(url) && sections.some((s) => url.startsWith(`/${s}/`));
const casePages = entries.filter((page) => page.url.startsWith('/cases/'));
const absolute = (path: string) => new URL(path, SITE_ORIGIN).href;

/** Published cases in content/cases (draft: true is left out of the site). */
function publishedCaseIds(): string[] {
  const dir = join(ROOT, 'content/cases');
  return readdirSync(dir)
    .filter((file) => /\.mdx?$/.test(file))
    .filter((file) => {
      const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(dir, file), 'utf8'))?.[1] ?? '';
      return (yaml.load(front) as { draft?: boolean } | undefined)?.draft !== true;
    })
    .map((file) => file.replace(/\.mdx?$/, ''))
    .sort();
}

describe('RSS feed of cases', () => {
  const file = join(DIST, 'rss.xml');

  it('is well-formed RSS 2.0 in Chinese, with a self link', () => {
    const feed = parseXml(file);
    const root = feed.documentElement!;
    expect(root.tagName).toBe('rss');
    expect(root.getAttribute('version')).toBe('2.0');
    const channel = xmlChildren(root, 'channel')[0];
    expect(xmlText(channel, 'title')).toContain('党建案例');
    expect(xmlText(channel, 'language')).toBe('zh-cn');
    expect(xmlText(channel, 'link')).toBe(absolute('/'));
    const self = xmlChildren(channel, 'atom:link')[0];
    expect(self?.getAttribute('href')).toBe(absolute('/rss.xml'));
    expect(self?.getAttribute('rel')).toBe('self');
  });

  it('lists every published case, newest first, with title, link, date and summary', () => {
    const items = xmlChildren(parseXml(file), 'item');
    const links = items.map((item) => xmlText(item, 'link'));
    expect([...links].sort()).toEqual(publishedCaseIds().map((id) => absolute(`/cases/${id}/`)));
    expect([...links].sort()).toEqual(casePages.map((page) => absolute(page.url)).sort());
    expect(new Set(links).size).toBe(links.length);

    // An item has no pubDate when its site date is unknown (a build outside git); tests/site/trust.test.ts checks which.
    const dates = items.map((item) => xmlText(item, 'pubDate')).filter(Boolean).map((date) => Date.parse(date));
    expect(dates.every((d) => Number.isFinite(d))).toBe(true);
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    for (const item of items) {
      const page = byUrl.get(new URL(xmlText(item, 'link')).pathname)!;
      expect(xmlText(item, 'title')).toBe(page.h1);
      expect(xmlText(item, 'guid')).toBe(xmlText(item, 'link'));
      expect(xmlText(item, 'description').length).toBeGreaterThan(10);
      // The date in the feed is the day the case page says it was published (its JSON-LD), in Shanghai.
      const article = page.jsonLd.find((d) => d['@type'] === 'Article');
      const pubDate = xmlText(item, 'pubDate');
      const shanghaiDay = pubDate ? new Date(Date.parse(pubDate) + 8 * 3600_000).toISOString().slice(0, 10) : undefined;
      expect(shanghaiDay, page.url).toBe(article?.datePublished);
    }
  });

  it('is announced on every page', () => {
    expect(htmlPages.filter((page) => !page.feedLink).map((page) => page.url)).toEqual([]);
  });
});

describe('sitemap', () => {
  it('is well-formed XML and lists every HTML page except the 404 page, once', () => {
    const index = parseXml(join(DIST, 'sitemap-index.xml'));
    expect(index.documentElement!.tagName).toBe('sitemapindex');
    const urls: string[] = [];
    for (const loc of xmlChildren(index, 'loc').map((el) => el.textContent!.trim())) {
      const sitemapUrl = new URL(loc);
      expect(sitemapUrl.origin).toBe(SITE_ORIGIN);
      const sitemap = parseXml(join(DIST, sitemapUrl.pathname));
      expect(sitemap.documentElement!.tagName).toBe('urlset');
      expect(sitemap.documentElement!.getAttribute('xmlns')).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
      urls.push(...xmlChildren(sitemap, 'loc').map((el) => el.textContent!.trim()));
    }
    const expected = htmlPages.filter((page) => page.url !== '/404.html' && !page.robots.includes('noindex')).map((page) => absolute(page.url));
    expect([...urls].sort()).toEqual(expected.sort());
    expect(new Set(urls).size).toBe(urls.length);
    // Every listed URL is served by the site, and none is marked noindex.
    for (const url of urls) {
      const path = new URL(url).pathname;
      expect(resolveUrlPath(DIST, path), url).toBeDefined();
      expect(byUrl.get(path)?.robots ?? '', url).not.toContain('noindex');
    }
  });

  it('is named in robots.txt', () => {
    const robots = readFileSync(join(DIST, 'robots.txt'), 'utf8');
    const sitemap = /^Sitemap:\s*(\S+)\s*$/m.exec(robots)?.[1];
    expect(sitemap).toBe(absolute('/sitemap-index.xml'));
    expect(existsSync(join(DIST, 'sitemap-index.xml'))).toBe(true);
    expect(robots).not.toMatch(/^Disallow:\s*\/\s*$/m);
  });
});

describe('canonical URLs and Open Graph', () => {
  it('every page has one absolute canonical URL (its own address), Open Graph in Chinese and a description', () => {
    const problems: string[] = [];
    for (const page of htmlPages) {
      const noindex = page.robots.includes('noindex');
      if (noindex) {
        // A page that asks not to be indexed (404) claims no canonical address.
        if (page.canonical.length > 0) problems.push(`${page.url}: noindex page with a canonical link`);
      } else {
        if (page.canonical.length !== 1) problems.push(`${page.url}: ${page.canonical.length} canonical links`);
        else if (page.canonical[0] !== absolute(page.url)) problems.push(`${page.url}: canonical ${page.canonical[0]}`);
        if (page.og['og:url'] !== page.canonical[0]) problems.push(`${page.url}: og:url ${page.og['og:url']} ≠ canonical`);
      }
      if (page.lang !== 'zh-CN') problems.push(`${page.url}: lang="${page.lang}"`);
      if (!page.description) problems.push(`${page.url}: no meta description`);
      for (const key of ['og:type', 'og:title', 'og:description', 'og:site_name', 'og:locale']) {
        if (!page.og[key]) problems.push(`${page.url}: no ${key}`);
      }
      if (page.og['og:locale'] !== 'zh_CN') problems.push(`${page.url}: og:locale ${page.og['og:locale']}`);
      if (page.jsonLdErrors.length) problems.push(`${page.url}: JSON-LD does not parse: ${page.jsonLdErrors.join('; ')}`);
    }
    expect(problems).toEqual([]);
    // No two pages claim the same canonical URL.
    const canonicals = htmlPages.flatMap((page) => page.canonical);
    expect(new Set(canonicals).size).toBe(canonicals.length);
    expect(byUrl.get('/404.html')?.robots).toContain('noindex');
  });

  it('cases are Open Graph articles with schema.org Article JSON-LD', () => {
    expect(casePages.length).toBeGreaterThan(0);
    for (const page of casePages) {
      expect(page.og['og:type'], page.url).toBe('article');
      const articles = page.jsonLd.filter((d) => d['@type'] === 'Article');
      expect(articles, page.url).toHaveLength(1);
      const article = articles[0];
      expect(article['@context']).toBe('https://schema.org');
      expect(article.headline, page.url).toBe(page.h1);
      if (article.datePublished !== undefined) expect(String(article.datePublished), page.url).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(article.inLanguage).toBe('zh-CN');
      expect(article.mainEntityOfPage, page.url).toBe(page.canonical[0]);
      expect((article.author as { name?: string })?.name, page.url).toBeTruthy();
      expect((article.publisher as { name?: string })?.name, page.url).toBeTruthy();
    }
  });
});

describe('related material from every entry', () => {
  const regionHubs = new Map(htmlPages.filter((page) => /^\/regions\/[^/]+\/$/.test(page.url)).map((page) => [page.h1, page.url]));
  /** The pages listing all of a region's cases (/cases/region/<region>/ and the pages after it), from the region hub's address. */
  const regionCasePages = (hub: string) => htmlPages.map((page) => page.url).filter((url) => url.startsWith(hub.replace('/regions/', '/cases/region/'))).sort();

  it('every entry names its region, links to the region hub, and the hub links back', () => {
    expect(regionHubs.size).toBeGreaterThan(0);
    const problems: string[] = [];
    expect(entries.length).toBeGreaterThan(0);
    for (const page of entries.filter((p) => !p.url.startsWith('/regions/'))) {
      const hub = page.region ? regionHubs.get(page.region) : undefined;
      if (!hub) {
        problems.push(`${page.url}: region ${page.region} has no hub page`);
        continue;
      }
      if (!page.mainLinks.includes(hub)) problems.push(`${page.url}: no link to its region ${hub}`);
      // A region's page shows its newest cases and links to its case pages for the rest.
      const listings = [hub, ...(page.url.startsWith('/cases/') ? regionCasePages(hub) : [])];
      if (!listings.some((url) => byUrl.get(url)!.mainLinks.includes(page.url))) problems.push(`${hub}: does not list ${page.url}`);
    }
    expect(problems).toEqual([]);
  });

  it('every case links to its topic pages, and each topic page lists it or its region\'s pages on the topic do', () => {
    const problems: string[] = [];
    for (const page of casePages) {
      const topics = [...new Set(page.sectionLinks('topics').filter((href) => href.startsWith('/topics/')))];
      if (topics.length === 0) problems.push(`${page.url}: no topic links`);
      for (const topic of topics) {
        const topicPage = byUrl.get(topic);
        if (!topicPage) problems.push(`${page.url}: topic ${topic} has no page`);
        else if (![topic, ...htmlPages.map((p) => p.url).filter((url) => url.startsWith(topic) && url !== topic)].some((url) => byUrl.get(url)!.mainLinks.includes(page.url)))
          problems.push(`${topic}: does not list ${page.url}`);
      }
    }
    expect(problems).toEqual([]);
    // Every topic page is reachable from the topic index.
    const topicPages = htmlPages.filter((page) => /^\/topics\/[^/]+\/$/.test(page.url)).map((page) => page.url);
    expect(topicPages.length).toBeGreaterThan(0);
    const index = byUrl.get('/topics/')!;
    expect(topicPages.filter((url) => !index.mainLinks.includes(url))).toEqual([]);
  });

  it('every detail page links to related entries (shared region, topic, place or route)', () => {
    const problems: string[] = [];
    for (const page of entries) {
      const related = new Set(page.mainLinks.filter((href) => href !== page.url && isEntry(href) && !href.startsWith('/regions/')));
      if (related.size === 0) problems.push(`${page.url}: no related entries`);
      for (const href of related) if (!byUrl.has(href)) problems.push(`${page.url}: related link ${href} has no page`);
    }
    expect(problems).toEqual([]);
    // Cases name related cases; places that a case mentions link back to it.
    for (const page of casePages) {
      const relatedCases = page.sectionLinks('related').filter((href) => href.startsWith('/cases/') && href !== page.url);
      expect(relatedCases.length, `${page.url} 相关案例`).toBeGreaterThan(0);
    }
    for (const page of casePages) {
      for (const place of page.sectionLinks('places').filter((href) => isEntry(href, PLACE_SECTIONS))) {
        expect(byUrl.get(place)?.mainLinks, `${place} should link back to ${page.url}`).toContain(page.url);
      }
    }
  });

  it('the home page shows the latest cases', () => {
    const home = byUrl.get('/')!;
    const latest = [...new Set(home.sectionLinks('latest').filter((href) => isEntry(href, ['cases'])))];
    expect(latest.length).toBeGreaterThanOrEqual(3);
    const newest = casePages
      .map((page) => ({ url: page.url, date: String(page.jsonLd.find((d) => d['@type'] === 'Article')?.datePublished) }))
      .sort((a, b) => b.date.localeCompare(a.date) || a.url.localeCompare(b.url));
    const cutoff = newest[latest.length - 1].date;
    // The ones shown are the newest (ties on the cut-off date may go either way).
    for (const url of latest) expect(newest.find((c) => c.url === url)!.date >= cutoff, url).toBe(true);
    expect(home.mainLinks).toContain('/cases/');
  });

  it('every page leads to search, and every entry is reachable from its listing', () => {
    const withoutSearch = htmlPages.filter((page) => page.url !== '/search/' && !readFileSync(resolveUrlPath(DIST, page.url === '/404.html' ? '/404.html' : page.url)!, 'utf8').includes('action="/search/"'));
    expect(withoutSearch.map((page) => page.url)).toEqual([]);
    for (const section of ENTRY_SECTIONS.filter((s) => s !== 'cases')) {
      const listing = byUrl.get(`/${section}/`);
      expect(listing, `/${section}/`).toBeDefined();
      const missing = entries.filter((page) => page.url.startsWith(`/${section}/`)).filter((page) => !listing!.mainLinks.includes(page.url));
      expect(missing.map((page) => page.url), `/${section}/ should list`).toEqual([]);
    }
  });

  it('the case listing shows each region’s newest cases and leads to the region’s case pages for the rest', () => {
    const listing = byUrl.get('/cases/')!;
    const listed = new Set(listing.mainLinks.filter((href) => isEntry(href, ['cases'])));
    for (const region of entries.filter((page) => page.url.startsWith('/regions/'))) {
      const inRegion = casePages
        .filter((page) => page.region === region.region)
        .map((page) => ({ url: page.url, date: String(page.jsonLd.find((d) => d['@type'] === 'Article')?.datePublished) }))
        .sort((a, b) => b.date.localeCompare(a.date));
      const shown = inRegion.filter((c) => listed.has(c.url));
      expect(shown.length, region.url).toBe(Math.min(inRegion.length, 10));
      // The ones shown are the newest (ties on the cut-off date may go either way).
      for (const c of shown) expect(c.date >= inRegion[shown.length - 1].date, c.url).toBe(true);
      if (shown.length < inRegion.length) {
        const [first, ...rest] = regionCasePages(region.url);
        expect(listing.mainLinks, `/cases/ 应链接到 ${first}`).toContain(first);
        expect(region.mainLinks, `${region.url} 应链接到 ${first}`).toContain(first);
        const pagesLinks = [first, ...rest].flatMap((url) => byUrl.get(url)!.mainLinks);
        expect(inRegion.filter((c) => !pagesLinks.includes(c.url)).map((c) => c.url), `${first} 应列出全部案例`).toEqual([]);
      }
    }
    // Today's content has a region with more cases than the listing shows, so the link above is exercised.
    expect(listed.size).toBeLessThan(casePages.length);
  });
});
