/**
 * Ground truth for search quality: what each built page gives Pagefind to index, read from the
 * HTML the same way Pagefind reads it, and which pages therefore contain a query.
 *
 * A page's indexed text is the text of its [data-pagefind-body] elements minus [data-pagefind-ignore]
 * parts and minus the elements Pagefind always drops (head, style, script, noscript, label, form,
 * svg, footer, nav, iframe, template). Pages without data-pagefind-body are not indexed at all
 * (once one page of a site has it, Pagefind indexes only such pages).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import { containsAll, foldText, parseQuery } from '../src/lib/search/query.ts';
import { listPages } from './pages.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** Elements Pagefind never indexes (pagefind/src/fossick/parser.rs, REMOVE_SELECTORS). */
const REMOVED = new Set(['head', 'style', 'script', 'noscript', 'label', 'form', 'svg', 'footer', 'nav', 'iframe', 'template']);
/** Elements Pagefind separates from their neighbours with a space (SENTENCE_SELECTORS, and <br>). */
const BLOCKS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'td', 'div', 'ul', 'li', 'article', 'section', 'br']);

export interface IndexedPage {
  /** Site path, e.g. /cases/wencheng-dangjian-wangge/ */
  url: string;
  /** The page's <h1> (Pagefind's title). */
  title: string;
  /** The indexed text, whitespace collapsed. */
  text: string;
}

const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;
const isElement = (node: Node): node is Element => 'tagName' in node;

function textOf(node: Node, out: string[]) {
  if (node.nodeName === '#text') {
    out.push((node as { value: string }).value);
    return;
  }
  if (!isElement(node)) return;
  if (REMOVED.has(node.tagName) || attr(node, 'data-pagefind-ignore') !== undefined) return;
  const block = BLOCKS.has(node.tagName);
  if (block) out.push(' ');
  for (const child of node.childNodes) textOf(child as Node, out);
  if (block) out.push(' ');
}

function findBodies(node: Node, out: Element[]) {
  if (isElement(node)) {
    if (attr(node, 'data-pagefind-body') !== undefined) {
      out.push(node);
      return;
    }
    if (node.tagName === 'template') return;
  }
  for (const child of 'childNodes' in node ? node.childNodes : []) findBodies(child as Node, out);
}

function findFirst(node: Node, tag: string): Element | undefined {
  if (isElement(node) && node.tagName === tag) return node;
  for (const child of 'childNodes' in node ? node.childNodes : []) {
    const found = findFirst(child as Node, tag);
    if (found) return found;
  }
  return undefined;
}

export const normalize = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/** The text Pagefind indexes for one page, or undefined when the page has no data-pagefind-body. */
function indexedText(html: string): { text: string; title: string } | undefined {
  const document = parse(html) as Node;
  const bodies: Element[] = [];
  findBodies(document, bodies);
  if (bodies.length === 0) return undefined;
  const parts: string[] = [];
  for (const body of bodies) textOf(body, parts);
  const h1 = bodies.map((b) => findFirst(b, 'h1')).find(Boolean);
  const titleParts: string[] = [];
  if (h1) textOf(h1, titleParts);
  return { text: normalize(parts.join('')), title: titleParts.join('').replace(/\s+/g, ' ').trim() };
}

/** Every page of a built site that Pagefind indexes, with its indexed text. */
export function indexedPages(dist: string): IndexedPage[] {
  const out: IndexedPage[] = [];
  for (const page of listPages(dist)) {
    if (page.url.startsWith('/pagefind/')) continue;
    const indexed = indexedText(readFileSync(page.file, 'utf8'));
    if (indexed) out.push({ url: page.url, ...indexed });
  }
  return out;
}

/**
 * Does this page's indexed text contain the query: every quoted phrase and every word, as typed?
 * The query is read by the search page's own parser (src/lib/search/query.ts), so "as typed" means
 * the same here and there; the text compared is this file's reading of the HTML, not Pagefind's.
 */
function pageMatches(page: IndexedPage, query: string): boolean {
  return containsAll(foldText(page.text), parseQuery(query).terms);
}

/** URLs of the pages that should come back for a query. */
export function expectedUrls(pages: IndexedPage[], query: string): string[] {
  return pages.filter((page) => pageMatches(page, query)).map((page) => page.url).sort();
}
