import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { corpusCounts, entryFile, generateCorpus, writeCorpus } from '../../scripts/bench/corpus.ts';
import { checkContent } from '../../src/lib/content/check.ts';
import { formatReport } from '../../src/lib/content/messages.ts';
import { COLLECTIONS, PLACE_COLLECTIONS } from '../../src/schemas/index.ts';
import { loadVocabularies } from '../../src/schemas/vocabularies.ts';
import { ROOT } from '../../tools/paths.ts';

/** The benchmark's synthetic corpus (npm run bench) must be content the project accepts. No build here. */
const vocabularies = loadVocabularies(ROOT);
const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

describe('bench corpus', () => {
  it('N=40: covers every collection and passes the project content check', () => {
    const root = mkdtempSync(join(tmpdir(), 'bench-corpus-'));
    roots.push(root);
    writeCorpus(generateCorpus({ n: 40, vocabularies }), root, ROOT);
    const { problems, entries } = checkContent(root);
    expect(problems, formatReport(problems)).toEqual([]);
    expect(entries).toHaveLength(40);
    for (const collection of COLLECTIONS) expect(entries.some((e) => e.collection === collection), collection).toBe(true);

    // References resolve (the check verifies these too; spelled out so a regression names the culprit).
    const regions = new Map(entries.filter((e) => e.collection === 'regions').map((e) => [e.id, e.data]));
    const places = new Map(entries.filter((e) => (PLACE_COLLECTIONS as readonly string[]).includes(e.collection)).map((e) => [e.id, e]));
    const sources = new Set(entries.filter((e) => e.collection === 'sources').map((e) => e.id));
    for (const entry of entries) {
      if (entry.collection === 'sources') continue;
      for (const id of entry.data.sources) expect(sources.has(id), `${entry.file} → ${id}`).toBe(true);
      if (entry.collection === 'regions') {
        expect(entry.data.towns.length).toBeGreaterThan(0);
        expect(entry.data.towns.every((t: { communities: unknown[] }) => t.communities.length > 0)).toBe(true);
        continue;
      }
      const region = regions.get(entry.data.region);
      expect(region, `${entry.file} region`).toBeDefined();
      if (entry.data.town) {
        const town = region!.towns.find((t: { id: string }) => t.id === entry.data.town);
        expect(town, `${entry.file} town`).toBeDefined();
        if (entry.data.community) expect(town.communities.map((c: { id: string }) => c.id)).toContain(entry.data.community);
      }
      if (entry.collection === 'cases') {
        for (const id of entry.data.places) expect(places.has(id), `${entry.file} → ${id}`).toBe(true);
        for (const [, id] of entry.body.matchAll(/<PlaceCard id="([^"]+)"/g)) expect(entry.data.places).toContain(id);
      }
      if (entry.collection === 'routes') {
        expect(entry.data.stops.length).toBeGreaterThanOrEqual(2);
        entry.data.stops.forEach((stop: { place: string }, i: number) => {
          expect(places.get(stop.place)?.data.location, `${entry.file} stop ${stop.place}`).toBeDefined();
          if (i > 0) expect(stop.place).not.toBe(entry.data.stops[i - 1].place);
        });
      }
    }
    expect(entries.filter((e) => e.collection === 'cases').some((e) => e.data.places.length > 0)).toBe(true);
    expect(entries.some((e) => e.body.includes('<PlaceCard'))).toBe(true);
  }, 60_000);

  it('is the same corpus for the same N and seed, and a different one for another seed', () => {
    const files = (seed: number) => generateCorpus({ n: 40, seed, vocabularies }).entries.map(entryFile);
    expect(files(1)).toEqual(files(1));
    expect(files(2)).not.toEqual(files(1));
  });

  it('spreads N over all collections for the sizes the benchmark runs', () => {
    for (const n of [40, 500, 2000, 5000, 10_000]) {
      const counts = corpusCounts(n);
      expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(n);
      expect(Object.values(counts).every((k) => k > 0)).toBe(true);
      expect(counts.cases).toBeGreaterThan(counts.sites);
    }
    expect(() => corpusCounts(5)).toThrow(RangeError);
  });

  it('never dates a change before the publication at the largest size (the check rejects it; N=40 is too small to show it)', () => {
    const cases = generateCorpus({ n: 10_000, vocabularies }).entries.filter((e) => e.collection === 'cases');
    const backwards = cases.filter(({ data }) => data.updated !== undefined && String(data.updated) <= String(data.published));
    expect(cases.filter(({ data }) => data.updated !== undefined).length).toBeGreaterThan(100);
    expect(backwards.map((e) => e.id)).toEqual([]);
  });
});
