import { describe, expect, it } from 'vitest';
import { relatedCases, type Relatable } from '../../src/lib/site/related.ts';

const entry = (id: string, region: string, topics: string[], date: string, places: string[] = []): Relatable => ({ id, data: { region, topics, places, date: new Date(date) } });

describe('relatedCases', () => {
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
    expect(relatedCases(self, all, 10).map((e) => e.id)).toEqual(['two-topics', 'one-topic-new', 'one-topic-old', 'place-and-region', 'same-region-only']);
  });

  it('keeps only the best few', () => {
    expect(relatedCases(self, all, 2).map((e) => e.id)).toEqual(['two-topics', 'one-topic-new']);
  });

  it('keeps the earlier entry on an exact tie, whatever the order it is given in', () => {
    const twins = [entry('first', 'lingao', ['a'], '2022-01-01'), entry('second', 'lingao', ['a'], '2022-01-01')];
    expect(relatedCases(self, twins, 1).map((e) => e.id)).toEqual(['first']);
    expect(relatedCases(self, [...twins].reverse(), 1).map((e) => e.id)).toEqual(['second']);
  });
});
