import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildProject, copyProject } from '../../tools/project.ts';

/**
 * A copy of the project with an already published dist/, to break and build. In the site project,
 * not the unit one, because it runs Astro.
 */
let root: string;
let remove: () => void;
beforeEach(() => {
  ({ root, remove } = copyProject({ prefix: 'build-' }));
  mkdirSync(join(root, 'dist'));
  writeFileSync(join(root, 'dist', 'index.html'), 'published before');
});
afterEach(() => remove());

const build = () => buildProject(root);
const leftovers = () => readdirSync(root).filter((name) => name.startsWith('dist.'));

describe('a failed build never replaces or half-writes dist/', () => {
  it('bad content: the check fails, names file and field, and dist/ is untouched', async () => {
    const file = join(root, 'content/cases/wencheng-dangjian-wangge.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^region: \w+/m, 'region: haikou'));
    const result = await build();
    expect(result.status).toBe(1);
    expect(result.output).toContain('content/cases/wencheng-dangjian-wangge.mdx\n  字段 region：市县“haikou”不存在');
    expect(result.output).toContain('已发布的');
    // Astro, started beside the check, is stopped and its output held back: the editor reads the check alone.
    expect(result.output).not.toMatch(/\[build\]|\[content\]/);
    expect(readFileSync(join(root, 'dist/index.html'), 'utf8')).toBe('published before');
    expect(leftovers()).toEqual([]);
  }, 60_000);

  it('a failure inside Astro after the check passed (broken MDX in a body) leaves dist/ untouched, and the build names file and line', async () => {
    const file = join(root, 'content/cases/wencheng-dangjian-wangge.mdx');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n<PullQuote>没有闭合的引语\n`);
    const result = await build();
    expect(result.status).toBe(1);
    // Astro's own output, held back while the check ran, is shown, then the check's reading of the body.
    expect(result.output).toMatch(/\[(build|content|vite)\]/);
    expect(result.output).toMatch(/content\/cases\/wencheng-dangjian-wangge\.mdx\n  字段 正文第 \d+ 行：MDX 写法有误/);
    expect(result.output).toContain('Astro 构建出错');
    expect(readFileSync(join(root, 'dist/index.html'), 'utf8')).toBe('published before');
    expect(existsSync(join(root, 'dist/pagefind'))).toBe(false);
    expect(leftovers()).toEqual([]);
  }, 180_000);
});
