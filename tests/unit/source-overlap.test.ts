/**
 * The site's text is its own: no entry repeats 20 or more consecutive letters of a source outside a
 * quotation (see src/lib/content/overlap.ts). The sources' full texts are in tests/fixtures/source-texts/.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRawEntries } from '../../src/lib/content/load.ts';
import { sharedPassages } from '../../src/lib/content/overlap.ts';
import { ROOT } from '../../tools/paths.ts';

const TEXTS = join(ROOT, 'tests/fixtures/source-texts');
const { entries } = loadRawEntries(ROOT);
const sourceIds = entries.filter((e) => e.collection === 'sources').map((e) => e.id);
// Names of places and titles of entries are facts, not prose: they count as one character.
const names = entries.flatMap((e) => [e.data.name, e.data.title].filter((n): n is string => typeof n === 'string'));
const texts = sourceIds.filter((id) => existsSync(join(TEXTS, `${id}.txt`))).map((id) => readFileSync(join(TEXTS, `${id}.txt`), 'utf8'));

describe('no entry copies a source', () => {
  it('has the full text of every source that has one on file (today: both)', () => {
    expect(texts).toHaveLength(2);
  });

  it.each(entries.map((e) => [e.file, e] as const))('%s', (_file, entry) => {
    const text = `${JSON.stringify(entry.data)}\n${entry.body}`;
    const copied = texts.flatMap((source) => sharedPassages(text, source, { names }));
    expect(copied.map((p) => `${p.length} 字：${p.text}`)).toEqual([]);
  });
});
