import { z } from 'astro/zod';
import { placeFields } from './place.ts';
import { vocabularyEnum, type Vocabularies } from './vocabularies.ts';

export const servicePointSchema = (vocabularies: Vocabularies) =>
  z.object({
    ...placeFields,
    kind: vocabularyEnum(vocabularies, 'servicePointKinds'),
    /** Town and community ids as listed in the region's file. */
    town: z.string().min(1, '必填：所在镇的标识，见所属市县文件中的 towns'),
    community: z.string().optional(),
    services: z.array(vocabularyEnum(vocabularies, 'services')).min(1, '至少列出一项服务'),
    servesArea: z.string().optional(),
  }).strict();
