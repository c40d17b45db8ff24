/**
 * Plain words first: technical names stay out of a page's visible text, except inside its
 * "下载与开放数据" section (marked data-downloads) and on the pages whose subject they are.
 */
import { parseHtml, type Element } from '../../../tools/dom.ts';

const TECHNICAL_WORDS = ['WGS-84', 'GeoJSON', 'GPX', 'ICS', 'OpenStreetMap', 'JavaScript'];

const HIDDEN = new Set(['head', 'script', 'style', 'template', 'svg']);

/** The technical words in the page's visible text outside the downloads section, with some context. */
export function technicalWords(source: string, words = TECHNICAL_WORDS): string[] {
  const { elements } = parseHtml(source);
  const root = elements.find((el) => el.tagName === 'body');
  if (!root) return [];
  let text = '';
  const walk = (el: Element) => {
    if (HIDDEN.has(el.tagName) || el.attrs.some((a) => a.name === 'data-downloads')) return;
    for (const child of el.childNodes) {
      if ('tagName' in child) walk(child as Element);
      else if (child.nodeName === '#text') text += (child as { value: string }).value;
    }
    text += ' ';
  };
  walk(root);
  text = text.replace(/\s+/g, ' ');
  const found: string[] = [];
  for (const word of words) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) found.push(`"${word}" in …${text.slice(Math.max(0, at - 20), at + word.length + 20)}…`);
  }
  return found;
}
