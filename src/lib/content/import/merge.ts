import { isMap, isScalar, parseDocument, type Document } from 'yaml';
import { DELETE, type FieldValue } from './cells.ts';

const FRONT_MATTER = /^---(\r?\n)([\s\S]*?)^---[ \t]*(?:\r?\n|$)/m;

/** Written so that untouched parts of the YAML (comments, quoting, order) come back as they were. */
const STRINGIFY = { lineWidth: 0, flowCollectionPadding: false } as const;

/** One cell's value for one field of the entry. */
export interface FieldUpdate {
  key: string;
  path: string[];
  value: FieldValue;
}

export interface MergeResult {
  text: string;
  /** Column keys whose value changed, in sheet order. */
  changed: string[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Removes a group (location, confirmation) left with no fields, so the file does not keep an empty `location:`. */
function pruneEmpty(doc: Document, path: string[]) {
  for (let depth = path.length - 1; depth > 0; depth--) {
    const parent = doc.getIn(path.slice(0, depth));
    if (isMap(parent) && parent.items.length === 0) doc.deleteIn(path.slice(0, depth));
  }
}

/** A field the entry did not have goes where the schema lists it, not at the end of the file. */
function placeNewKey(doc: Document, path: string[], rank: (path: string[]) => number) {
  const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1));
  if (!isMap(parent)) return;
  const pair = parent.items.pop()!;
  const own = rank(path);
  const keyOf = (item: (typeof parent.items)[number]) => String(isScalar(item.key) ? item.key.value : item.key);
  let index = parent.items.length;
  while (index > 0 && rank([...path.slice(0, -1), keyOf(parent.items[index - 1])]) > own) index--;
  parent.items.splice(index, 0, pair);
}

/**
 * An entry's file with the sheet's values set in its front matter. Fields the sheet does not set
 * keep their value, the MDX body is kept byte for byte, and a new entry gets fields in schema order.
 */
export function mergeEntry(source: string | undefined, values: FieldUpdate[], rank: (path: string[]) => number): MergeResult {
  const match = source === undefined ? undefined : FRONT_MATTER.exec(source);
  if (source !== undefined && match?.index !== 0) throw new Error('文件不以 --- 开头的文件头开始');
  const newline = match?.[1] ?? '\n';
  const doc = parseDocument(match?.[2] ?? '');
  if (doc.errors.length > 0) throw new Error(doc.errors[0].message);
  if (doc.contents === null) doc.contents = doc.createNode({}) as unknown as typeof doc.contents;
  const original: unknown = doc.toJS();
  const changed: string[] = [];
  for (const { key, path, value } of values) {
    const before = path.reduce<unknown>((node, step) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[step] : undefined), original);
    if (value === DELETE) {
      if (before === undefined) continue;
      doc.deleteIn(path);
      pruneEmpty(doc, path);
    } else {
      if (same(before, value)) continue;
      const added = path.findIndex((_, depth) => !doc.hasIn(path.slice(0, depth + 1)));
      doc.setIn(path, value);
      if (added >= 0) placeNewKey(doc, path.slice(0, added + 1), rank);
    }
    changed.push(key);
  }
  if (source !== undefined && changed.length === 0) return { text: source, changed };
  const body = match ? source!.slice(match[0].length) : '';
  let yaml = doc.toString(STRINGIFY);
  if (newline === '\r\n') yaml = yaml.replace(/\r?\n/g, '\r\n');
  return { text: `---${newline}${yaml}---${newline}${body}`, changed };
}
