import { z } from 'astro/zod';
import { placeFields } from './place.ts';
import { vocabularyEnum, type Vocabularies } from './vocabularies.ts';

export const workstationSchema = (vocabularies: Vocabularies) =>
  z.object({
    ...placeFields,
    kind: vocabularyEnum(vocabularies, 'workstationKinds'),
    host: z.string().min(2, '请写明依托或主办单位'),
    offers: z.array(z.string().min(2)).min(1, '至少写一项能提供的支持'),
    audience: z.string().optional(),
    /** Whether groups on a study day can visit; such stations can be added to a route plan. */
    receivesStudyVisits: z.boolean().default(false),
    visitMinutes: z.number().int().positive().default(45),
  }).strict();
