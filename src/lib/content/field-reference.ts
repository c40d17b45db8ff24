import { z } from 'astro/zod';
import type { Vocabularies } from '../../schemas/vocabularies.ts';
import { vocabularyOfField } from '../../schemas/vocabularies.ts';

/** One documented field, read off the zod schema so the editors' reference cannot drift from it. */
export interface FieldDoc {
  path: string;
  type: string;
  required: boolean;
  defaultValue?: unknown;
  description: string;
  allowed?: string[];
}

type Any = z.ZodTypeAny;

/** Peels optional/default/effects wrappers (not a vocabulary's), remembering what they said. */
export function unwrap(schema: Any): { inner: Any; optional: boolean; defaultValue?: unknown; description?: string } {
  let inner = schema;
  let optional = false;
  let defaultValue: unknown;
  let description = schema.description;
  for (;;) {
    description ??= inner.description;
    if (inner instanceof z.ZodOptional) {
      optional = true;
      inner = inner.unwrap();
    } else if (inner instanceof z.ZodDefault) {
      optional = true;
      defaultValue = inner._def.defaultValue();
      inner = inner._def.innerType;
    } else if (inner instanceof z.ZodEffects && !vocabularyOfField.has(inner._def.schema)) {
      inner = inner._def.schema;
    } else {
      return { inner, optional, defaultValue, description };
    }
  }
}

function typeOf(schema: Any, vocabularies: Vocabularies): { type: string; allowed?: string[] } {
  if (schema instanceof z.ZodEffects) {
    const name = vocabularyOfField.get(schema._def.schema)!;
    return { type: `词表 ${name}`, allowed: Object.entries(vocabularies[name]).map(([id, label]) => `${id}（${label}）`) };
  }
  if (schema instanceof z.ZodEnum) return { type: '固定值', allowed: schema.options as string[] };
  if (schema instanceof z.ZodUnion) {
    // A source's date may be a bare year: reportedDateField accepts numbers too.
    const yearAllowed = (schema.options as Any[]).some((option) => option instanceof z.ZodNumber);
    return { type: yearAllowed ? '年份或日期：2020、2020-06、2020-06-01' : '日期 YYYY-MM-DD' };
  }
  if (schema instanceof z.ZodString) return { type: '文字' };
  if (schema instanceof z.ZodNumber) return { type: schema.isInt ? '整数' : '数字' };
  if (schema instanceof z.ZodBoolean) return { type: 'true / false' };
  if (schema instanceof z.ZodObject) return { type: '一组字段' };
  if (schema instanceof z.ZodArray) {
    const element = typeOf(unwrap(schema.element).inner, vocabularies);
    return { type: `列表（每项：${element.type}）`, allowed: element.allowed };
  }
  return { type: schema._def.typeName ?? '值' };
}

export function describeFields(schema: Any, vocabularies: Vocabularies, prefix = ''): FieldDoc[] {
  const { inner } = unwrap(schema);
  if (!(inner instanceof z.ZodObject)) return [];
  const docs: FieldDoc[] = [];
  for (const [key, field] of Object.entries(inner.shape as Record<string, Any>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    const { inner: fieldInner, optional, defaultValue, description } = unwrap(field);
    docs.push({ path, required: !optional, defaultValue, description: description ?? '', ...typeOf(fieldInner, vocabularies) });
    if (fieldInner instanceof z.ZodObject) docs.push(...describeFields(fieldInner, vocabularies, path));
    if (fieldInner instanceof z.ZodArray) docs.push(...describeFields(fieldInner.element, vocabularies, `${path}[]`));
  }
  return docs;
}
