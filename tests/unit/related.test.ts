import { describe, expect, it } from 'vitest';
import { relatedByEntry, type Relatable } from '../../src/lib/site/related.ts';

/** The score as related.ts defines it, pair by pair: the oracle for the indexed version. */
function relatedness(a: Relatable, b: Relatable): number {
  const shared = (x: string[] = [], y: string[] = []) => x.filter((item) => y.includes(item)).length;
  return shared(a.data.topics, b.data.topics) * 3 + shared(a.data.places, b.data.places) * 2 + (a.data.region === b.data.region ? 1 : 0);
}

const entry = (id: string, region: string, topics: string[], date: string, places: string[] = []): Relatable => ({ id, data: { region, topics, places, date: new Date(date) } });
const relatedIds = (all: Relatable[], id: string, limit: number) => relatedByEntry(all, limit).get(id)!.map((e) => e.id);

describe('related cases', () => {
  const self = entry('self', 'wenchang', ['a', 'b'], '2024-01-01', ['p']);
  const all = [
    self,
    entry('same-region-only', 'wenchang', [], '2025-06-01'),
    entry('unrelated', 'lingao', ['z'], '2026-01-01'),
    entry('one-topic-old', 'lingao', ['a'], '2020-01-01'),
    entry('one-topic-new', 'lingao', ['b'], '2023-01-01'),
    entry('two-topics', 'lingao', ['a', 'b'], '2019-01-01'),
    entry('place-and-region', 'wenchang', [], '2018-01-01', ['p']),
  ];

  it('ranks shared topics over shared places over the same region, newer first on equal scores, never itself or the unrelated', () => {
    expect(relatedIds(all, 'self', 10)).toEqual(['two-topics', 'one-topic-new', 'one-topic-old', 'place-and-region', 'same-region-only']);
  });

  it('keeps only the best few', () => {
    expect(relatedIds(all, 'self', 2)).toEqual(['two-topics', 'one-topic-new']);
  });

  it('fills the last places with the region’s newest when few share a topic or place', () => {
    const lonely = entry('lonely', 'wenchang', ['q'], '2024-01-01');
    const region = [entry('old', 'wenchang', [], '2010-01-01'), entry('new', 'wenchang', [], '2022-01-01'), entry('far', 'lingao', [], '2026-01-01')];
    const sharer = entry('sharer', 'lingao', ['q'], '2000-01-01');
    expect(relatedIds([lonely, ...region, sharer], 'lonely', 3)).toEqual(['sharer', 'new', 'old']);
  });

  it('keeps the entry listed first on an exact tie', () => {
    const twins = [entry('first', 'lingao', ['a'], '2022-01-01'), entry('second', 'lingao', ['a'], '2022-01-01')];
    expect(relatedIds([self, ...twins], 'self', 1)).toEqual(['first']);
    expect(relatedIds([self, ...twins.reverse()], 'self', 1)).toEqual(['second']);
  });

  it('gives, for every entry of a large random corpus, exactly what ranking all others by relatedness gives', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const pick = (prefix: string, kinds: number, most: number) => Array.from({ length: Math.floor(random() * (most + 1)) }, () => `${prefix}${Math.floor(random() * kinds)}`);
    const corpus = Array.from({ length: 400 }, (_, i) =>
      entry(`e${i}`, `r${Math.floor(random() * 5)}`, pick('t', 12, 3), `20${10 + Math.floor(random() * 6)}-0${1 + Math.floor(random() * 3)}-01`, pick('p', 30, 2)),
    );
    const related = relatedByEntry(corpus, 3);
    for (const [at, one] of corpus.entries()) {
      const expected = corpus
        .map((other, index) => ({ other, index, score: relatedness(one, other) }))
        .filter(({ other, score }) => other !== one && score > 0)
        .sort((a, b) => b.score - a.score || b.other.data.date!.getTime() - a.other.data.date!.getTime() || a.index - b.index)
        .slice(0, 3)
        .map(({ other }) => other.id);
      expect(related.get(one.id)!.map((e) => e.id), `e${at}`).toEqual(expected);
    }
  });
});
