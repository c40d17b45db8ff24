/**
 * Passages an entry shares with a source, word for word: the site states the sources' facts in its
 * own words, so a long common run means copied prose. Quotations (text in “” 《》 ‘’ 「」 and in
 * <PullQuote>) are the exception. The names the caller lists (places, titles) count as one
 * character each, in the entry and the source alike: a list of three site names is not copying,
 * but the sentence around it still is. Punctuation and spaces are ignored, so a copied sentence
 * with changed commas is still found.
 */
const QUOTED = /“[^”]*”|《[^》]*》|‘[^’]*’|「[^」]*」|<PullQuote[^>]*>[\s\S]*?<\/PullQuote>/g;
/** A private-use character stands for a name: it is in neither text otherwise. */
const NAME = '\uE000';
/** Letters and digits of any script (and names); punctuation, spaces and markup drop out. */
const normalise = (text: string) => text.replace(/[^\p{L}\p{N}\uE000]+/gu, '');
function nameless(text: string, names: readonly string[]) {
  // Longest first, so a name containing another is replaced whole.
  for (const name of [...names].sort((a, b) => b.length - a.length)) text = text.split(name).join(NAME);
  return text;
}

export interface SharedPassage {
  /** The shared run, as letters and digits only. */
  text: string;
  length: number;
}

/** Every maximal run of at least `min` letters and digits that `entryText` shares with `source`. */
export function sharedPassages(entryText: string, source: string, options: { min?: number; names?: readonly string[] } = {}): SharedPassage[] {
  const min = options.min ?? 20;
  const names = options.names ?? [];
  const text = nameless(entryText.replace(QUOTED, '\n'), names);
  const haystack = normalise(nameless(source, names));
  const windows = new Set<string>();
  for (let i = 0; i + min <= haystack.length; i++) windows.add(haystack.slice(i, i + min));
  const found: SharedPassage[] = [];
  // Each stretch between quotations is searched on its own: a run never spans a quotation.
  for (const stretch of text.split('\n').map(normalise)) {
    let i = 0;
    while (i + min <= stretch.length) {
      if (!windows.has(stretch.slice(i, i + min))) {
        i++;
        continue;
      }
      let end = i + min;
      while (end < stretch.length && haystack.includes(stretch.slice(i, end + 1))) end++;
      found.push({ text: stretch.slice(i, end).replaceAll(NAME, '〔名称〕'), length: end - i });
      i = end;
    }
  }
  return found;
}
