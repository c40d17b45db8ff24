import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { z } from 'astro/zod';

/** A vocabulary maps a stable id (used in frontmatter and URLs) to its Chinese label. */
const vocabulary = z.record(z.string().regex(/^[a-z0-9-]+$/), z.string().min(1));

const vocabulariesSchema = z.object({
  topics: vocabulary,
  services: vocabulary,
  siteKinds: vocabulary,
  workstationKinds: vocabulary,
  servicePointKinds: vocabulary,
  audiences: vocabulary,
});

export type Vocabularies = z.infer<typeof vocabulariesSchema>;
export type VocabularyName = keyof Vocabularies;

export const VOCABULARIES_FILE = 'content/vocabularies.yaml';

export function loadVocabularies(root = process.cwd()): Vocabularies {
  const text = readFileSync(join(root, VOCABULARIES_FILE), 'utf8');
  return vocabulariesSchema.parse(yaml.load(text));
}

/** Which vocabulary a field draws from, so the field reference can list the allowed values. */
export const vocabularyOfField = new WeakMap<z.ZodTypeAny, VocabularyName>();

/** A zod enum over a vocabulary's ids, whose error lists the allowed labels. */
export function vocabularyEnum(vocabularies: Vocabularies, name: VocabularyName) {
  const ids = Object.keys(vocabularies[name]);
  const field = z.string().refine((value) => ids.includes(value), {
    message: `不在词表 ${name} 中。可用的值：${ids.map((id) => `${id}（${vocabularies[name][id]}）`).join('、')}`,
  });
  // Keyed on the inner string schema: .describe() and .optional() clone the outer one but keep it.
  vocabularyOfField.set(field._def.schema, name);
  return field;
}
