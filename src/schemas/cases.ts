import { z } from 'astro/zod';
import { dateField, entryRef, figureField, imageField, sourceField } from './common.ts';
import { vocabularyEnum, type Vocabularies } from './vocabularies.ts';

export const caseSchema = (vocabularies: Vocabularies) =>
  z.object({
    title: z.string().min(4).max(60, '标题最多 60 个字'),
    region: entryRef,
    date: dateField,
    updated: dateField.optional(),
    source: sourceField.extend({ author: z.string().min(1), role: z.string().min(1) }),
    summary: z.string().min(20, '摘要至少 20 个字').max(200, '摘要最多 200 个字'),
    topics: z.array(vocabularyEnum(vocabularies, 'topics')).min(1, '至少选一个主题'),
    figures: z.array(figureField).default([]),
    places: z.array(entryRef).default([]),
    cover: imageField.optional(),
    draft: z.boolean().default(false),
  }).strict();
