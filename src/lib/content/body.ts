import { existsSync } from 'node:fs';
import { createProcessor } from '@mdx-js/mdx';
import { join } from 'node:path';
import type { ContentProblem } from './messages.ts';
import type { ValidEntry } from './references.ts';

/** The components editors may use in MDX bodies without importing them (see src/components/mdx/). */
export const MDX_COMPONENTS = ['KeyFigure', 'Figure', 'PullQuote', 'PlaceCard'] as const;

/** Lines before the body (the frontmatter and its fences), so body line numbers match the file. */
const bodyLineOffset = (source: string, body: string) => source.slice(0, source.length - body.length).split('\n').length - 1;

/**
 * Catches MDX syntax errors (an unclosed tag, a stray brace), unknown components, PlaceCards that
 * point nowhere and Figures whose image is missing — before Astro would stop at the first one.
 * `parse: false` leaves out the syntax errors (the rest needs no parse).
 */
export function checkBodies(entries: ValidEntry[], placeIds: Set<string>, root: string, { parse = true } = {}): ContentProblem[] {
  const problems: ContentProblem[] = [];
  // Parsing alone finds every MDX syntax error; compiling to JavaScript, which Astro does anyway, took twice as long.
  const mdx = createProcessor();
  for (const entry of entries) {
    const offset = bodyLineOffset(entry.source, entry.body);
    const lineOf = (index: number) => offset + entry.body.slice(0, index).split('\n').length;
    try {
      if (parse) mdx.parse(entry.body);
    } catch (error) {
      const { line, reason } = error as { line?: number; reason?: string };
      problems.push({
        file: entry.file,
        field: line ? `正文第 ${offset + line} 行` : '正文',
        message: `MDX 写法有误：${reason ?? String(error)}。常见原因：组件标签没有闭合（应写作 <PullQuote>…</PullQuote> 或 <KeyFigure … />），或正文里直接用了 { } < > 符号（请改用全角符号）`,
      });
      continue;
    }
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
