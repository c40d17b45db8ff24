/**
 * Excerpts that read like Chinese: they start where a clause starts (after 。！？；，、, at a new
 * paragraph or heading, or at the start of the text), end at a sentence end or with “……”, and mark
 * whole words — the typed term, never its characters one by one.
 *
 * Works on Pagefind's plain page text (`content`), in which Pagefind separates a heading from what
 * follows with ". "; that separator becomes “。” (or disappears after punctuation).
 */
import { fold, type Folded } from './query.ts';

export interface Segment {
  text: string;
  mark: boolean;
}

/** After these a clause starts. */
const CLAUSE_END = new Set(['。', '！', '？', '；', '，', '、', '!', '?', ';', ',']);
/** An excerpt may end right after these without “……” (a closing quote or bracket only after one of them). */
const SENTENCE_END = new Set(['。', '！', '？', '!', '?']);
const CLOSING = new Set(['”', '’', '）', ')', '」', '』']);
const endsSentence = (source: string, i: number) => SENTENCE_END.has(source[i]) || (CLOSING.has(source[i]) && SENTENCE_END.has(source[i - 1]));
/** Punctuation dropped before an added “……” (“如下，……” reads wrong). */
const TRAILING = /[，、；：,;:\s]+$/u;
/** Pagefind's separator between a heading (or other block) and the next. */
const BLOCK = /\. (?=\S|$)/g;
/** A clause longer than this before the match is cut, with “……” in front. */
const MAX_LEAD = 48;

interface ExcerptOptions {
  /** The page title: when the text begins with it, the excerpt prefers a match after it. */
  title?: string;
  /** Characters to aim for (the excerpt grows to keep a whole match, and ends at a sentence end when one is near). */
  length?: number;
}

interface Span {
  start: number;
  end: number;
}

/** Every occurrence of each term in the folded text, as source indexes. */
function occurrences(folded: Folded, source: string, terms: string[]): Span[] {
  const spans: Span[] = [];
  for (const term of terms) {
    for (let at = folded.text.indexOf(term); at >= 0; at = folded.text.indexOf(term, at + term.length)) {
      const last = folded.origin[at + term.length - 1];
      spans.push({ start: folded.origin[at], end: last + (source.codePointAt(last)! > 0xffff ? 2 : 1) });
    }
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  // Overlapping marks (党建 inside 党建服务圈) become one.
  const merged: Span[] = [];
  for (const span of spans) {
    const previous = merged.at(-1);
    if (previous && span.start <= previous.end) previous.end = Math.max(previous.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/**
 * For a page that lacks a term: the longest pieces of it (two characters or more) that the text has,
 * so 网格员 on a page with 网格 and 成员 marks 网格, not 网, 格 and 员 apart.
 */
export function partialPieces(foldedText: string, terms: string[]): string[] {
  const pieces: string[] = [];
  for (const term of terms) {
    const chars = [...term];
    if (foldedText.includes(term)) {
      pieces.push(term);
      continue;
    }
    let i = 0;
    while (i < chars.length) {
      let found = 0;
      for (let length = chars.length - i; length >= 2; length--) {
        if (foldedText.includes(chars.slice(i, i + length).join(''))) {
          found = length;
          break;
        }
      }
      if (found) pieces.push(chars.slice(i, i + found).join(''));
      i += found || 1;
    }
  }
  return [...new Set(pieces)];
}

/** Where the clause holding `at` starts: after the nearest clause end or block separator before it. */
function clauseStart(source: string, at: number, floor: number): number {
  for (let i = at - 1; i >= floor; i--) {
    if (CLAUSE_END.has(source[i])) return skipSpace(source, i + 1);
    if (source[i] === ' ' && source[i - 1] === '.') return skipSpace(source, i + 1);
  }
  return skipSpace(source, floor);
}

/** Past white space and a block separator's dot: a clause starts with a word. */
function skipSpace(source: string, i: number): number {
  while (i < source.length && (/\s/u.test(source[i]) || (source[i] === '.' && source[i + 1] === ' '))) i++;
  return i;
}

/** Where to stop: after the last sentence end within the window that keeps the match, else at the window's end. */
function excerptEnd(source: string, start: number, matchEnd: number, length: number): number {
  const limit = Math.min(source.length, Math.max(start + length, matchEnd + 12));
  for (let i = limit - 1; i >= matchEnd; i--) {
    if (endsSentence(source, i) && i + 1 - start >= length / 2) return i + 1;
  }
  return limit;
}

/** The source text shown: Pagefind's block separators read as Chinese, ASCII dots as “……”. */
function tidy(text: string): string {
  return text
    .replace(/\.{3,}|…+/g, '……')
    .replace(BLOCK, (_match, offset: number, whole: string) => (/[\p{P}]$/u.test(whole.slice(0, offset)) ? '' : '。'))
    // Paragraph breaks are spaces in Pagefind's text; Chinese runs on without them.
    .replace(/(?<=[\p{Script=Han}\p{P}])\s+(?=[\p{Script=Han}\p{P}])/gu, '');
}

/** The excerpt for one page: text segments, the marked ones being whole typed terms (or, on a partial match, whole pieces). */
export function buildExcerpt(content: string, terms: string[], options: ExcerptOptions = {}): Segment[] {
  const length = options.length ?? 60;
  const folded = fold(content);
  const marks = occurrences(folded, content, partialPieces(folded.text, terms));
  // Skip the title at the start of the text: the result shows it already.
  const titleEnd = options.title && content.startsWith(options.title) ? options.title.length : 0;
  const anchor = marks.find((span) => span.start >= titleEnd) ?? marks[0];

  let start: number;
  let lead = '';
  if (!anchor) {
    start = clauseStart(content, titleEnd, titleEnd);
  } else {
    start = clauseStart(content, anchor.start, anchor.start < titleEnd ? 0 : titleEnd);
    if (anchor.start - start > MAX_LEAD) {
      // A very long clause: start a little before the match, saying that text was left out.
      start = anchor.start - 12;
      lead = '……';
    }
  }
  const end = excerptEnd(content, start, anchor?.end ?? start, length);
  const tail = end < content.length && !endsSentence(content, end - 1) ? '……' : '';

  const segments: Segment[] = [];
  const push = (text: string, mark: boolean) => {
    if (text === '') return;
    const previous = segments.at(-1);
    if (previous && previous.mark === mark) previous.text += text;
    else segments.push({ text, mark });
  };
  if (lead) push(lead, false);
  let at = start;
  for (const span of marks) {
    if (span.end <= start || span.start >= end) continue;
    push(tidy(content.slice(at, Math.max(at, span.start))), false);
    push(content.slice(Math.max(span.start, at), Math.min(span.end, end)), true);
    at = Math.min(span.end, end);
  }
  let rest = tidy(content.slice(at, end));
  if (tail) rest = rest.replace(TRAILING, '');
  push(rest, false);
  if (tail) push(tail, false);
  return segments;
}

/** The excerpt as plain text (for tests and screen readers' summaries). */
export const excerptText = (segments: Segment[]) => segments.map((s) => s.text).join('');
