import { z } from 'astro/zod';
import { placeFields } from './place.ts';
import { vocabularyEnum, type Vocabularies } from './vocabularies.ts';

export const workstationSchema = (vocabularies: Vocabularies) =>
  z.object({
    ...placeFields,
    kind: vocabularyEnum(vocabularies, 'workstationKinds').describe('类别，取自词表'),
    host: z.string().min(2, '请写明依托或主办单位').describe('依托或主办单位'),
    offers: z.array(z.string().min(2)).min(1, '至少写一项能提供的支持').describe('能提供的支持，每项一行'),
    audience: z.string().optional().describe('服务对象，如“返乡创业青年”'),
    receivesStudyVisits: z.boolean().optional().describe('是否接待研学和参观团体；为 true 时可加入行程规划。不填表示尚未核实；只有 confirmation.status 为 confirmed 时才能填写'),
    visitMinutes: z.number().int().positive().default(45).describe('参观时长（分钟）'),
  }).strict();
