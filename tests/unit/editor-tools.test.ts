import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import { renderFieldReference } from '../../src/lib/content/field-reference-markdown.ts';
import { NEW_ENTRY_USAGE, writeStarter } from '../../src/lib/content/starter.ts';
import { COLLECTIONS } from '../../src/schemas/index.ts';
import { copyContent } from '../helpers/content-copy.ts';
import { ROOT } from '../../tools/paths.ts';

let copy: ReturnType<typeof copyContent> | undefined;
afterEach(() => copy?.remove());

const runNew = (root: string, ...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/new-entry.ts'), ...args], { cwd: ROOT, env: { ...process.env, CONTENT_ROOT: root }, encoding: 'utf8' });

describe('the field reference', () => {
  it('is up to date with the schemas (run npm run docs:fields after changing a schema)', () => {
    expect(readFileSync(join(ROOT, 'docs/field-reference.md'), 'utf8')).toBe(renderFieldReference(ROOT));
  });
  it('documents every collection, required fields and vocabulary values', () => {
    const text = renderFieldReference(ROOT);
    for (const name of COLLECTIONS) expect(text).toContain(`content/${name}/`);
    expect(text).toMatch(/\| `stops\[\]\.stay` \| 整数 \| 必填 \|/);
    expect(text).toContain('grid-governance（网格化治理）');
  });
});

describe('npm run new', () => {
  const today = '2026-05-20';
  it.each(COLLECTIONS)('writes a %s starter that passes the check and explains every field', (collection) => {
    copy = copyContent();
    const outcome = writeStarter(copy.root, collection, 'starter-test', today);
    expect(outcome.status, outcome.message).toBe(0);
    const text = readFileSync(join(copy.root, 'content', collection, 'starter-test.mdx'), 'utf8');
    expect(text).toMatch(/^---\n# /);
    expect(checkContent(copy.root).problems).toEqual([]);
  }, 30_000);
  it('refuses to overwrite an existing entry and rejects bad names', () => {
    copy = copyContent();
    const before = readFileSync(join(copy.root, 'content/sites/hainan-jiefang-gongyuan.mdx'), 'utf8');
    expect(writeStarter(copy.root, 'sites', 'hainan-jiefang-gongyuan', today)).toMatchObject({ status: 1, message: expect.stringContaining('已存在，没有覆盖') });
    expect(readFileSync(join(copy.root, 'content/sites/hainan-jiefang-gongyuan.mdx'), 'utf8')).toBe(before);
    expect(writeStarter(copy.root, 'sites', 'Bad Name', today).status).toBe(2);
    expect(writeStarter(copy.root, 'nonsense', 'x', today)).toMatchObject({ status: 2, message: NEW_ENTRY_USAGE });
    expect(writeStarter(copy.root, 'sites', undefined, today).status).toBe(2);
  });
  it('as a command: exits with the outcome and says it (0 and the file written; 2 and the usage)', () => {
    copy = copyContent();
    const written = runNew(copy.root, 'cases', 'cli-test');
    expect(written.status, written.stderr).toBe(0);
    expect(written.stdout).toContain('已创建');
    expect(readFileSync(join(copy.root, 'content/cases/cli-test.mdx'), 'utf8')).toMatch(/^---\n# /);
    const wrong = runNew(copy.root, 'nonsense', 'x');
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('用法：npm run new');
  }, 30_000);
});
