/**
 * The editors' MDX components (src/components/mdx/) as blocks the form editor can insert: what each
 * takes, and how a block is written to and read back from the MDX body. Plain TypeScript, shared by
 * the build (which turns the attributes into form fields) and the editor's browser script.
 */

interface ComponentAttribute {
  name: string;
  label: string;
  required: boolean;
  hint?: string;
  /** A place picker instead of a text box. */
  place?: boolean;
}

interface EditorComponentSpec {
  /** The component's name in MDX, as in MDX_COMPONENTS. */
  name: string;
  label: string;
  attributes: ComponentAttribute[];
  /** Components with text between their tags (<PullQuote>…</PullQuote>) rather than self-closing. */
  children?: { label: string };
}

export const EDITOR_COMPONENTS: readonly EditorComponentSpec[] = [
  {
    name: 'KeyFigure',
    label: '关键数字',
    attributes: [
      { name: 'value', label: '数值', required: true, hint: '只写数字，如 56' },
      { name: 'unit', label: '单位', required: false, hint: '如 个、名、%' },
      { name: 'label', label: '说明', required: true, hint: '这个数字说的是什么，注明年份，如“文城镇党建网格（2020年报道）”' },
    ],
  },
  {
    name: 'Figure',
    label: '图片',
    attributes: [
      { name: 'src', label: '图片路径', required: true, hint: '如 /images/xinfeng.jpg（文件先放进 public/images/）' },
      { name: 'alt', label: '替代文字', required: true, hint: '用一句话说清图片里有什么，供读屏软件朗读' },
      { name: 'caption', label: '图注', required: false },
      { name: 'credit', label: '供图单位', required: false },
    ],
  },
  {
    name: 'PullQuote',
    label: '引语',
    attributes: [{ name: 'source', label: '出处', required: false }],
    children: { label: '引文' },
  },
  {
    name: 'PlaceCard',
    label: '地点卡片',
    attributes: [{ name: 'id', label: '地点', required: true, place: true, hint: '选择一个基地、工作站或服务点' }],
  },
];

/** The field that holds a component's text between its tags. */
export const CHILDREN_FIELD = 'children';

const ATTRIBUTES = String.raw`((?:\s+[A-Za-z]+="[^"]*")*)`;

/** Matches one block of this component on a line of its own, as the editor writes it. */
export function componentPattern(spec: EditorComponentSpec): RegExp {
  return spec.children ? new RegExp(String.raw`^<${spec.name}${ATTRIBUTES}\s*>(.*?)</${spec.name}>$`) : new RegExp(String.raw`^<${spec.name}${ATTRIBUTES}\s*/>$`);
}

/** A matched block → the values of its form fields. */
export function componentFromMatch(spec: EditorComponentSpec, match: RegExpMatchArray): Record<string, string> {
  const data: Record<string, string> = {};
  for (const [, name, value] of (match[1] ?? '').matchAll(/([A-Za-z]+)="([^"]*)"/g)) data[name] = value;
  if (spec.children) data[CHILDREN_FIELD] = match[2] ?? '';
  return data;
}

/**
 * Form values → the MDX block. MDX ends an attribute at a straight double quote and reads { < > in
 * text as code, so those become their full-width forms, as the editing guide asks editors to type them.
 */
export function componentToMdx(spec: EditorComponentSpec, data: Record<string, unknown>): string {
  const text = (value: unknown) =>
    String(value ?? '')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/"/g, '”')
      .replace(/[{}<>]/g, (c) => ({ '{': '｛', '}': '｝', '<': '《', '>': '》' })[c]!);
  const attributes = spec.attributes
    .filter((a) => text(data[a.name]) !== '')
    .map((a) => ` ${a.name}="${text(data[a.name])}"`)
    .join('');
  return spec.children ? `<${spec.name}${attributes}>${text(data[CHILDREN_FIELD])}</${spec.name}>` : `<${spec.name}${attributes} />`;
}
