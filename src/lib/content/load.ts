import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { COLLECTIONS, type CollectionName } from '../../schemas/index.ts';
import { ENTRY_ID } from '../../schemas/common.ts';
import type { ContentProblem } from './messages.ts';

export interface RawEntry {
  collection: CollectionName;
  id: string;
  /** Path relative to the project root, as editors see it in their repository. */
  file: string;
  data: Record<string, unknown>;
  body: string;
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
      if (!ENTRY_ID.test(id)) {
        problems.push({ file, field: '文件名', message: `“${id}”不能作为条目标识：只用小写字母、数字和连字符，例如 xinfeng-shequ.mdx` });
        continue;
      }
      const source = readFileSync(path, 'utf8');
      if (!/^---\r?\n/.test(source)) {
        problems.push({ file, field: '（文件头）', message: '文件应以 --- 开头的文件头（frontmatter）开始' });
        continue;
      }
      try {
        const { frontmatter, content } = parseFrontmatter(source, { frontmatter: 'empty-with-spaces' });
        entries.push({ collection, id, file, data: frontmatter ?? {}, body: content });
      } catch (error) {
        const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
        problems.push({ file, field: '（文件头）', message: `文件头的 YAML 写法有误：${reason}。常见原因：冒号后缺空格、缩进不齐、引号不成对` });
      }
    }
  }
  return { entries, problems };
}
