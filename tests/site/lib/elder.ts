/**
 * Elder-mode and target-size checks, measured in the page from computed styles and layout boxes
 * (see the top of src/styles/global.css for the norms behind the figures).
 *
 * Which elements count:
 * - Text: every visible text node in <header> and <main>, except inside SVG (schematic maps scale
 *   with their box and have an equivalent list of links) and visually hidden (sr-only) text.
 * - Targets: every visible link, button, input, select, textarea and summary in the header, the
 *   breadcrumbs, <main> and the footer.
 *   Exempt, as WCAG 2.2 SC 2.5.8 allows: links inside running text (their block holds other text too)
 *   and the schematic maps' markers (the list beside each map has the same links). A card's stretched
 *   heading link is measured as the card; a checkbox or radio as its label.
 * - Main controls (≥ 60×60 in elder mode, MIIT 附件2 §2.1): buttons, form fields, summaries, links
 *   styled as buttons or chips (.button, .button-secondary, a.badge), the header's controls and
 *   cards. Other standalone links (lists of links, breadcrumbs) need 44×44 in both modes.
 */
import type { Page } from 'playwright-core';

export interface ElderLimits {
  /** Smallest font size of any counted text, px (0: not checked). */
  minFontPx: number;
  /** Smallest contrast of any counted text with its background (0: not checked). */
  minContrast: number;
  /** Smallest target, px. */
  minTarget: number;
  /** Smallest main control, px. */
  minMainControl: number;
}

export const NORMAL: ElderLimits = { minFontPx: 0, minContrast: 0, minTarget: 44, minMainControl: 44 };
export const ELDER: ElderLimits = { minFontPx: 24, minContrast: 7, minTarget: 44, minMainControl: 60 };

/** Runs in the page: problems with text size, contrast and target sizes, as readable lines. */
function inspect(limits: ElderLimits): string[] {
  const problems: string[] = [];
  const describe = (el: Element) => {
    const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 24);
    const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).slice(0, 2).join('.')}` : '';
    return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${cls} "${text}"`;
  };
  const visible = (el: Element) => el.checkVisibility({ visibilityProperty: true, opacityProperty: true } as CheckVisibilityOptions);
  const srOnly = (el: Element) => {
    for (let node: Element | null = el; node; node = node.parentElement) {
      const style = getComputedStyle(node);
      if (style.position === 'absolute' && (style.clip === 'rect(0px, 0px, 0px, 0px)' || parseFloat(style.width) <= 1)) return true;
    }
    return false;
  };
  const roots = [...document.querySelectorAll('body > header, main')];
  const targetRoots = [...document.querySelectorAll('body > header, body > nav, main, body > footer')];

  // Colours: rgb()/rgba() from getComputedStyle, composited over the ancestors' backgrounds.
  const parse = (value: string): number[] => {
    const m = value.match(/rgba?\(([^)]+)\)/);
    if (!m) return [0, 0, 0, 0];
    const parts = m[1].split(/[\s,/]+/).filter(Boolean).map(Number);
    return [parts[0], parts[1], parts[2], parts[3] ?? 1];
  };
  const over = (top: number[], bottom: number[]) => {
    const a = top[3];
    return [0, 1, 2].map((i) => top[i] * a + bottom[i] * (1 - a)).concat(1);
  };
  const background = (el: Element | null): number[] => {
    const layers: number[][] = [];
    for (let node = el; node; node = node.parentElement) {
      const bg = parse(getComputedStyle(node).backgroundColor);
      if (bg[3] > 0) layers.push(bg);
      if (bg[3] >= 1) break;
    }
    return layers.reduceRight((below, layer) => over(layer, below), [255, 255, 255, 1]);
  };
  const luminance = (rgb: number[]) => {
    const [r, g, b] = rgb.slice(0, 3).map((v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const contrast = (a: number[], b: number[]) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi + 0.05) / (lo + 0.05);
  };

  if (limits.minFontPx > 0 || limits.minContrast > 0) {
    const seen = new Set<Element>();
    for (const root of roots) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const el = node.parentElement;
        if (!el || seen.has(el) || !(node.textContent ?? '').trim()) continue;
        seen.add(el);
        if (el.closest('svg, script, style, noscript, template') || el.closest(':disabled') || !visible(el) || srOnly(el)) continue;
        const style = getComputedStyle(el);
        const size = parseFloat(style.fontSize);
        if (limits.minFontPx > 0 && size < limits.minFontPx - 0.01) problems.push(`text ${size}px < ${limits.minFontPx}px: ${describe(el)}`);
        if (limits.minContrast > 0) {
          const back = background(el);
          const ratio = contrast(over(parse(style.color), back), back);
          if (ratio < limits.minContrast) problems.push(`contrast ${ratio.toFixed(2)}:1 < ${limits.minContrast}:1 (${style.color} on rgb(${back.slice(0, 3).map(Math.round).join(', ')})): ${describe(el)}`);
        }
      }
    }
  }

  const blockOf = (el: Element) => {
    for (let node = el.parentElement; node; node = node.parentElement) if (!getComputedStyle(node).display.startsWith('inline')) return node;
    return document.body;
  };
  for (const root of targetRoots) {
    for (const el of root.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary')) {
      if (!visible(el) || el.closest('svg') || srOnly(el) || el.closest('details:not([open]) > :not(summary)')) continue;
      if (el.matches('a') && (blockOf(el).textContent ?? '').trim() !== (el.textContent ?? '').trim() && !el.matches('.button, .button-secondary, a.badge')) continue;
      let target: Element = el;
      const card = el.matches('.card > :is(h2, h3) > a') ? el.closest('.card') : null;
      if (card) target = card;
      else if (el.matches('input[type=checkbox], input[type=radio]')) target = el.closest('label') ?? (el.id ? document.querySelector(`label[for="${el.id}"]`) : null) ?? el;
      const main =
        !!card ||
        el.matches('button, input, select, textarea, summary, .button, .button-secondary, a.badge') ||
        !!el.closest('body > header');
      const min = main ? limits.minMainControl : limits.minTarget;
      const box = target.getBoundingClientRect();
      // Half a pixel of rounding in the layout is not a smaller target.
      if (box.width + 0.5 < min || box.height + 0.5 < min) {
        problems.push(`target ${Math.round(box.width)}×${Math.round(box.height)} < ${min}×${min}${main ? ' (main control)' : ''}: ${describe(el)}`);
      }
    }
  }
  return problems;
}

export function checkElder(page: Page, limits: ElderLimits): Promise<string[]> {
  return page.evaluate(inspect, limits);
}

/** How far the page scrolls sideways, px (0: it fits), and the widest element that sticks out. */
export function horizontalOverflow(page: Page): Promise<{ overflow: number; culprit: string }> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const overflow = document.documentElement.scrollWidth - width;
    let culprit = '';
    if (overflow > 0) {
      let widest = width;
      for (const el of document.body.querySelectorAll('*')) {
        const right = el.getBoundingClientRect().right;
        if (right > widest + 0.5) {
          widest = right;
          culprit = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} (right edge ${Math.round(right)}px)`;
        }
      }
    }
    return { overflow, culprit };
  });
}

/** Height of the site header, px. */
export function headerHeight(page: Page): Promise<number> {
  return page.evaluate(() => document.querySelector('body > header')?.getBoundingClientRect().height ?? 0);
}

/**
 * Schematic-map text smaller than `minPx` as rendered (SVG text scales with the map's box), with
 * closed <details> opened first so folded maps are measured too.
 */
export function smallMapText(page: Page, minPx = 12): Promise<string[]> {
  return page.evaluate((min) => {
    for (const details of document.querySelectorAll('details:has(.schematic-map)')) (details as HTMLDetailsElement).open = true;
    const problems: string[] = [];
    for (const text of document.querySelectorAll<SVGTextElement>('svg.schematic-map text')) {
      const scale = text.getScreenCTM()?.a ?? 1;
      const size = parseFloat(getComputedStyle(text).fontSize) * scale;
      if (size < min - 0.01) problems.push(`map text ${size.toFixed(1)}px < ${min}px: "${text.textContent}"`);
    }
    return problems;
  }, minPx);
}
