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
import { PLACES_ON_REGION_PAGE, PLACES_PER_PAGE, ROUTES_ON_REGION_PAGE, ROUTES_PER_PAGE } from '../../src/lib/site/listing-limits.ts';
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
    // A hub with too many entries to list one by one sends each region's reader to a page of the region.
    const hubs = [
      { collection: 'sites', limit: PLACES_PER_PAGE, regionHref: (region: string) => `/sites/region/${region}/` },
      { collection: 'routes', limit: ROUTES_PER_PAGE, regionHref: (region: string) => `/routes/region/${region}/` },
    ];
    for (const { collection, limit, regionHref } of hubs) {
      const entries = corpus.entries.filter((e) => e.collection === collection);
      if (entries.length <= limit) continue;
      const hub = readFileSync(join(dist, collection, 'index.html'), 'utf8');
      for (const region of new Set(entries.map((e) => e.data.region as string))) expect(hub).toContain(`href="${regionHref(region)}"`);
      expect(entries.filter((e) => hub.includes(`href="/${collection}/${e.id}/"`)).map((e) => e.id), `/${collection}/ lists no entry`).toEqual([]);
    }
    // A region's page shows a bounded number of routes and names a bounded number of each type of place.
    for (const region of corpus.entries.filter((e) => e.collection === 'regions')) {
      const html = readFileSync(join(dist, 'regions', region.id, 'index.html'), 'utf8');
      const routes = corpus.entries.filter((e) => e.collection === 'routes' && e.data.region === region.id).length;
      expect(html.split('data-trip-summary').length - 1, `/regions/${region.id}/ routes`).toBe(Math.min(routes, ROUTES_ON_REGION_PAGE));
      if (routes > ROUTES_ON_REGION_PAGE) expect(html).toContain(`href="/routes/region/${region.id}/"`);
      for (const collection of ['sites', 'workstations', 'service-points']) {
        const section = html.split(`data-region-places="${collection}"`)[1].split('</section>')[0];
        const named = section.match(new RegExp(`href="/${collection}/(?!region/)[^/"]+/"`, 'g')) ?? [];
        expect(named.length, `/regions/${region.id}/ ${collection}`).toBeLessThanOrEqual(PLACES_ON_REGION_PAGE);
      }
    }
  });
});
