import { z } from 'astro/zod';
import { dateField, reportedDateField } from './common.ts';

/**
 * A document the site's facts come from. Entries cite it by its file name; what the document does
 * not say about itself (the paper's name, the day) is left out rather than guessed.
 */
export const sourceSchema = z
  .object({
    title: z.string().min(2).describe('标题，照原文，不加书名号，如“文昌市：提高基层党建水平 助力国际航天城建设”'),
    kind: z.string().min(2).describe('文献类型，如“报纸专题报道”“署名文章”“政府网站公告”'),
    author: z.string().min(1).optional().describe('作者；原文未署名时不填'),
    authorRole: z.string().min(1).optional().describe('作者当时的职务，如“海南省临高县委书记”'),
    publication: z.string().min(1).optional().describe('刊载的报纸、期刊或网站名称；原文未载明时不填，页面会写明“未载明”'),
    publisher: z.string().min(1).optional().describe('出版或发布单位'),
    date: reportedDateField.describe('发表日期，只写到已知的精度：2020、2020-06 或 2020-06-01'),
    url: z.string().url('应为完整网址，以 https:// 开头').optional().describe('原文网址'),
    accessed: dateField.optional().describe('查阅网址的日期 YYYY-MM-DD（有网址时建议填写）'),
    note: z.string().min(2).optional().describe('补充说明，如“原文未载明刊载的报纸和日期”'),
  })
  .strict();
