import { z } from 'astro/zod';
import { ENTRY_ID, figureField, sourceField } from './common.ts';

const localId = z.string().regex(ENTRY_ID, '标识应为小写拼音或英文，用连字符连接，例如 wencheng');

export const regionSchema = z.object({
  name: z.string().min(2),
  kind: z.enum(['市', '县'], { errorMap: () => ({ message: '应为 市 或 县' }) }),
  summary: z.string().min(10).max(200),
  order: z.number().int().default(0),
  towns: z
    .array(
      z.object({
        id: localId,
        name: z.string().min(2),
        note: z.string().optional(),
        communities: z.array(z.object({ id: localId, name: z.string().min(2) })).default([]),
      }),
    )
    .default([]),
  figures: z.array(figureField.extend({ source: z.string().optional() })).default([]),
  sources: z.array(sourceField).default([]),
}).strict();
