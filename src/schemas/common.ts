import { z } from 'astro/zod';

/** Ids of entries are file names: lower-case pinyin or English words joined by hyphens. */
export const ENTRY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Ids taken by pages that sit beside the entries' own: /routes/plan/ is the route planner. */
export const RESERVED_IDS: Readonly<Record<string, readonly string[]>> = { routes: ['plan'] };

/** Why an id cannot name a new entry in this collection, or undefined when it can. */
export function unusableIdReason(collection: string, id: string): string | undefined {
  if (!ENTRY_ID.test(id)) return `“${id}”不能作为条目标识：只用小写字母、数字和连字符，例如 xinfeng-shequ.mdx`;
  if (RESERVED_IDS[collection]?.includes(id)) return `“${id}”已被网站的页面占用（/${collection}/${id}/），请换一个文件名`;
  return undefined;
}

export const entryRef = z
  .string({ required_error: '必填：填写所引用条目的文件名（不含 .mdx）' })
  .regex(ENTRY_ID, '应为条目的文件名（小写字母、数字和连字符），例如 hainan-jiefang-gongyuan');

/**
 * A calendar date written as YYYY-MM-DD. YAML may hand it over already parsed as a Date,
 * so both forms are accepted; anything else (2020/6/1, 2020-13-01) is rejected.
 */
export const dateField = z
  .union([z.date(), z.string()], { errorMap: () => ({ message: '日期应写作 YYYY-MM-DD，例如 2020-08-01' }) })
  .transform((value, ctx) => {
    if (value instanceof Date) {
      if (Number.isNaN(value.getTime())) {
        ctx.addIssue({ code: 'custom', message: '日期无效，应写作 YYYY-MM-DD' });
        return z.NEVER;
      }
      return value;
    }
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    const date = match ? new Date(Date.UTC(+match[1], +match[2] - 1, +match[3])) : null;
    if (!date || date.getUTCDate() !== +match![3] || date.getUTCMonth() !== +match![2] - 1) {
      ctx.addIssue({ code: 'custom', message: `“${value}”不是有效日期，应写作 YYYY-MM-DD，例如 2020-08-01` });
      return z.NEVER;
    }
    return date;
  });

/** An image kept in public/images/; the content check verifies the file exists. */
export const imageField = z.object({
  src: z
    .string()
    .describe('图片路径，如 /images/xinfeng.jpg（文件放在 public/images/）')
    .regex(/^\/images\/[\w./-]+\.(?:jpe?g|png|webp|avif|svg)$/i, '图片路径应以 /images/ 开头，文件放在 public/images/ 中，格式 jpg、png、webp、avif 或 svg'),
  alt: z.string().min(2, '请用一句话描述图片内容（替代文字），供读屏软件朗读').describe('替代文字：用一句话描述图片内容'),
  credit: z.string().optional().describe('供图单位或摄影者'),
});

/** A figure the sources give, with the year it refers to. */
export const figureField = z.object({
  label: z.string().min(1).describe('这个数字说的是什么，如“党建网格”'),
  value: z.number({ invalid_type_error: '数值应为数字，不带单位和引号，例如 56' }).describe('数值，只写数字，如 56'),
  unit: z.string().default('').describe('单位，如 个、人、万元'),
  year: z.number().int().min(1900).max(2100).optional().describe('数字对应的年份，如 2020'),
  note: z.string().optional().describe('补充说明，如“报道原文为‘300多名’”'),
});

/**
 * When a source reported something, only as precisely as the source says it: a year (2020), a month
 * (2020-06) or a day (2020-06-01). Kept as its parts so a page never shows a day nobody gave.
 */
export interface ReportedDate {
  year: number;
  month?: number;
  day?: number;
}

const REPORTED_DATE_HINT = '写作年份 2020、年月 2020-06 或具体日期 2020-06-01，只写到来源给出的精度';

export const reportedDateField = z
  .union([z.number(), z.string(), z.date()], { errorMap: () => ({ message: `日期${REPORTED_DATE_HINT}` }) })
  .transform((value, ctx): ReportedDate => {
    if (value instanceof Date) {
      if (!Number.isNaN(value.getTime())) return { year: value.getUTCFullYear(), month: value.getUTCMonth() + 1, day: value.getUTCDate() };
    } else {
      const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(String(value));
      if (match) {
        const [year, month, day] = [match[1], match[2], match[3]].map((part) => (part === undefined ? undefined : Number(part)));
        const date = new Date(Date.UTC(year!, (month ?? 1) - 1, day ?? 1));
        if (date.getUTCMonth() === (month ?? 1) - 1 && date.getUTCDate() === (day ?? 1)) {
          return { year: year!, ...(month !== undefined && { month }), ...(day !== undefined && { day }) };
        }
      }
    }
    ctx.addIssue({ code: 'custom', message: `“${value instanceof Date ? '无效日期' : String(value)}”不是有效日期：${REPORTED_DATE_HINT}` });
    return z.NEVER;
  });

/** Ids of the sources (content/sources/) an entry draws on; the content check verifies each exists. */
export const sourcesField = z
  .array(entryRef, { required_error: '必填：至少引用一个来源，写 content/sources 中的文件名，例如 [wenchang-hangtiancheng-2020]' })
  .min(1, '至少引用一个来源：写 content/sources 中的文件名，例如 [wenchang-hangtiancheng-2020]');
