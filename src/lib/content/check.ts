import { z } from 'astro/zod';
import { buildSchemas, PLACE_COLLECTIONS } from '../../schemas/index.ts';
import { loadVocabularies, VOCABULARIES_FILE } from '../../schemas/vocabularies.ts';
import { checkBodies } from './body.ts';
import { loadRawEntries } from './load.ts';
import { problemsFromZod, type ContentProblem } from './messages.ts';
import { checkReferences, type ValidEntry } from './references.ts';

export interface CheckResult {
  problems: ContentProblem[];
  entries: ValidEntry[];
}

/** Validates all content under root: every problem at once, never stopping at the first. */
export function checkContent(root: string): CheckResult {
  let vocabularies;
  try {
    vocabularies = loadVocabularies(root);
  } catch (error) {
    const problems = error instanceof z.ZodError ? problemsFromZod(VOCABULARIES_FILE, error) : [{ file: VOCABULARIES_FILE, field: '（整个文件）', message: `无法读取词表：${String(error)}` }];
    return { problems, entries: [] };
  }
  const schemas = buildSchemas(vocabularies);
  const { entries: raw, problems } = loadRawEntries(root);
  const entries: ValidEntry[] = [];
  for (const entry of raw) {
    const result = schemas[entry.collection].safeParse(entry.data);
    if (result.success) entries.push({ ...entry, data: result.data as Record<string, unknown> });
    else problems.push(...problemsFromZod(entry.file, result.error));
  }
  // Existence is judged on every file, valid or not, so one mistake is not reported again in each file that refers to it.
  const rawPlaces = raw.filter((e) => (PLACE_COLLECTIONS as readonly string[]).includes(e.collection));
  problems.push(...checkReferences(entries, rawPlaces, raw, root), ...checkBodies(entries, new Set(rawPlaces.map((e) => e.id)), root));
  return { problems, entries };
}
