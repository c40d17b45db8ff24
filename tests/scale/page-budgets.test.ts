/**
 * At the scale the site is meant for, no page grows with the whole corpus: the bench's synthetic
 * corpus (SCALE_N entries, default 5,000) built the project's way, then every page against the
 * budgets of tools/budgets.ts (HTML ≤ 50 KB gzip among them). A build of several minutes, so it is
 * its own project: `npm run test:scale` (not part of `npm test`; `npm run bench` checks the same).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/bench/corpus.ts';
import { prepareProjectCopy } from '../../scripts/bench/project-build.ts';
import { loadVocabularies } from '../../src/schemas/vocabularies.ts';
import { checkBudgets, formatBudgetTable, measureSite } from '../../tools/budgets.ts';
import { listPages } from '../../tools/pages.ts';
import { ROOT } from '../../tools/paths.ts';
import { buildProjectOrFail } from '../../tools/project.ts';

const N = Number(process.env.SCALE_N ?? 5000);
const base = mkdtempSync(join(tmpdir(), `scale-${N}-`));
// Removing a copy of 10,000 entries and their built pages takes longer than a hook's default 10 s.
afterAll(() => rmSync(base, { recursive: true, force: true }), 120_000);

describe(`at N = ${N}`, () => {
  it('every built page keeps its budgets', async () => {
    const root = join(base, 'project');
    const corpus = generateCorpus({ n: N, vocabularies: loadVocabularies(ROOT) });
    prepareProjectCopy(root, corpus);
    await buildProjectOrFail(root);
    const dist = join(root, 'dist');
    const weights = measureSite(dist, listPages(dist));
    const heaviest = [...weights].sort((a, b) => b.html - a.html).slice(0, 10);
    console.log(`[scale N=${N}] ${weights.length} pages; heaviest HTML:\n${formatBudgetTable(heaviest)}`);
    expect(checkBudgets(weights).map((p) => `${p.page}: ${p.message}`)).toEqual([]);
    // The sites' hub, too many to list one by one here, sends each region's reader to the region's page.
    const hub = readFileSync(join(dist, 'sites/index.html'), 'utf8');
    const regionsWithSites = new Set(corpus.entries.filter((e) => e.collection === 'sites').map((e) => e.data.region as string));
    for (const region of regionsWithSites) expect(hub).toContain(`href="/regions/${region}/#sites"`);
    expect(hub.match(/href="\/sites\/[^"]+\/"/g) ?? []).toEqual([]);
  });
});
