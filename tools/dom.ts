/** A small DOM walk over parse5's spec-compliant tree: the static gates read pages through this. */
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
export type Element = DefaultTreeAdapterMap['element'];

interface Html {
  elements: Element[];
  /** The value of an attribute, or undefined. */
  attr: (el: Element, name: string) => string | undefined;
  /** Text content of an element (for <script> and <style>). */
  text: (el: Element) => string;
  /** 1-based line of the element's start tag. */
  line: (el: Element) => number;
}

const cache = new Map<string, Element[]>();

function walk(node: Node, out: Element[]) {
  if ('tagName' in node) out.push(node as Element);
  const children = 'childNodes' in node ? node.childNodes : [];
  for (const child of children) walk(child as Node, out);
  // <template> keeps its children in a separate fragment.
  if ('content' in node && node.content) walk(node.content as Node, out);
}

export function parseHtml(source: string): Html {
  let elements = cache.get(source);
  if (!elements) {
    elements = [];
    walk(parse(source, { sourceCodeLocationInfo: true }) as Node, elements);
    if (cache.size > 200) cache.clear();
    cache.set(source, elements);
  }
  return {
    elements,
    attr: (el, name) => el.attrs.find((a) => a.name === name)?.value,
    text: (el) => el.childNodes.map((c) => ('value' in c ? (c as { value: string }).value : '')).join(''),
    line: (el) => el.sourceCodeLocation?.startLine ?? 0,
  };
}

/** Every id (and legacy <a name>) in a page: the targets of #fragment links. */
export function collectIds(source: string): Set<string> {
  const { elements, attr } = parseHtml(source);
  const ids = new Set<string>();
  for (const el of elements) {
    const id = attr(el, 'id');
    if (id) ids.add(id);
    const name = el.tagName === 'a' ? attr(el, 'name') : undefined;
    if (name) ids.add(name);
  }
  return ids;
}
