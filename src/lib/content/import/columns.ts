import { z } from 'astro/zod';
import { vocabularyOfField, type Vocabularies } from '../../../schemas/vocabularies.ts';
import { unwrap } from '../field-reference.ts';

/** One allowed value of a choice column: the id written to the file, the label shown in the sheet. */
export interface Choice {
  id: string;
  label: string;
}

export type CellKind = 'text' | 'number' | 'boolean' | 'date' | 'choice';

/** A spreadsheet column: one leaf field of the schema, or the entry's file name. */
export interface Column {
  /** Dotted path in the front matter ('location.lng'); 'id' for the file name. */
  key: string;
  path: string[];
  /** Short Chinese label, parents first: '位置·经度'. */
  label: string;
  /** What the header cell says: label and key, so either can be matched. */
  header: string;
  description: string;
  /** Required whenever its group (if any) is filled in. */
  required: boolean;
  kind: CellKind;
  /** A cell holds several values (a list field), separated by 、 or new lines. */
  list: boolean;
  choices?: Choice[];
}

/** A schema field the sheet cannot express (e.g. a list of groups), left to the file editor. */
export interface SkippedField {
  key: string;
  label: string;
}

export const ID_COLUMN_KEY = 'id';

const CJK = /[\u3400-\u9fff]/;

/** '名称，写全称，例如…' → '名称'; a description that starts with something else falls back to the key. */
function shortLabel(description: string | undefined, key: string): string {
  const head = (description ?? '').split(/[，,：:（(。；;]|\s+(?=[A-Za-z])/)[0].trim();
  return head && CJK.test(head) ? head : key;
}

/** '精度：exact 已核实的准确位置；approximate 大致位置' (or 'exact：…') gives each option of an enum its Chinese label. */
function enumChoices(options: readonly string[], description = ''): Choice[] {
  const labelled = options.map((id) => {
    const match = new RegExp(`(?:^|[。；;：:\\s])${id}(?:[：:]|\\s)\\s*([^；;（(，,。]+)`).exec(description);
    return { id, label: match?.[1].trim() || id };
  });
  return unique(labelled);
}

/** A label that two choices share would be ambiguous when read back: those choices show their ids. */
function unique(choices: Choice[]): Choice[] {
  const count = (label: string) => choices.filter((c) => c.label === label).length;
  return choices.map((c) => (count(c.label) > 1 ? { ...c, label: c.id } : c));
}

function leaf(schema: z.ZodTypeAny, vocabularies: Vocabularies, description: string | undefined): Pick<Column, 'kind' | 'choices'> | undefined {
  if (schema instanceof z.ZodEffects && vocabularyOfField.has(schema._def.schema)) {
    const name = vocabularyOfField.get(schema._def.schema)!;
    return { kind: 'choice', choices: unique(Object.entries(vocabularies[name]).map(([id, label]) => ({ id, label }))) };
  }
  if (schema instanceof z.ZodEnum) return { kind: 'choice', choices: enumChoices(schema.options, description) };
  if (schema instanceof z.ZodLiteral && typeof schema.value === 'string') return { kind: 'choice', choices: [{ id: schema.value, label: schema.value }] };
  if (schema instanceof z.ZodString) return { kind: 'text' };
  if (schema instanceof z.ZodNumber) return { kind: 'number' };
  if (schema instanceof z.ZodBoolean) return { kind: 'boolean' };
  if (schema instanceof z.ZodDate) return { kind: 'date' };
  // dateField: a date or a YYYY-MM-DD string.
  if (schema instanceof z.ZodUnion && (schema.options as z.ZodTypeAny[]).some((option) => option instanceof z.ZodDate)) return { kind: 'date' };
  return undefined;
}

/**
 * The sheet's columns, read off the collection's zod schema: groups (location, confirmation) become
 * one column per sub-field, lists of plain values one cell, so a new schema field needs no import code.
 */
export function sheetColumns(schema: z.ZodTypeAny, vocabularies: Vocabularies): { columns: Column[]; skipped: SkippedField[]; fieldOrder: string[] } {
  const columns: Column[] = [
    { key: ID_COLUMN_KEY, path: [], label: '文件名', header: `文件名（${ID_COLUMN_KEY}）`, description: '条目的标识，也是网址的一部分：只用小写字母、数字和连字符，如 xinfeng-shequ。表中已有的文件名会更新该条目，新的文件名会新建条目', required: true, kind: 'text', list: false },
  ];
  const skipped: SkippedField[] = [];
  const fieldOrder: string[] = [];
  const walk = (object: z.ZodTypeAny, path: string[], labels: string[], parentRequired: boolean) => {
    const { inner } = unwrap(object);
    if (!(inner instanceof z.ZodObject)) return;
    for (const [key, field] of Object.entries(inner.shape as Record<string, z.ZodTypeAny>)) {
      const { inner: type, optional, description } = unwrap(field);
      const fieldPath = [...path, key];
      const fieldLabels = [...labels, shortLabel(description, key)];
      const required = parentRequired && !optional;
      if (type instanceof z.ZodObject) {
        walk(type, fieldPath, fieldLabels, required);
        continue;
      }
      const isList = type instanceof z.ZodArray;
      const element = isList ? unwrap(type.element) : { inner: type, description };
      const cell = leaf(element.inner, vocabularies, element.description ?? description);
      const dotted = fieldPath.join('.');
      const label = fieldLabels.join('·');
      fieldOrder.push(dotted);
      if (!cell) {
        skipped.push({ key: dotted, label });
        continue;
      }
      columns.push({ key: dotted, path: fieldPath, label, header: `${label}（${dotted}）`, description: description ?? '', required, list: isList, ...cell });
    }
  };
  walk(schema, [], [], true);
  return { columns, skipped, fieldOrder };
}

/** The column a content-check problem's field ('services[1]', 'location', 'confirmation.checkedOn') belongs to. */
export function columnOfField(columns: Column[], field: string): Column | { key: string; label: string } | undefined {
  if (field === '文件名') return columns.find((c) => c.key === ID_COLUMN_KEY);
  const key = field.replace(/\[\d+\]/g, '');
  const exact = columns.find((c) => c.key === key);
  if (exact) return exact;
  // A problem on a whole group (location out of Hainan) names the group, by its first column's label.
  const inGroup = columns.filter((c) => c.key.startsWith(`${key}.`));
  if (inGroup.length > 0) return { key, label: inGroup[0].label.split('·').slice(0, key.split('.').length).join('·') };
  const inside = columns.find((c) => key.startsWith(`${c.key}.`));
  if (inside) return inside;
  // The check's impossible-date test reads the raw text and knows only the key (checkedOn).
  const byName = columns.filter((c) => c.path.at(-1) === key);
  return byName.length === 1 ? byName[0] : undefined;
}
