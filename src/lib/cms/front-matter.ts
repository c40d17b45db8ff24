/**
 * How the form editor reads and writes an entry file: YAML front matter and the MDX body, the same
 * shape editors write by hand. Registered in Decap CMS as a custom format so that what it writes is
 * ours to decide: fields left empty are left out (an optional telephone saved as "" would fail the
 * check), the form's file-name field is not written into the file, and dates stay plain YYYY-MM-DD.
 */
import yaml from 'js-yaml';

/** The name this format is registered under in Decap CMS, once per collection (each has its field order). */
export const formatName = (collection: string) => `mdx-front-matter-${collection}`;
/** The form field that names a new entry's file; it is the file name, not part of the front matter. */
export const FILE_NAME_FIELD = 'fileName';
/** The custom widget of that field (src/islands/admin.ts). */
export const FILE_NAME_WIDGET = 'file-name';
/** The MDX body, as Decap CMS's markdown field calls it. */
export const BODY_FIELD = 'body';

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)([\s\S]*)$/;

/**
 * File text → form values. The core schema keeps dates as the text written (2020-09-01), which is
 * what the form's date fields read and write.
 */
export function fromFile(text: string): Record<string, unknown> {
  const match = FRONT_MATTER.exec(text);
  if (!match) return { [BODY_FIELD]: text };
  const data = (yaml.load(match[1], { schema: yaml.CORE_SCHEMA }) ?? {}) as Record<string, unknown>;
  return { ...data, [BODY_FIELD]: match[2].replace(/^(?:\r?\n)+/, '') };
}

/** Empty text, empty lists and objects whose every field is empty carry nothing: leave them out. */
function prune(value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (typeof value === 'number') return Number.isNaN(value) ? undefined : value;
  if (Array.isArray(value)) {
    const items = value.map(prune).filter((item) => item !== undefined);
    return items.length > 0 ? items : undefined;
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .map(([key, item]) => [key, prune(item)] as const)
      .filter(([, item]) => item !== undefined);
    return entries.length > 0 ? Object.fromEntries(entries) : undefined;
  }
  return value;
}

/** The form's fields, as far as their order goes: objects' fields and lists' item fields nested. */
export interface FieldOrder {
  name: string;
  fields?: FieldOrder[];
}

/** Keys in the form's order (the order the schema gives), whatever order the editor filled them in; unknown keys last. */
function ordered(value: unknown, fields: FieldOrder[] | undefined): unknown {
  if (!fields || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => ordered(item, fields));
  const object = value as Record<string, unknown>;
  const rank = (key: string) => {
    const index = fields.findIndex((f) => f.name === key);
    return index === -1 ? fields.length : index;
  };
  return Object.fromEntries(
    Object.keys(object)
      .sort((a, b) => rank(a) - rank(b))
      .map((key) => [key, ordered(object[key], fields.find((f) => f.name === key)?.fields)]),
  );
}

/** Form values → file text: front matter in the form's field order, then the body. */
export function toFile(data: Record<string, unknown>, fields?: FieldOrder[]): string {
  const { [BODY_FIELD]: body, [FILE_NAME_FIELD]: _fileName, ...values } = data;
  const front = (prune(ordered(values, fields)) ?? {}) as Record<string, unknown>;
  const head = `---\n${yaml.dump(front, { schema: yaml.CORE_SCHEMA, lineWidth: -1, noRefs: true })}---\n`;
  const text = typeof body === 'string' ? body.trim() : '';
  return text ? `${head}\n${text}\n` : head;
}
