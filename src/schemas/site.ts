import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { z } from 'astro/zod';
import { TELEPHONE } from './place.ts';

/** Editors leave a value out by deleting it or by leaving it empty (`sponsor:` or `sponsor: ''`). */
const blankToUndefined = (value: unknown) => (value === null || (typeof value === 'string' && value.trim() === '') ? undefined : value);
const optional = <T extends z.ZodTypeAny>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

/**
 * Where the form editor (/admin/) commits: the forge, repository and branch. Without it the editor
 * still works on this computer's working copy (`npm run admin`). Names follow Decap CMS's backend options.
 */
const cmsSettingsSchema = z
  .object({
    backend: z.enum(['gitea', 'github', 'gitlab'], { errorMap: () => ({ message: '应为 gitea（含 Forgejo）、github 或 gitlab' }) }).describe('代码托管平台：gitea（含 Forgejo）、github 或 gitlab'),
    repo: z.string().regex(/^[\w.-]+\/[\w.-]+$/, '应写作 组织/仓库，例如 dangjian/site').describe('仓库，写作 组织/仓库，例如 dangjian/site'),
    branch: z.string().min(1).default('main').describe('提交到的分支'),
    base_url: z.string().url('应为完整网址，以 https:// 开头').optional().describe('登录（OAuth）服务的网址；Gitea、GitLab 为平台地址，GitHub 为 OAuth 代理地址'),
    api_root: z.string().url('应为完整网址，以 https:// 开头').optional().describe('平台 API 地址，例如 https://git.example.gov.cn/api/v1'),
    app_id: z.string().min(1).optional().describe('在平台上登记的 OAuth 应用 ID（Gitea、GitLab 需要）'),
  })
  .strict();

export type CmsSettings = z.infer<typeof cmsSettingsSchema>;

/**
 * Who runs the site and how to reach them: one file, content/site.yaml, edited like any content.
 * Only the URL is required; whatever is left empty is simply not shown.
 */
export const siteIdentitySchema = z
  .object({
    url: z
      .string({ required_error: '必填：网站的正式网址，如 https://dangjian.example.gov.cn' })
      .url('应为完整网址，以 https:// 开头')
      .regex(/^https?:\/\/[^/?#]+\/?$/, '只写网站的根地址，如 https://dangjian.wenchang.gov.cn，不带路径')
      .transform((url) => url.replace(/\/$/, ''))
      .describe('网站的正式网址（根地址），如 https://dangjian.wenchang.gov.cn。规范链接、站点地图、订阅、二维码、行程文件都用它'),
    name: z.string().min(2).default('海南城市基层党建').describe('网站名称，显示在页头和浏览器标题中'),
    shortName: z.string().min(2).default('基层党建').describe('简称'),
    description: z
      .string()
      .min(10)
      .default('海南省文昌市、临高县城市基层党建工作：党建案例、红色教育基地与线路、人才工作站、党群服务中心。')
      .describe('一句话介绍网站，用于首页和搜索引擎'),
    sponsor: optional(z.string().min(2)).describe('主办单位全称，如“中共文昌市委组织部”；不填则页脚不显示'),
    organizer: optional(z.string().min(2)).describe('承办单位全称；不填则不显示'),
    contact: z
      .preprocess(
        blankToUndefined,
        z
          .object({
            email: optional(z.string().email('电子邮箱格式不对，例如 dangjian@example.gov.cn')).describe('接收纠错和意见的电子邮箱；填写后每个地点、线路和案例页面都有“信息有误？告诉我们”链接'),
            telephone: optional(z.string().regex(TELEPHONE, '电话号码格式不对：固定电话写作 0898-12345678，手机写作 13812345678')).describe('联系电话，如 0898-12345678'),
            url: optional(z.string().url('应为完整网址，以 https:// 开头')).describe('网上留言或纠错页面的网址；没有邮箱时，纠错链接打开这个网址，并附上 subject、body、page 三个参数'),
          })
          .strict('contact 下只能有 email、telephone、url 三项')
          .default({}),
      )
      .describe('纠错和联系方式：邮箱、电话、留言网址，至少填一项才会显示“信息有误？告诉我们”'),
    icp: optional(z.string().regex(/ICP备\d+号(?:-\d+)?$/, 'ICP 备案号应写作 琼ICP备12345678号 或 琼ICP备12345678号-1')).describe('ICP 备案号，如 琼ICP备12345678号-1'),
    police: optional(z.string().regex(/公网安备\s*\d{14}号$/, '公安备案号应写作 琼公网安备 46000000000000号（14 位数字）')).describe('公安机关备案号，如 琼公网安备 46900502000001号'),
    governmentMark: optional(z.string().url('应为完整网址，以 https:// 开头')).describe('党政机关网站标识的链接地址（由机构编制部门分配）；不填则不显示标识'),
    cms: z.preprocess(blankToUndefined, cmsSettingsSchema.optional()).describe('表单编辑器提交到哪里；不填则只能在本机编辑（npm run admin）'),
  })
  .strict('content/site.yaml 中有未知字段，请检查拼写，可用字段见 docs/field-reference.md');

export type SiteIdentity = z.output<typeof siteIdentitySchema>;
export type SiteContact = SiteIdentity['contact'];

export const SITE_IDENTITY_FILE = 'content/site.yaml';

/** Reads content/site.yaml; throws a ZodError when it is malformed (the content check reports it). */
export function loadSiteIdentity(root: string = process.cwd()): SiteIdentity {
  return siteIdentitySchema.parse(yaml.load(readFileSync(join(root, SITE_IDENTITY_FILE), 'utf8')));
}

/**
 * Addresses reserved for examples (RFC 2606, RFC 6761): a site published under one would print QR
 * codes and feeds that lead nowhere.
 */
export function isPlaceholderUrl(url: string): boolean {
  const labels = new URL(url).hostname.split('.');
  return labels.includes('example') || ['test', 'invalid', 'localhost', 'local'].includes(labels.at(-1)!);
}
