import { z } from 'astro/zod';
import { placeFields } from './place.ts';
import { vocabularyEnum, type Vocabularies } from './vocabularies.ts';

export const siteSchema = (vocabularies: Vocabularies) =>
  z.object({
    ...placeFields,
    kind: vocabularyEnum(vocabularies, 'siteKinds'),
    admission: z.string().optional(),
    /** Minutes a visit usually takes; routes and the planner start from it. */
    visitMinutes: z.number().int().positive('参观时长应为正整数（分钟）').default(60),
    receivesGroups: z.boolean().default(true),
  }).strict();
