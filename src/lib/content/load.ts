import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { COLLECTIONS, type CollectionName } from '../../schemas/index.ts';
import { unusableIdReason } from '../../schemas/common.ts';
import type { ContentProblem } from './messages.ts';

export interface RawEntry {
  collection: CollectionName;
  id: string;
  /** Path relative to the project root, as editors see it in their repository. */
  file: string;
  data: Record<string, unknown>;
  body: string;
  /** The whole file, for line numbers. */
  source: string;
}

const IGNORED = new Set(['README.md', '.gitkeep']);

/** Reads every entry's frontmatter the same way Astro does, reporting files it cannot read. */
export function loadRawEntries(root: string): { entries: RawEntry[]; problems: ContentProblem[] } {
  const entries: RawEntry[] = [];
  const problems: ContentProblem[] = [];
  for (const collection of COLLECTIONS) {
    const dir = join(root, 'content', collection);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      if (IGNORED.has(name)) continue;
      const path = join(dir, name);
      const file = relative(root, path);
      if (!name.endsWith('.mdx')) {
        problems.push({ file, field: '文件名', message: '内容文件应以 .mdx 结尾，否则不会发布' });
        continue;
      }
      const id = name.slice(0, -'.mdx'.length);
      const unusable = unusableIdReason(collection, id);
      if (unusable) {
        problems.push({ file, field: '文件名', message: unusable });
        continue;
      }
      const source = readFileSync(path, 'utf8');
      if (!/^---\r?\n/.test(source)) {
        problems.push({ file, field: '（文件头）', message: '文件应以 --- 开头的文件头（frontmatter）开始' });
        continue;
      }
      try {
        const { frontmatter, content, rawFrontmatter } = parseFrontmatter(source, { frontmatter: 'empty-with-spaces' });
        problems.push(...impossibleDates(file, rawFrontmatter));
        entries.push({ collection, id, file, data: frontmatter ?? {}, body: content, source });
      } catch (error) {
        const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
        problems.push({ file, field: '（文件头）', message: `文件头的 YAML 写法有误：${reason}。常见原因：冒号后缺空格、缩进不齐、引号不成对` });
      }
    }
  }
  return { entries, problems };
}

/**
 * YAML turns 2020-13-45 into a real Date (in 2021) without complaint, so impossible calendar dates
 * are caught here, on the text, before the parser rolls them over.
 */
function impossibleDates(file: string, frontmatter: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const match of frontmatter.matchAll(/^\s*-?\s*([\w-]+):\s*['"]?(\d{4})-(\d{2})-(\d{2})['"]?\s*(?:#.*)?$/gm)) {
    const [, key, year, month, day] = match;
    const date = new Date(Date.UTC(+year, +month - 1, +day));
    if (date.getUTCMonth() !== +month - 1 || date.getUTCDate() !== +day) {
      problems.push({ file, field: key, message: `“${year}-${month}-${day}”不是有效日期，应写作 YYYY-MM-DD，例如 2020-08-01` });
    }
  }
  return problems;
}
