import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentProblem } from './messages.ts';
import type { ValidEntry } from './references.ts';

/** The components editors may use in MDX bodies without importing them (see src/components/mdx/). */
export const MDX_COMPONENTS = ['KeyFigure', 'Figure', 'PullQuote', 'PlaceCard'] as const;

/** Catches unknown components, PlaceCards that point nowhere and Figures whose image is missing. */
export function checkBodies(entries: ValidEntry[], placeIds: Set<string>, root: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const entry of entries) {
    const lineOf = (index: number) => entry.body.slice(0, index).split('\n').length;
    for (const match of entry.body.matchAll(/<([A-Z][A-Za-z]*)\b([^>]*)>/g)) {
      const [, name, attributes] = match;
      const field = `正文第 ${lineOf(match.index)} 行`;
      if (!(MDX_COMPONENTS as readonly string[]).includes(name)) {
        problems.push({ file: entry.file, field, message: `未知组件 <${name}>。可用的组件：${MDX_COMPONENTS.join('、')}` });
        continue;
      }
      const attribute = (key: string) => new RegExp(`${key}="([^"]*)"`).exec(attributes)?.[1];
      if (name === 'PlaceCard') {
        const id = attribute('id');
        if (!id || !placeIds.has(id)) problems.push({ file: entry.file, field, message: `<PlaceCard id="${id ?? ''}"> 引用的地点不存在。id 应为 content/sites、workstations、service-points 中的文件名` });
      }
      if (name === 'Figure') {
        const src = attribute('src');
        if (!src || !existsSync(join(root, 'public', src))) problems.push({ file: entry.file, field, message: `<Figure src="${src ?? ''}"> 的图片不存在。请把图片放进 public/images/，src 写作 /images/文件名` });
      }
    }
  }
  return problems;
}
