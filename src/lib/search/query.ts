/**
 * What a reader's query means, and text folded so that it compares the way a reader reads: full-width
 * letters, digits and spaces equal their half-width forms (NFKC), case does not matter, and any run
 * of white space (including the ideographic space U+3000) is one space.
 *
 * Shared by the search page (ranking, excerpts) and the search-quality tests (which pages should be
 * found), so both agree on what "contains the query" means.
 */

/** Folded text, and for each of its characters the index in the source it came from. */
export interface Folded {
  text: string;
  origin: number[];
}

const SPACE = /\s/u;
/** Characters NFKC and lower-casing leave alone, checked first because page texts are mostly these (speed on slow phones). */
const UNCHANGED = /[\u4e00-\u9fff\u3001-\u3011\u201c\u201d0-9a-z]/u;

/** Folds text character by character, keeping the way back to the source (for excerpts and marks). */
export function fold(source: string): Folded {
  let text = '';
  const origin: number[] = [];
  let index = 0;
  for (const char of source) {
    if (SPACE.test(char)) {
      if (text !== '' && !text.endsWith(' ')) {
        text += ' ';
        origin.push(index);
      }
    } else if (UNCHANGED.test(char)) {
      text += char;
      origin.push(index);
    } else {
      for (const out of char.normalize('NFKC').toLowerCase()) {
        text += out;
        origin.push(index);
      }
    }
    index += char.length;
  }
  if (text.endsWith(' ')) {
    text = text.slice(0, -1);
    origin.pop();
  }
  return { text, origin };
}

export const foldText = (source: string) => fold(source).text;

/** Opening and closing quotes a reader may type: ASCII, Chinese curly quotes and corner brackets. */
const QUOTED = /["“”「」『』]([^"“”「」『』]+)["“”「」『』]/g;
/** What separates words in a query: white space and the commas readers type between words. */
const SEPARATOR = /[\s,，、;；]+/u;
/** A term made only of punctuation finds nothing: Pagefind ignores punctuation. */
const PUNCTUATION_ONLY = /^[\p{P}\p{S}]+$/u;

interface ParsedQuery {
  /** Folded terms, each of which a page must contain as typed: quoted phrases first, then words. */
  terms: string[];
  /** The reader put (part of) the query in quotes. */
  quoted: boolean;
}

/** Splits a query the way a reader means it: "…" (or “…”, 「…」) is one phrase, spaces separate words. */
export function parseQuery(query: string): ParsedQuery {
  const phrases: string[] = [];
  const rest = query.replace(QUOTED, (_, phrase: string) => {
    phrases.push(foldText(phrase));
    return ' ';
  });
  const words = foldText(rest.replace(/["“”「」『』]/g, ' ')).split(SEPARATOR);
  const terms = [...new Set([...phrases, ...words])].filter((term) => term !== '' && !PUNCTUATION_ONLY.test(term));
  return { terms, quoted: phrases.length > 0 };
}

/** Does the (folded) text contain every term as typed? */
export const containsAll = (foldedText: string, terms: string[]) => terms.length > 0 && terms.every((term) => foldedText.includes(term));
