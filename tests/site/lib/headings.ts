/**
 * Heading outline: a page's h1–h6, in document order, never skip a level going down (h1 → h3), and
 * the first heading is the h1, as the Nu Html Checker and WCAG 1.3.1 / 2.4.6 expect.
 * Headings inside <template> (filled in by scripts) are left out: they are not part of the page yet.
 */
import { parseHtml, type Element } from '../../../tools/dom.ts';

const levelOf = (el: Element) => (/^h[1-6]$/.test(el.tagName) ? Number(el.tagName[1]) : 0);

function insideTemplate(el: Element): boolean {
  for (let node = el.parentNode as Element | null; node; node = node.parentNode as Element | null) {
    if (node.nodeName === '#document-fragment') return true;
  }
  return false;
}

/** Problems as `line N: h1 → h3 "text"`; empty when the outline is sound. */
export function headingSkips(source: string): string[] {
  const { elements, line } = parseHtml(source);
  const problems: string[] = [];
  const text = (el: Element): string =>
    el.childNodes.map((c) => ('value' in c ? (c as { value: string }).value : 'tagName' in c ? text(c as Element) : '')).join('').trim().replace(/\s+/g, ' ').slice(0, 30);
  let previous = 0;
  for (const el of elements) {
    const level = levelOf(el);
    if (level === 0 || insideTemplate(el)) continue;
    if (previous === 0 && level !== 1) problems.push(`line ${line(el)}: the first heading is h${level}, not h1 "${text(el)}"`);
    else if (level > previous + 1 && previous > 0) problems.push(`line ${line(el)}: h${previous} → h${level} "${text(el)}"`);
    previous = level;
  }
  return problems;
}
