import { z } from 'astro/zod';
import { placeFields } from './place.ts';
import { vocabularyEnum, type Vocabularies } from './vocabularies.ts';

export const servicePointSchema = (vocabularies: Vocabularies) =>
  z.object({
    ...placeFields,
    kind: vocabularyEnum(vocabularies, 'servicePointKinds').describe('类别，取自词表'),
    town: z.string().min(1, '必填：所在镇的标识，见所属市县文件中的 towns').describe('所在镇：所属市县文件 towns 中的标识'),
    community: z.string().optional().describe('所在社区：该镇 communities 中的标识'),
    services: z.array(vocabularyEnum(vocabularies, 'services')).default([]).describe('提供的服务，取自词表。只列来源写明的或已核实的；都不知道时不填，页面会写“尚未核实”'),
    servesArea: z.string().optional().describe('服务范围，如“新风社区各居民小组”。只写来源写明的或已核实的'),
  }).strict();
