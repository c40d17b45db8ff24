import { z } from 'astro/zod';
import { dateField, entryRef, figureField, imageField, sourcesField } from './common.ts';
import { vocabularyEnum, type Vocabularies } from './vocabularies.ts';

export const caseSchema = (vocabularies: Vocabularies) =>
  z.object({
    title: z.string().min(4).max(60, '标题最多 60 个字').describe('标题，4–60 字'),
    region: entryRef.describe('所属市县：wenchang 或 lingao（content/regions 中的文件名）'),
    sources: sourcesField.describe('依据的来源：content/sources 中的文件名，至少一个。来源的发表日期写在来源文件里'),
    published: dateField.optional().describe('在本站发布的日期 YYYY-MM-DD。一般不填：构建时取这个文件第一次提交的日期'),
    updated: dateField.optional().describe('最近一次实质修改的日期 YYYY-MM-DD'),
    summary: z.string().min(20, '摘要至少 20 个字').max(200, '摘要最多 200 个字').describe('摘要，20–200 字，显示在列表、搜索结果和订阅中'),
    topics: z.array(vocabularyEnum(vocabularies, 'topics')).min(1, '至少选一个主题').describe('主题，1–3 个，取自词表'),
    figures: z.array(figureField).default([]).describe('报道中的关键数字'),
    places: z.array(entryRef).default([]).describe('文中提到的地点：基地、工作站或服务点的文件名'),
    cover: imageField.optional().describe('题图'),
    draft: z.boolean().default(false).describe('草稿：true 时不发布'),
  }).strict();
