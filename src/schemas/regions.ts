import { z } from 'astro/zod';
import { ENTRY_ID, figureField, sourcesField } from './common.ts';

const localId = z.string().regex(ENTRY_ID, '标识应为小写拼音或英文，用连字符连接，例如 wencheng');

export const regionSchema = z.object({
  name: z.string().min(2).describe('市县名称，如 文昌市'),
  kind: z.enum(['市', '县'], { errorMap: () => ({ message: '应为 市 或 县' }) }).describe('市 或 县'),
  summary: z.string().min(10).max(200).describe('摘要，10–200 字'),
  order: z.number().int().default(0).describe('排列顺序，小的在前'),
  towns: z
    .array(
      z.object({
        id: localId.describe('镇的标识，小写拼音，如 wencheng'),
        name: z.string().min(2).describe('镇名，如 文城镇'),
        note: z.string().optional().describe('说明'),
        communities: z.array(z.object({ id: localId.describe('社区标识'), name: z.string().min(2).describe('社区名称') })).default([]).describe('社区或村'),
      }),
    )
    .default([])
    .describe('下辖的镇和社区（只列本站用到的）'),
  sources: sourcesField.describe('依据的来源：content/sources 中的文件名，至少一个'),
  figures: z.array(figureField).default([]).describe('来源中的主要数字，注明年份'),
}).strict();
