import { readFileSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { buildSchemas, type CollectionName } from '../../schemas/index.ts';
import { loadVocabularies } from '../../schemas/vocabularies.ts';
import { fromFile, toFile } from './front-matter.ts';

describe('the form editor reads and writes entry files', () => {
  it('reads front matter and body; dates stay as written', () => {
    const data = fromFile('---\ntitle: 标题\ndate: 2020-09-01\nplaces: [a, b]\n---\n\n## 小标题\n\n正文\n');
    expect(data).toEqual({ title: '标题', date: '2020-09-01', places: ['a', 'b'], body: '## 小标题\n\n正文\n' });
  });

  it.each(['content/regions/wenchang.mdx', 'content/cases/wencheng-dangjian-wangge.mdx', 'content/routes/lingao-hongse-jiaoyu-xianlu.mdx'])('writes %s back as the same entry', (file) => {
    const source = readFileSync(file, 'utf8');
    const written = toFile(fromFile(source));
    const again = parseFrontmatter(written, { frontmatter: 'empty-with-spaces' });
    const original = parseFrontmatter(source, { frontmatter: 'empty-with-spaces' });
    // The same entry once the schema has read it (an empty list left out comes back as its default).
    const schema = buildSchemas(loadVocabularies())[file.split('/')[1] as CollectionName];
    expect(schema.parse(again.frontmatter)).toEqual(schema.parse(original.frontmatter));
    expect(again.content.trim()).toBe(original.content.trim());
  });

  it('leaves out what the editor left empty, and the file-name field', () => {
    const text = toFile({ fileName: 'x', name: '站', telephone: '', location: { lng: '', lat: '', note: '' }, places: [], draft: false, body: '' });
    expect(text).toBe('---\nname: 站\ndraft: false\n---\n');
  });

  it('writes fields in the form’s order, nested ones too, whatever order they were filled in', () => {
    const order = [{ name: 'name' }, { name: 'location', fields: [{ name: 'lng' }, { name: 'lat' }, { name: 'system' }] }, { name: 'body' }];
    const text = toFile({ location: { system: 'gcj02', lat: 18.25, lng: 109.5 }, name: '站', body: '正文' }, order);
    expect(text).toBe('---\nname: 站\nlocation:\n  lng: 109.5\n  lat: 18.25\n  system: gcj02\n---\n\n正文\n');
  });

  it('quotes text that YAML would read as another type', () => {
    const text = toFile({ value: '56', checkedOn: '2026-05-20', ok: 'true' });
    const { frontmatter } = parseFrontmatter(text, { frontmatter: 'empty-with-spaces' });
    expect(frontmatter.value).toBe('56');
    expect(frontmatter.ok).toBe('true');
    expect(frontmatter.checkedOn).toEqual(new Date('2026-05-20T00:00:00Z'));
  });
});
