/** The build publishes a page for every entry in content/ (drafts aside), and nothing more or less per collection. */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import { COLLECTIONS } from '../../src/schemas/index.ts';
import { DIST, ROOT } from '../../tools/paths.ts';

const { entries } = checkContent(ROOT);
const published = entries.filter((entry) => !(entry.collection === 'cases' && entry.data.draft));

describe('a page for every entry', () => {
  it.each(COLLECTIONS)('%s', (collection) => {
    const ids = published.filter((e) => e.collection === collection).map((e) => e.id).sort();
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(existsSync(join(DIST, collection, id, 'index.html')), `${collection}/${id}`).toBe(true);
    // Entry pages are the folders holding an index.html, apart from the listing's own sub-pages.
    const built = readdirSync(join(DIST, collection), { withFileTypes: true })
      .filter((d) => d.isDirectory() && !['region', 'kind', 'plan'].includes(d.name) && existsSync(join(DIST, collection, d.name, 'index.html')))
      .map((d) => d.name)
      .sort();
    expect(built).toEqual(ids);
  });
});
