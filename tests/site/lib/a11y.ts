/**
 * Accessibility gate: axe-core with the WCAG 2.0/2.1/2.2 A and AA rules.
 *
 * checkA11y injects axe-core once per loaded document and runs it as often as needed (the gate runs it
 * at two widths per load). @axe-core/playwright's AxeBuilder re-injects its 600 KB copy of axe and
 * opens a helper page on every analyze(), which made the all-pages gate 3–5 times slower; it is the
 * same axe-core (the version @axe-core/playwright depends on), with the same tags, and
 * checkA11yWithAxeBuilder is kept so a test can show the two agree.
 */
import AxeBuilder from '@axe-core/playwright';
import axe from 'axe-core';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface A11yViolation {
  rule: string;
  impact: string;
  help: string;
  /** CSS selectors of the failing elements (at most 5) and axe's explanation for the first. */
  targets: string[];
  summary: string;
}

interface AxeViolation {
  id: string;
  impact?: string | null;
  help: string;
  nodes: Array<{ target: unknown[]; failureSummary?: string }>;
}

function simplify(violations: AxeViolation[]): A11yViolation[] {
  return violations.map((v) => ({
    rule: v.id,
    impact: v.impact ?? '',
    help: v.help,
    targets: v.nodes.slice(0, 5).map((n) => n.target.map(String).join(' ')),
    summary: (v.nodes[0]?.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 300),
  }));
}

/** axe-core's own file, for servers that offer it to pages (see AXE_PATH). */
export const AXE_FILE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
/** Where the a11y gate's static server offers AXE_FILE. */
export const AXE_PATH = '/__gates__/axe.min.js';

/**
 * Runs axe on the page as it is now (current viewport, current DOM); empty = passes. With `axeUrl`
 * (same origin, cacheable), axe is loaded as a <script src> — cached and compiled once by Chromium —
 * instead of evaluating its source on every page.
 */
export async function checkA11y(page: Page, options: { axeUrl?: string } = {}): Promise<A11yViolation[]> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object');
  if (!loaded) {
    if (options.axeUrl) await page.addScriptTag({ url: options.axeUrl });
    else await page.evaluate(axe.source);
  }
  const violations = await page.evaluate(
    (tags) =>
      (window as unknown as { axe: typeof axe }).axe
        .run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
        .then((results) => JSON.parse(JSON.stringify(results.violations))),
    WCAG_TAGS,
  );
  return simplify(violations as AxeViolation[]);
}

/** The same check through @axe-core/playwright (slower; used to cross-check checkA11y). */
export async function checkA11yWithAxeBuilder(page: Page): Promise<A11yViolation[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return simplify(results.violations as AxeViolation[]);
}

export function formatViolations(where: string, violations: A11yViolation[]): string {
  return violations
    .map((v) => `${where}: [${v.rule}, ${v.impact}] ${v.help}\n    at ${v.targets.join(' | ')}\n    ${v.summary}`)
    .join('\n');
}
