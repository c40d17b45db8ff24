/**
 * Budgets gate: per page HTML/CSS/JS gzip sizes (the table is printed; same as
 * `npx tsx scripts/budgets.ts`). CSS ≤ 15 KB, JS ≤ 30 KB per page (Pagefind aside), and content
 * pages ship no JS but the elder-mode script and the open-now script.
 */
import { describe, expect, it } from 'vitest';
import { checkBudgets, formatBudgetTable, LIMITS, measureSite, sharedCss } from '../../tools/budgets.ts';
import { listPages } from '../../tools/pages.ts';
import { DIST } from '../../tools/paths.ts';

describe('budgets', () => {
  const weights = measureSite(DIST, listPages(DIST));

  it('every page keeps its budgets', () => {
    console.log(`[budgets]\n${formatBudgetTable(weights)}`);
    const problems = checkBudgets(weights);
    expect(problems.map((p) => `${p.page}: ${p.message}`)).toEqual([]);
  });

  it('the shared CSS is at most 15 KB gzip', () => {
    const shared = sharedCss(weights);
    expect(shared.length, 'every page links the shared stylesheet').toBeGreaterThan(0);
    expect(shared.reduce((t, f) => t + f.gzip, 0)).toBeLessThanOrEqual(LIMITS.css);
  });
});
