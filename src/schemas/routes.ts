import { z } from 'astro/zod';
import { entryRef, sourcesField } from './common.ts';
import { vocabularyEnum, type Vocabularies } from './vocabularies.ts';

const TRAVEL_MODES = ['walk', 'bike', 'bus', 'car'] as const;

export const routeSchema = (vocabularies: Vocabularies) =>
  z.object({
    title: z.string().min(4).describe('线路名称'),
    region: entryRef.describe('所属市县'),
    summary: z.string().min(20).max(200).describe('摘要，20–200 字'),
    theme: z.string().min(2).describe('主题，如“学党史、感党恩”'),
    sources: sourcesField.describe('线路依据的来源：content/sources 中的文件名，至少一个'),
    audience: z.array(vocabularyEnum(vocabularies, 'audiences')).min(1).describe('适合人群，取自词表'),
    mode: z.enum(TRAVEL_MODES, {
      errorMap: () => ({ message: '出行方式应为 walk（步行）、bike（骑行）、bus（公交/大巴）或 car（自驾）' }),
    }).describe('出行方式：walk 步行、bike 骑行、bus 公交或大巴、car 自驾'),
    startTime: z
      .string()
      .regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, '出发时间应写作 HH:MM，例如 08:30')
      .default('08:30')
      .describe('建议出发时间 HH:MM'),
    stops: z
      .array(
        z.object({
          place: entryRef.describe('地点的文件名（基地、工作站或服务点）'),
          stay: z.number({ invalid_type_error: '停留时间应为分钟数' }).int().positive('停留时间应大于 0 分钟').describe('停留时间（分钟）'),
          note: z.string().optional().describe('这一站的提示：只写来源给出的或已核实的内容'),
        }),
      )
      .min(2, '线路至少要有两站')
      .describe('各站，按先后顺序排列'),
  }).strict();
