/**
 * `npm run docs:fields`: writes docs/field-reference.md from the zod schemas.
 * A unit test fails when the committed file differs from what this generates.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderFieldReference } from '../src/lib/content/field-reference-markdown.ts';

const root = process.argv[2] ?? process.cwd();
writeFileSync(join(root, 'docs/field-reference.md'), renderFieldReference(root));
console.log('已生成 docs/field-reference.md');
