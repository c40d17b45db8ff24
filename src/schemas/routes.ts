import { z } from 'astro/zod';
import { entryRef } from './common.ts';
import { vocabularyEnum, type Vocabularies } from './vocabularies.ts';

export const TRAVEL_MODES = ['walk', 'bike', 'bus', 'car'] as const;

export const routeSchema = (vocabularies: Vocabularies) =>
  z.object({
    title: z.string().min(4),
    region: entryRef,
    summary: z.string().min(20).max(200),
    theme: z.string().min(2),
    audience: z.array(vocabularyEnum(vocabularies, 'audiences')).min(1),
    mode: z.enum(TRAVEL_MODES, {
      errorMap: () => ({ message: '出行方式应为 walk（步行）、bike（骑行）、bus（公交/大巴）或 car（自驾）' }),
    }),
    startTime: z
      .string()
      .regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, '出发时间应写作 HH:MM，例如 08:30')
      .default('08:30'),
    stops: z
      .array(
        z.object({
          place: entryRef,
          stay: z.number({ invalid_type_error: '停留时间应为分钟数' }).int().positive('停留时间应大于 0 分钟'),
          note: z.string().optional(),
        }),
      )
      .min(2, '线路至少要有两站'),
  }).strict();
