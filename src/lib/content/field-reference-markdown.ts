import { buildSchemas, COLLECTION_LABELS, COLLECTIONS } from '../../schemas/index.ts';
import { SITE_IDENTITY_FILE, siteIdentitySchema } from '../../schemas/site.ts';
import { loadVocabularies } from '../../schemas/vocabularies.ts';
import { describeFields } from './field-reference.ts';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The editors' field reference in Markdown: one table per collection. */
export function renderFieldReference(root: string): string {
  const vocabularies = loadVocabularies(root);
  const schemas = buildSchemas(vocabularies);
  const table = (heading: string, schema: Parameters<typeof describeFields>[0]) => {
    const rows = describeFields(schema, vocabularies).map((field) => {
      const need = field.required ? '必填' : field.defaultValue !== undefined ? `可选，默认 ${JSON.stringify(field.defaultValue)}` : '可选';
      const allowed = field.allowed ? `可用的值：${field.allowed.join('、')}` : '';
      return `| \`${field.path}\` | ${cell(field.type)} | ${need} | ${cell([field.description, allowed].filter(Boolean).join('。'))} |`;
    });
    return [`## ${heading}`, '', '| 字段 | 类型 | 是否必填 | 说明 |', '| --- | --- | --- | --- |', ...rows].join('\n');
  };
  const sections = [
    ...COLLECTIONS.map((name) => table(`${COLLECTION_LABELS[name]}（content/${name}/）`, schemas[name])),
    table(`网站信息（${SITE_IDENTITY_FILE}）`, siteIdentitySchema),
  ];
  return [
    '# 字段参考',
    '',
    '<!-- 本文件由 npm run docs:fields 根据 src/schemas/ 自动生成，请勿手工修改。 -->',
    '',
    '每个条目是一个 .mdx 文件：开头两行 `---` 之间是字段（YAML 写法），之后是正文。文件名就是条目的标识，只用小写字母、数字和连字符。',
    '',
    ...sections.flatMap((section) => [section, '']),
  ].join('\n');
}
