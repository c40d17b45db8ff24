import { z } from 'astro/zod';
import { placeFields } from './place.ts';
import { vocabularyEnum, type Vocabularies } from './vocabularies.ts';

export const siteSchema = (vocabularies: Vocabularies) =>
  z.object({
    ...placeFields,
    kind: vocabularyEnum(vocabularies, 'siteKinds').describe('类别，取自词表'),
    admission: z.string().optional().describe('门票，如“免费，需预约”。只有 confirmation.status 为 confirmed 时才能填写'),
    visitMinutes: z.number().int().positive('参观时长应为正整数（分钟）').default(60).describe('建议参观时长（分钟），线路和行程规划据此排时间'),
    receivesGroups: z.boolean().optional().describe('是否接待团体参观。不填表示尚未核实；只有 confirmation.status 为 confirmed 时才能填写'),
  }).strict();
