import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { z } from 'astro/zod';

/**
 * Where the form editor (/admin/) commits: the forge, repository and branch. Without it the editor
 * still works on this computer's working copy (`npm run admin`). Names follow Decap CMS's backend options.
 */
export const cmsSettingsSchema = z
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

export const siteSettingsSchema = z.object({
  cms: cmsSettingsSchema.optional().describe('表单编辑器提交到哪里；不填则只能在本机编辑（npm run admin）'),
});

export type SiteSettings = z.infer<typeof siteSettingsSchema>;

export const SITE_SETTINGS_FILE = 'content/site.yaml';

/** The site's settings; a missing file means the defaults (no forge). */
export function loadSiteSettings(root = process.cwd()): SiteSettings {
  const path = join(root, SITE_SETTINGS_FILE);
  const data = existsSync(path) ? (yaml.load(readFileSync(path, 'utf8')) ?? {}) : {};
  return siteSettingsSchema.parse(data);
}
