/** Accessibility gate: axe-core with the WCAG 2.0/2.1/2.2 A and AA rules. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface A11yViolation {
  rule: string;
  impact: string;
  help: string;
  /** CSS selectors of the failing elements (at most 5) and axe's summary for the first. */
  targets: string[];
  summary: string;
}

/** Runs axe on the page as it is now; returns the violations (empty = passes). */
export async function checkA11y(page: Page): Promise<A11yViolation[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map((v) => ({
    rule: v.id,
    impact: v.impact ?? '',
    help: v.help,
    targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
    summary: (v.nodes[0]?.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 300),
  }));
}

export function formatViolations(where: string, violations: A11yViolation[]): string {
  return violations
    .map((v) => `${where}: [${v.rule}, ${v.impact}] ${v.help}\n    at ${v.targets.join(' | ')}\n    ${v.summary}`)
    .join('\n');
}
