/**
 * Keyboard gate: Tab through a page as a keyboard user does. Every interactive control must be
 * reached, every focused element must be visible, and focus must show: the element's computed
 * outline / box-shadow / border / background / text decoration differ between focused and not.
 */
import type { Page } from 'playwright-core';

interface FocusStop {
  /** Short description: tag#id.class "text". */
  element: string;
  visible: boolean;
  /** Which computed properties changed with focus ('' when none: no visible indicator). */
  indicator: string;
}

interface KeyboardReport {
  stops: FocusStop[];
  /** Interactive controls that Tab never reached. */
  unreachable: string[];
  /** Human-readable problems (empty = passes). */
  problems: string[];
}

/** Computed properties that can show focus. */
const FOCUS_PROPS = ['outline-style', 'outline-width', 'outline-color', 'outline-offset', 'box-shadow', 'border-top-color', 'border-bottom-color', 'border-bottom-width', 'background-color', 'color', 'text-decoration-line', 'text-decoration-thickness'];

/** Marks the controls a keyboard user must be able to reach; returns how many. Runs in the page. */
function markControls(FOCUS_PROPS: string[]): number {
  const selector = [
    'a[href]',
    'area[href]',
    'button',
    'input:not([type=hidden])',
    'select',
    'textarea',
    'summary',
    'iframe',
    'audio[controls]',
    'video[controls]',
    '[contenteditable]:not([contenteditable=false])',
    '[tabindex]',
  ].join(',');
  const w = window as unknown as { __kbControls: Element[]; __kbBaseline: Map<Element, Record<string, string>> };
  w.__kbControls = [...document.querySelectorAll(selector)].filter((el) => {
    const html = el as HTMLElement;
    if ((html as HTMLButtonElement).disabled) return false;
    if (html.getAttribute('tabindex') === '-1' && !html.matches('a[href],button,input,select,textarea,summary')) return false;
    if (html.closest('[inert]')) return false;
    // A deliberate duplicate (aria-hidden, out of the tab order) is not a control of its own.
    if (html.closest('[aria-hidden="true"]') && html.getAttribute('tabindex') === '-1') return false;
    // Rendered and not hidden: display:none, hidden, visibility:hidden, closed <details> all drop out.
    if (!html.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions)) return false;
    if (html.tagName === 'SUMMARY' && html.parentElement?.tagName !== 'DETAILS') return false;
    const details = html.closest('details:not([open])');
    if (details && html.tagName !== 'SUMMARY') return false;
    return true;
  });
  // How each control looks without focus (nothing has focus yet), to compare with how it looks focused.
  w.__kbBaseline = new Map();
  for (const el of w.__kbControls) {
    const style = getComputedStyle(el);
    w.__kbBaseline.set(el, Object.fromEntries(FOCUS_PROPS.map((p) => [p, style.getPropertyValue(p)])));
  }
  return w.__kbControls.length;
}

/**
 * Installed in the page: on each focusin, inspects the newly focused element (is it visible, and what
 * differs from how it looked without focus, recorded before tabbing; for controls added since, blur
 * and re-focus it) and records the stop, so Tab can be pressed in bursts without a round trip each.
 * A focused element is scrolled into view as the browser does after focus, before it is measured
 * (Chromium scrolls only once the focus events have run). Focus back on the first stop ends the tour.
 */
function recordFocusStops(PROPS: string[]): void {
  type Stop = { element: string; visible: boolean; indicator: string; index: number };
  const w = window as unknown as { __kbControls: Element[]; __kbBaseline: Map<Element, Record<string, string>>; __kbStops: Stop[]; __kbDone: boolean };
  w.__kbStops = [];
  w.__kbDone = false;
  let first: Element | undefined;
  let inspecting = false;
  const read = (el: Element) => {
    const style = getComputedStyle(el);
    return Object.fromEntries(PROPS.map((p) => [p, style.getPropertyValue(p)]));
  };
  const transparent = (color: string) => color === 'transparent' || /rgba\(.*,\s*0\)$/.test(color);
  const outlineShows = (s: Record<string, string>) => s['outline-style'] !== 'none' && parseFloat(s['outline-width']) > 0 && !transparent(s['outline-color']);
  document.addEventListener('focusin', (event) => {
    const el = event.target;
    // SVG links (the schematic maps' markers) take focus too.
    if (inspecting || w.__kbDone || !(el instanceof HTMLElement || el instanceof SVGElement)) return;
    if (first === el) {
      w.__kbDone = true;
      return;
    }
    first ??= el;
    inspecting = true;
    try {
      const text = (el.getAttribute('aria-label') ?? el.textContent ?? (el as HTMLInputElement).value ?? '').trim().replace(/\s+/g, ' ').slice(0, 30);
      const element = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${(el as HTMLAnchorElement).href ? `[href=${el.getAttribute('href')}]` : ''} "${text}"`;
      el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      const focused = read(el);
      const rect = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      const clipped = style.clip === 'rect(0px, 0px, 0px, 0px)' || /inset\(50%\)/.test(style.clipPath);
      const visible =
        el.checkVisibility({ visibilityProperty: true, opacityProperty: true } as CheckVisibilityOptions) &&
        rect.width >= 2 &&
        rect.height >= 2 &&
        !clipped &&
        rect.bottom > 0 &&
        rect.right > 0 &&
        rect.top < innerHeight &&
        rect.left < innerWidth;
      let unfocused = w.__kbBaseline.get(el);
      if (!unfocused) {
        el.blur();
        unfocused = read(el);
        el.focus({ preventScroll: true });
      }
      const changed: string[] = [];
      if (outlineShows(focused) && (!outlineShows(unfocused) || focused['outline-color'] !== unfocused['outline-color'] || focused['outline-width'] !== unfocused['outline-width']))
        changed.push('outline');
      for (const p of PROPS.filter((p) => !p.startsWith('outline'))) if (focused[p] !== unfocused[p]) changed.push(p);
      w.__kbStops.push({ element, visible, indicator: changed.join(' '), index: w.__kbControls.indexOf(el) });
    } finally {
      inspecting = false;
    }
  });
}

/** The stops recorded since the last call, and whether the tour has come round to its start. */
function takeFocusStops(): { stops: Array<{ element: string; visible: boolean; indicator: string; index: number }>; done: boolean } {
  const w = window as unknown as { __kbStops: Array<{ element: string; visible: boolean; indicator: string; index: number }>; __kbDone: boolean };
  return { stops: w.__kbStops.splice(0), done: w.__kbDone };
}

function unreachedControls(reached: number[]): string[] {
  const w = window as unknown as { __kbControls: Element[] };
  const seen = new Set(reached);
  const radioGroupsReached = new Set(
    w.__kbControls.filter((el, i) => seen.has(i) && (el as HTMLInputElement).type === 'radio').map((el) => (el as HTMLInputElement).name),
  );
  return w.__kbControls
    .filter((el, i) => !seen.has(i) && !((el as HTMLInputElement).type === 'radio' && radioGroupsReached.has((el as HTMLInputElement).name)))
    .map((el) => {
      const html = el as HTMLElement;
      return `${html.tagName.toLowerCase()}${html.id ? `#${html.id}` : ''}${html.getAttribute('href') ? `[href=${html.getAttribute('href')}]` : ''} "${(html.textContent ?? '').trim().slice(0, 30)}"`;
    });
}

/** Tab presses between two looks at the recorded stops. */
const BURST = 24;

/** Tabs from the top of the page round to its start (or maxTabs) and checks every stop. */
export async function tabThrough(page: Page, maxTabs = 800): Promise<KeyboardReport> {
  // Under tsx (esbuild keepNames) the functions below call a __name helper that pages lack.
  await page.evaluate('globalThis.__name ??= (f) => f');
  const total = await page.evaluate(markControls, FOCUS_PROPS);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.evaluate(recordFocusStops, FOCUS_PROPS);
  const stops: FocusStop[] = [];
  const reached: number[] = [];
  const problems: string[] = [];
  let pressed = 0;
  let done = false;
  let idleBursts = 0;
  while (!done && pressed < maxTabs) {
    // Sent without waiting for each other: Chromium handles a target's input events in order, and the
    // focusin handler records every stop as it happens, so only the round trips are saved (3× faster).
    await Promise.all(Array.from({ length: BURST }, () => page.keyboard.press('Tab')));
    pressed += BURST;
    const taken = await page.evaluate(takeFocusStops);
    done = taken.done;
    // Focus that left the page and never came back: nothing more to reach.
    idleBursts = taken.stops.length === 0 ? idleBursts + 1 : 0;
    if (idleBursts >= 2) done = true;
    for (const stop of taken.stops) {
      stops.push({ element: stop.element, visible: stop.visible, indicator: stop.indicator });
      if (stop.index >= 0) reached.push(stop.index);
      if (!stop.visible) problems.push(`focused but not visible: ${stop.element}`);
      if (!stop.indicator) problems.push(`no visible focus indicator: ${stop.element}`);
    }
  }
  if (!done) problems.push(`still tabbing after ${maxTabs} stops (focus trap?)`);
  const unreachable = await page.evaluate(unreachedControls, reached);
  for (const control of unreachable) problems.push(`not reachable with Tab: ${control}`);
  if (total > 0 && stops.length === 0) problems.push('Tab reaches nothing');
  return { stops, unreachable, problems };
}

/** Presses Tab until the element matching `selector` has focus; false if it never does. */
export async function tabTo(page: Page, selector: string, maxTabs = 100): Promise<boolean> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  for (let i = 0; i < maxTabs; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return true;
  }
  return false;
}
