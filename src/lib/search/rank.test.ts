import { describe, expect, it } from 'vitest';
import { countExact, matchKind, orderExact, partialCandidates, rankResults, resultSummary, searchingStatus } from './rank.ts';
import { parseQuery } from './query.ts';

const page = (id: string, content: string) => ({ id, content });

describe('exact before partial', () => {
  it('puts pages with the typed word before pages that only have its characters (网格员 before 成员)', () => {
    // Pagefind's order for the characters 网 格 员: the page with many of them first.
    const pagefindOrder = [
      page('members', '社区网格化管理，党员和居民小组成员一起巡查，网格里的成员分工明确。'),
      page('gridworker', '每个网格配一名网格员。'),
      page('both', '网格员和小组成员。'),
    ];
    const { terms } = parseQuery('网格员');
    const { exact, partial } = rankResults(pagefindOrder, terms);
    expect(exact.map((p) => p.id)).toEqual(['gridworker', 'both']);
    expect(partial.map((p) => p.id)).toEqual(['members']);
  });

  it('keeps Pagefind order within each group', () => {
    const results = [page('a', '网格员甲'), page('b', '网 格'), page('c', '网格员乙'), page('d', '格网员')];
    const { exact, partial } = rankResults(results, ['网格员']);
    expect(exact.map((p) => p.id)).toEqual(['a', 'c']);
    expect(partial.map((p) => p.id)).toEqual(['b', 'd']);
  });

  it('a multi-word query is exact only when every word is there as typed', () => {
    const { terms } = parseQuery('文城镇　网格员');
    expect(terms).toEqual(['文城镇', '网格员']);
    expect(matchKind('文城镇有56个网格，每格一名网格员。', terms)).toBe('exact');
    expect(matchKind('文城镇有56个网格。', terms)).toBe('partial');
  });

  it('compares full-width letters, digits and spaces with their half-width forms', () => {
    expect(matchKind('打造“１０分钟”党建服务圈', parseQuery('"10分钟"').terms)).toBe('exact');
    expect(matchKind('打造“10分钟”党建服务圈', parseQuery('１０分钟').terms)).toBe('exact');
    expect(matchKind('ABC 小区', parseQuery('abc').terms)).toBe('exact');
  });

  it('orders the phrase hits by how often the phrase occurs; a page must be a hit of every phrase', () => {
    const hits = (pairs: Array<[string, number]>) => pairs.map(([id, n]) => ({ id, words: Array.from({ length: n }, (_, i) => i) }));
    expect(orderExact([hits([['once', 3], ['often', 9], ['twice', 6]])])).toEqual(['often', 'twice', 'once']);
    expect(orderExact([hits([['a', 2], ['b', 2], ['c', 8]]), hits([['b', 2], ['c', 2]])])).toEqual(['c', 'b']);
    // Sorted by date: Pagefind's order stays.
    expect(orderExact([hits([['old', 2], ['new', 9]])], true)).toEqual(['old', 'new']);
    expect(orderExact([])).toEqual([]);
  });

  it('partial candidates are the characters results that are not phrase hits, in Pagefind order', () => {
    expect(partialCandidates(['members', 'gridworker', 'other', 'both'], ['both', 'gridworker'])).toEqual(['members', 'other']);
  });

  it('counts exact pages from the phrase hits, corrected by the pages whose text was checked', () => {
    const checked = new Map([
      ['a', 'exact' as const],
      ['b', 'partial' as const],
      ['c', 'exact' as const],
    ]);
    // a and b were phrase hits; b turned out not to contain it, c (a phrase miss) does.
    expect(countExact(new Set(['a', 'b', 'd']), checked)).toBe(3);
  });
});

describe('parseQuery', () => {
  it('reads quotes of every kind as one phrase and commas or spaces as word breaks', () => {
    expect(parseQuery('“党建服务圈”')).toEqual({ terms: ['党建服务圈'], quoted: true });
    expect(parseQuery('「海上之家」 临高')).toEqual({ terms: ['海上之家', '临高'], quoted: true });
    expect(parseQuery('网格，临高、人才')).toEqual({ terms: ['网格', '临高', '人才'], quoted: false });
    expect(parseQuery('  ').terms).toEqual([]);
    expect(parseQuery('。').terms).toEqual([]);
  });
});

describe('resultSummary', () => {
  it('says how many contain the query and how many only its characters, briefly', () => {
    expect(resultSummary(['网格员'], { exact: 10, partial: 2, shownExact: 10, byDate: false })).toBe('找到 10 条，另有 2 条只含部分字。');
    expect(resultSummary(['网格员'], { exact: 10, partial: 0, shownExact: 10, byDate: false })).toBe('找到 10 条。');
    expect(resultSummary(['网格员'], { exact: 0, partial: 3, shownExact: 0, byDate: false })).toBe('没有找到含“网格员”的内容，下面 3 条只含部分字。');
    expect(resultSummary(['网格', '临高'], { exact: 25, partial: 0, shownExact: 20, byDate: true })).toBe('找到 25 条（按日期排列，只含有日期的案例，显示前 20 条）。');
    expect(resultSummary(['网格', '临高'], { exact: 0, partial: 0, shownExact: 0, byDate: false })).toBe('没有找到同时含“网格”“临高”的内容。可以换个词，或减少筛选条件。');
  });
});

describe('searchingStatus', () => {
  it('names the query being searched (the previous results stay on screen meanwhile), or none when only filters changed', () => {
    expect(searchingStatus(['候鸟人才'])).toBe('正在搜索“候鸟人才”……');
    expect(searchingStatus(['网格', '临高'])).toBe('正在搜索“网格、临高”……');
    expect(searchingStatus([])).toBe('正在搜索……');
  });
});
