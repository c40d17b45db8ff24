/**
 * Exact before partial. Pagefind 1.6 matches a Chinese query character by character, so a search for
 * 网格员 also returns pages that only have 网格 and 成员. The search page asks Pagefind twice — once
 * for the characters, once for each term as an exact phrase — and shows pages that contain every term
 * as typed first, then, apart and labelled, the pages that only contain its characters.
 *
 * The phrase hits are ordered by how often the phrase occurs, and shown first, before the slower
 * characters query has even run. The phrase search is a hint for which pages to load first; the verdict comes from each loaded page's
 * text (Pagefind's phrase search misses a few pages whose words it segmented differently, e.g.
 * 港产城一体化), so what is shown under "exact" always contains the query.
 */
import { containsAll, foldText } from './query.ts';

/** Results shown as soon as their text has arrived, before the rest are fetched. */
export const FIRST_BATCH = 5;
/** Results shown per query, exact and partial together (and whose data the page asks Pagefind for). */
export const PAGE_SIZE = 20;

/** Pagefind's query for the characters: every term, unquoted. */
export const characterQuery = (terms: string[]) => terms.join(' ');

/** Pagefind's exact-phrase query for one term (Pagefind treats a query wholly in ASCII quotes as exact). */
export const phraseQuery = (term: string) => `"${term}"`;

interface PhraseHit {
  id: string;
  /** Word positions of the phrase's matches in the page (Pagefind's `words`). */
  words: number[];
}

/**
 * Pages that are hits of every phrase, most occurrences first (Pagefind gives every phrase hit the
 * same score). With `keepOrder` (sorting by date) Pagefind's order stays.
 */
export function orderExact(phrases: PhraseHit[][], keepOrder = false): string[] {
  if (phrases.length === 0) return [];
  const counts = new Map(phrases[0].map((hit) => [hit.id, hit.words.length]));
  for (const hits of phrases.slice(1)) {
    const here = new Map(hits.map((hit) => [hit.id, hit.words.length]));
    for (const [id, count] of counts) {
      if (here.has(id)) counts.set(id, count + here.get(id)!);
      else counts.delete(id);
    }
  }
  const ids = [...counts.keys()];
  return keepOrder ? ids : ids.sort((a, b) => counts.get(b)! - counts.get(a)!);
}

/** The characters query's results that are not phrase hits, in Pagefind's order: the partial candidates. */
export const partialCandidates = (characterIds: string[], exactIds: string[]) => {
  const exact = new Set(exactIds);
  return characterIds.filter((id) => !exact.has(id));
};

export type MatchKind = 'exact' | 'partial';

/** Exact when the page's text contains every term as typed; otherwise it matched only characters. */
export const matchKind = (content: string, terms: string[]): MatchKind => (containsAll(foldText(content), terms) ? 'exact' : 'partial');

/** Splits loaded results into exact and partial, each keeping the candidates' order. */
export function rankResults<T extends { content: string }>(results: T[], terms: string[]): { exact: T[]; partial: T[] } {
  const exact: T[] = [];
  const partial: T[] = [];
  for (const result of results) (matchKind(result.content, terms) === 'exact' ? exact : partial).push(result);
  return { exact, partial };
}

/** How many pages contain the query, as far as is known: the phrase hits, corrected by every page loaded. */
export function countExact(likelyExact: ReadonlySet<string>, checked: Map<string, MatchKind>): number {
  let count = likelyExact.size;
  for (const [id, kind] of checked) {
    if (kind === 'exact' && !likelyExact.has(id)) count += 1;
    if (kind === 'partial' && likelyExact.has(id)) count -= 1;
  }
  return count;
}

/** The query as the reader typed it, for headings and the status line: 网格员, or 网格、临高. */
export const queryLabel = (terms: string[]) => terms.join('、');

/** While a search runs: names what is being searched, since the previous results stay on screen meanwhile. */
export const searchingStatus = (terms: string[]) => (terms.length > 0 ? `正在搜索“${queryLabel(terms)}”……` : '正在搜索……');

interface SummaryCounts {
  exact: number;
  partial: number;
  shownExact: number;
  byDate: boolean;
}

/** The status line read out after a search: short, as it sits above the first result on a phone. */
export function resultSummary(terms: string[], { exact, partial, shownExact, byDate }: SummaryCounts): string {
  const what = terms.length > 1 ? `同时含“${terms.join('”“')}”的内容` : `含“${queryLabel(terms)}”的内容`;
  if (exact === 0 && partial === 0) return `没有找到${what}。可以换个词，或减少筛选条件。`;
  if (exact === 0) return `没有找到${what}，下面 ${partial} 条只含部分字。`;
  const notes = [byDate && '按日期排列，只含有日期的案例', exact > shownExact && `显示前 ${shownExact} 条`].filter(Boolean);
  return `找到 ${exact} 条${notes.length ? `（${notes.join('，')}）` : ''}${partial > 0 ? `，另有 ${partial} 条只含部分字` : ''}。`;
}

/** The status line for filters without a query. */
export function filterSummary(total: number, shown: number, byDate: boolean): string {
  if (total === 0) return '没有符合筛选条件的内容。可以减少筛选条件。';
  const order = byDate ? '（按日期排列，只含有日期的案例）' : '';
  return `找到 ${total} 条符合筛选条件的内容${order}${total > shown ? `，显示前 ${shown} 条` : ''}。`;
}
