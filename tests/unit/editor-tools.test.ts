import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import { renderFieldReference } from '../../src/lib/content/field-reference-markdown.ts';
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
  it.each(COLLECTIONS)('writes a %s starter that passes the check and explains every field', (collection) => {
    copy = copyContent();
    const result = runNew(copy.root, collection, 'starter-test');
    expect(result.status, result.stderr).toBe(0);
    const text = readFileSync(join(copy.root, 'content', collection, 'starter-test.mdx'), 'utf8');
    expect(text).toMatch(/^---\n# /);
    expect(checkContent(copy.root).problems).toEqual([]);
  }, 30_000);
  it('refuses to overwrite an existing entry and rejects bad names', () => {
    copy = copyContent();
    expect(runNew(copy.root, 'sites', 'hainan-jiefang-gongyuan').status).toBe(1);
    expect(runNew(copy.root, 'sites', 'Bad Name').status).toBe(2);
    expect(runNew(copy.root, 'nonsense', 'x').status).toBe(2);
  }, 30_000);
});
