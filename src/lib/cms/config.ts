/**
 * The form editor's configuration (Decap CMS), generated from the zod schemas at build time, never
 * written by hand: one collection per content collection, a form field per schema field, with its
 * label and hint from the schema's description, vocabularies and enums as choices, references to
 * other entries as pickers, required as the schema says, and the MDX components as insertable blocks.
 * A field added to a schema appears here without touching this file.
 */
import { z } from 'astro/zod';
import { unwrap } from '../content/field-reference.ts';
import { ENTRY_ID, RESERVED_IDS } from '../../schemas/common.ts';
import { buildSchemas, COLLECTION_LABELS, PLACE_COLLECTIONS } from '../../schemas/index.ts';
import { hoursField } from '../../schemas/place.ts';
import { loadSiteIdentity, type CmsSettings } from '../../schemas/site.ts';
import { loadVocabularies, vocabularyOfField, type Vocabularies } from '../../schemas/vocabularies.ts';
import { EDITOR_COMPONENTS, CHILDREN_FIELD } from './components.ts';
import { BODY_FIELD, FILE_NAME_FIELD, FILE_NAME_WIDGET, formatName } from './front-matter.ts';
import { HOURS_WIDGET } from './hours.ts';

type Any = z.ZodTypeAny;
interface Context {
  vocabularies: Vocabularies;
  /** The values of a place's confirmation.status: what tells a place from other entries. */
  placeStatuses: string[];
}
export type CmsField = { name: string; label: string; widget: string; required?: boolean; hint?: string; default?: unknown; [option: string]: unknown };

/** The hidden collection the place pickers search: every entry file under content/, places filtered by their fields. */
export const PLACES_COLLECTION = 'places';
/** decap-server's address when run by `npm run admin`. */
export const LOCAL_BACKEND_URL = 'http://localhost:8081/api/v1';

/**
 * Fields that name other entries, by field name (the schemas hold them as plain ids; the content
 * check resolves them in src/lib/content/references.ts). Towns and communities live inside the
 * regions' front matter: the picker lists regions' towns.*.id, showing the region and town names.
 */
const REFERENCES: Record<string, (multiple: boolean, context: Context) => Record<string, unknown>> = {
  region: (multiple) => ({ widget: 'relation', collection: 'regions', value_field: '{{slug}}', search_fields: ['name'], display_fields: ['name'], multiple }),
  town: (multiple) => ({ widget: 'relation', collection: 'regions', value_field: 'towns.*.id', search_fields: ['towns.*.name'], display_fields: ['name', 'towns.*.name'], multiple }),
  community: (multiple) => ({
    widget: 'relation',
    collection: 'regions',
    value_field: 'towns.*.communities.*.id',
    search_fields: ['towns.*.communities.*.name'],
    display_fields: ['name', 'towns.*.communities.*.name'],
    multiple,
  }),
  place: (multiple, context) => placePicker(multiple, context),
  places: (multiple, context) => placePicker(multiple, context),
  sources: (multiple) => ({ widget: 'relation', collection: 'sources', value_field: '{{slug}}', search_fields: ['title'], display_fields: ['title'], multiple }),
};

/**
 * Sites, workstations and service points are three collections; Decap's relation widget searches
 * one. So the pickers search a hidden collection over all of content/ (nested two levels), keep
 * the entries that have a place's confirmation status, and store the file name.
 */
function placePicker(multiple: boolean, { placeStatuses }: Context) {
  return {
    widget: 'relation',
    collection: PLACES_COLLECTION,
    value_field: '{{filename}}',
    search_fields: ['name'],
    display_fields: ['name'],
    filters: [{ field: 'confirmation.status', values: placeStatuses }],
    multiple,
  };
}

const CJK = /[\u3400-\u9fff]/;

/** The field's name as editors know it: the description up to its first pause (“名称，写全称…” → 名称), else the key. */
export function labelOf(key: string, description = ''): string {
  const head = description.split(/[：:，,；;。（(\s]/)[0].trim();
  return CJK.test(head) ? head : key;
}

/** “exact：已核实的准确位置；approximate：大致位置” → 已核实的准确位置（exact）; the value itself when not explained. */
export function optionLabel(value: string, description = ''): string {
  if (!/^[\w-]+$/.test(value)) return value;
  const match = new RegExp(String.raw`(?<![\w-])${value}(?![\w-])[：:\s]*([^；;，,、。（(：:]+)`).exec(description);
  const meaning = match?.[1].trim();
  return meaning && CJK.test(meaning) ? `${meaning}（${value}）` : value;
}

function checkOf<T extends string>(schema: Any, kind: T) {
  return ((schema._def.checks ?? []) as Array<{ kind: string; value?: number; regex?: RegExp; message?: string }>).find((c) => c.kind === kind);
}

function arrayBounds(schema: z.ZodArray<Any>) {
  const min = schema._def.minLength?.value;
  const max = schema._def.maxLength?.value;
  return { ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) };
}

const vocabularyOf = (schema: Any) => (schema instanceof z.ZodEffects ? vocabularyOfField.get(schema._def.schema) : undefined);

/**
 * The text inside hoursField's transform: what unwrap() leaves of any field built from hoursField,
 * however it is wrapped, described or named. Recognising the schema itself, not a field name or a
 * tag in the description (which is the editors' hint), gives every hours field the reading widget.
 */
const HOURS_TEXT = hoursField.innerType();

/** The widget and its options for a field's inner type (wrappers already peeled). */
function widgetFor(key: string, schema: Any, description: string | undefined, context: Context): Omit<CmsField, 'name' | 'label'> {
  const vocabulary = vocabularyOf(schema);
  if (vocabulary) return { widget: 'select', options: Object.entries(context.vocabularies[vocabulary]).map(([value, label]) => ({ label, value })) };
  if (schema instanceof z.ZodEnum) return { widget: 'select', options: (schema.options as string[]).map((value) => ({ label: optionLabel(value, description), value })) };
  if (schema === HOURS_TEXT) return { widget: HOURS_WIDGET };
  if (schema instanceof z.ZodBoolean) return { widget: 'boolean' };
  if (schema instanceof z.ZodDate || (schema instanceof z.ZodUnion && (schema.options as Any[]).some((o) => o instanceof z.ZodDate))) {
    return { widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false, picker_utc: true };
  }
  if (schema instanceof z.ZodNumber) {
    const min = checkOf(schema, 'min')?.value;
    const max = checkOf(schema, 'max')?.value;
    return { widget: 'number', value_type: schema.isInt ? 'int' : 'float', ...(schema.isInt ? {} : { step: 0.000001 }), ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) };
  }
  if (schema instanceof z.ZodObject) return { widget: 'object', collapsed: false, fields: objectFields(schema, context) };
  if (schema instanceof z.ZodArray) {
    const element = unwrap(schema.element);
    const bounds = arrayBounds(schema);
    const inner = widgetFor(key, element.inner, element.description ?? description, context);
    if (inner.widget === 'select') return { ...inner, multiple: true, ...bounds };
    if (inner.widget === 'object') return { widget: 'list', collapsed: false, fields: inner.fields, ...bounds };
    return { widget: 'list', field: { name: 'item', label: labelOf(key, description), ...inner }, ...bounds };
  }
  if (schema instanceof z.ZodString) {
    const regex = checkOf(schema, 'regex');
    const long = (checkOf(schema, 'max')?.value ?? 0) >= 100;
    return { widget: long ? 'text' : 'string', ...(regex?.regex ? { pattern: [regex.regex.source, regex.message ?? '格式不对'] } : {}) };
  }
  // A type this generator does not know yet still gets a field, as text, rather than disappearing.
  return { widget: 'string' };
}

function fieldFor(key: string, schema: Any, context: Context): CmsField {
  const { inner, optional, defaultValue, description } = unwrap(schema);
  const reference = REFERENCES[key];
  const widget = reference ? reference(inner instanceof z.ZodArray, context) : widgetFor(key, inner, description, context);
  const field: CmsField = { name: key, label: labelOf(key, description), ...widget, required: !optional } as CmsField;
  if (description) field.hint = description;
  if (defaultValue !== undefined && !(Array.isArray(defaultValue) && defaultValue.length === 0) && defaultValue !== '') field.default = defaultValue;
  // An optional date left alone stays empty instead of taking today's date.
  if (optional && field.widget === 'datetime' && field.default === undefined) field.default = '';
  // Decap checks an empty optional object's required fields too; the content check still requires them once it is filled in.
  if (optional && field.widget === 'object') field.fields = (field.fields as CmsField[]).map((f) => requiredWhenFilled(f, field.label));
  return field;
}

function requiredWhenFilled(field: CmsField, parent: string): CmsField {
  if (!field.required) return field;
  return { ...field, required: false, hint: `填写“${parent}”时必填。${field.hint ?? ''}` };
}

function objectFields(schema: z.ZodObject<z.ZodRawShape>, context: Context): CmsField[] {
  return Object.entries(schema.shape as Record<string, Any>).map(([key, field]) => fieldFor(key, field, context));
}

function fileNameField(collection: string): CmsField {
  return {
    name: FILE_NAME_FIELD,
    label: '文件名（新建时必填）',
    widget: FILE_NAME_WIDGET,
    required: false,
    hint: '小写拼音或英文，用连字符连接，例如 xinfeng-shequ。它是网址的一部分，发布后不能再改',
    id_pattern: [ENTRY_ID.source, '文件名只用小写字母、数字和连字符，例如 xinfeng-shequ'],
    reserved: [...(RESERVED_IDS[collection] ?? [])],
  };
}

const bodyField = (): CmsField => ({
  name: BODY_FIELD,
  label: '正文',
  widget: 'markdown',
  required: false,
  hint: '“##”开头的一行是小标题；空一行是新段落。可在“+”菜单中插入关键数字、引语、图片和地点卡片',
  modes: ['rich_text', 'raw'],
  editor_components: EDITOR_COMPONENTS.map((c) => c.name),
});

interface EditorComponentConfig {
  id: string;
  label: string;
  fields: CmsField[];
}

/** The MDX components' form fields; a place attribute is a place picker. */
function editorComponentConfigs(context: Context): EditorComponentConfig[] {
  return EDITOR_COMPONENTS.map((spec) => ({
    id: spec.name,
    label: spec.label,
    fields: [
      ...spec.attributes.map((a) => ({ name: a.name, label: a.label, required: a.required, ...(a.hint ? { hint: a.hint } : {}), ...(a.place ? placePicker(false, context) : { widget: 'string' }) })),
      ...(spec.children ? [{ name: CHILDREN_FIELD, label: spec.children.label, widget: 'string', required: true }] : []),
    ],
  }));
}

function placeStatuses(placeSchema: Any): string[] {
  const shapeOf = (schema: Any) => (unwrap(schema).inner as z.ZodObject<z.ZodRawShape>).shape as Record<string, Any>;
  return [...(unwrap(shapeOf(shapeOf(placeSchema).confirmation).status).inner as z.ZodEnum<[string, ...string[]]>).options];
}

function backendOf(settings: CmsSettings | undefined) {
  if (!settings) return { name: 'proxy', proxy_url: LOCAL_BACKEND_URL, branch: 'main' };
  const { backend, ...options } = settings;
  // GitLab signs editors in from the browser alone with PKCE; Gitea and GitHub use base_url's OAuth.
  return { name: backend, ...options, ...(backend === 'gitlab' ? { auth_type: 'pkce' } : {}) };
}

interface CmsConfigInput {
  schemas: Record<string, Any>;
  vocabularies: Vocabularies;
  settings?: CmsSettings;
  siteUrl: string;
}

export interface CmsConfig {
  /** Decap CMS's own configuration, handed to CMS.init. */
  decap: Record<string, unknown>;
  editorComponents: EditorComponentConfig[];
  /** Whether the editor has a forge; without one it works only on this computer (npm run admin). */
  localOnly: boolean;
}

export function buildCmsConfig({ schemas, vocabularies, settings, siteUrl }: CmsConfigInput): CmsConfig {
  const context: Context = { vocabularies, placeStatuses: placeStatuses(schemas[PLACE_COLLECTIONS[0]]) };

  const collections = Object.entries(schemas).map(([name, schema]) => {
    const shape = (unwrap(schema).inner as z.ZodObject<z.ZodRawShape>).shape;
    const title = ['title', 'name'].find((key) => key in shape);
    return {
      name,
      label: COLLECTION_LABELS[name as keyof typeof COLLECTION_LABELS] ?? name,
      folder: `content/${name}`,
      extension: 'mdx',
      format: formatName(name),
      create: true,
      identifier_field: FILE_NAME_FIELD,
      slug: '{{slug}}',
      ...(title ? { summary: `{{${title}}}`, sortable_fields: [title] } : {}),
      fields: [fileNameField(name), ...Object.entries(shape as Record<string, Any>).map(([key, field]) => fieldFor(key, field, context)), bodyField()],
    };
  });
  const places = {
    name: PLACES_COLLECTION,
    label: '地点',
    folder: 'content',
    nested: { depth: 2 },
    hide: true,
    create: false,
    extension: 'mdx',
    format: formatName(PLACES_COLLECTION),
    identifier_field: 'name',
    fields: [{ name: 'name', label: '名称', widget: 'string' }],
  };
  return {
    decap: {
      load_config_file: false,
      locale: 'zh_Hans',
      backend: backendOf(settings),
      // On this computer with `npm run admin` running, edit the working copy whatever the forge.
      local_backend: { url: LOCAL_BACKEND_URL },
      site_url: siteUrl,
      display_url: siteUrl,
      media_folder: 'public/images',
      public_folder: '/images',
      slug: { encoding: 'ascii', clean_accents: true },
      collections: [...collections, places],
    },
    editorComponents: editorComponentConfigs(context),
    localOnly: !settings,
  };
}

/** The configuration for this checkout: its schemas, vocabularies and content/site.yaml. */
export function loadCmsConfig(root: string, siteUrl: string): CmsConfig {
  const vocabularies = loadVocabularies(root);
  return buildCmsConfig({ schemas: buildSchemas(vocabularies), vocabularies, settings: loadSiteIdentity(root).cms, siteUrl });
}
