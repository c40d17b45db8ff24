/**
 * Page weight report: per page, the HTML, CSS and JS it ships in gzip-compressed bytes, and the
 * budgets (tools/budgets.ts). Usage: `npx tsx scripts/budgets.ts [dist]` after a build.
 * Exits 1 when a budget is exceeded, printing the page and the figure.
 */
import { resolve } from 'node:path';
import { checkBudgets, formatAdminWeight, formatBudgetTable, measureAdmin, measureSite } from '../tools/budgets.ts';
import { listPages } from '../tools/pages.ts';

const dist = resolve(process.argv[2] ?? 'dist');
const weights = measureSite(dist, listPages(dist));
console.log(formatBudgetTable(weights));
const admin = measureAdmin(dist);
if (admin) console.log(`\n${formatAdminWeight(admin)}`);
const problems = checkBudgets(weights);
if (problems.length > 0) {
  console.error(`\n${problems.length} budget problem(s):\n${problems.map((p) => `  ${p.page}: ${p.message}`).join('\n')}`);
  process.exit(1);
}
console.log('\nAll budgets kept.');
