/**
 * Starts the form editor: loads Decap CMS's bundle from this site, registers what our content
 * needs (the MDX front-matter format, the file-name field, the opening-hours field that shows its
 * reading, the MDX components as blocks) and hands it the configuration the build generated from
 * the schemas (/admin/config.json).
 */
import { componentFromMatch, componentPattern, componentToMdx, EDITOR_COMPONENTS } from '../lib/cms/components.ts';
import type { CmsConfig } from '../lib/cms/config.ts';
import { FILE_NAME_WIDGET, formatName, fromFile, toFile, type FieldOrder } from '../lib/cms/front-matter.ts';
import { hoursFeedback, HOURS_WIDGET } from '../lib/cms/hours.ts';
import { h } from './dom.ts';

const LOCAL_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

interface ImmutableLike {
  get(key: string): any;
  toJS(): any;
}

interface WidgetProps {
  value?: string;
  field: ImmutableLike;
  entry: ImmutableLike;
  forID: string;
  classNameWrapper: string;
  onChange: (value: string) => void;
  setActiveStyle: () => void;
  setInactiveStyle: () => void;
}

declare global {
  interface Window {
    CMS_MANUAL_INIT?: boolean;
    CMS: any;
    createClass: (spec: object) => unknown;
    h: (type: string, props: object, ...children: unknown[]) => unknown;
  }
}

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = h('script', { src });
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`${src} 加载失败`));
    document.head.append(script);
  });
}

/**
 * A new entry's file name (its id and URL), typed once; an existing entry shows its own, read-only.
 * It is checked here because Decap's required/pattern checks would also apply to existing entries,
 * whose files do not carry their name.
 */
function fileNameWidget() {
  return window.createClass({
    isValid(this: { props: WidgetProps }) {
      const { entry, value = '', field } = this.props;
      if (!entry.get('newRecord')) return true;
      const [pattern, message] = field.get('id_pattern').toJS() as [string, string];
      const error = (text: string) => ({ error: { type: 'CUSTOM', message: text } });
      if (!value) return error('请填写文件名，例如 xinfeng-shequ');
      if (!new RegExp(pattern).test(value)) return error(message);
      if ((field.get('reserved').toJS() as string[]).includes(value)) return error(`“${value}”已被网站的页面占用，请换一个文件名`);
      return true;
    },
    render(this: { props: WidgetProps }) {
      const { entry, value, forID, classNameWrapper, onChange, setActiveStyle, setInactiveStyle } = this.props;
      const existing = !entry.get('newRecord');
      return window.h('input', {
        type: 'text',
        id: forID,
        className: classNameWrapper,
        value: existing ? entry.get('slug') : (value ?? ''),
        readOnly: existing,
        lang: 'en',
        autoComplete: 'off',
        spellCheck: false,
        onChange: (event: Event) => onChange((event.target as HTMLInputElement).value.trim()),
        onFocus: setActiveStyle,
        onBlur: setInactiveStyle,
      });
    },
  });
}

/**
 * Opening hours as the office writes them, with the site's reading shown under the box as the
 * editor types (the same reader as the content check); Chinese it cannot read blocks publishing.
 */
function hoursWidget() {
  return window.createClass({
    isValid(this: { props: WidgetProps }) {
      const feedback = hoursFeedback(this.props.value);
      return feedback.kind === 'error' ? { error: { type: 'CUSTOM', message: feedback.error } } : true;
    },
    render(this: { props: WidgetProps }) {
      const { value, forID, classNameWrapper, onChange, setActiveStyle, setInactiveStyle } = this.props;
      const feedback = hoursFeedback(value);
      const noteId = `${forID}-reading`;
      return window.h(
        'div',
        {},
        window.h('input', {
          type: 'text',
          id: forID,
          className: classNameWrapper,
          value: value ?? '',
          'aria-describedby': feedback.kind === 'none' ? undefined : noteId,
          'aria-invalid': feedback.kind === 'error',
          onChange: (event: Event) => onChange((event.target as HTMLInputElement).value),
          onFocus: setActiveStyle,
          onBlur: setInactiveStyle,
        }),
        feedback.kind === 'none' ? null : window.h('p', { id: noteId, className: 'hours-feedback', 'data-kind': feedback.kind }, feedback.text),
      );
    },
  });
}

/** In the preview pane, the hours as the site will show them. */
function hoursPreview() {
  return window.createClass({
    render(this: { props: { value?: string } }) {
      const feedback = hoursFeedback(this.props.value);
      return window.h('p', {}, feedback.kind === 'reading' ? feedback.reading : (this.props.value ?? ''));
    },
  });
}

function registerEditorComponents(config: CmsConfig) {
  for (const spec of EDITOR_COMPONENTS) {
    const form = config.editorComponents.find((c) => c.id === spec.name)!;
    window.CMS.registerEditorComponent({
      id: spec.name,
      label: form.label,
      fields: form.fields,
      pattern: componentPattern(spec),
      fromBlock: (match: RegExpMatchArray) => componentFromMatch(spec, match),
      toBlock: (data: Record<string, unknown>) => componentToMdx(spec, data),
      // The preview pane shows the MDX as written; the page itself renders it.
      toPreview: (data: Record<string, unknown>) => componentToMdx(spec, data).replace(/&/g, '&amp;').replace(/</g, '&lt;'),
    });
  }
}

async function start() {
  const config = (await (await fetch('/admin/config.json')).json()) as CmsConfig;
  if (config.localOnly && !LOCAL_HOSTS.includes(location.hostname)) {
    document.getElementById('admin-notice')!.hidden = false;
    return;
  }
  window.CMS_MANUAL_INIT = true;
  await loadScript('/admin/decap-cms.js');
  for (const collection of config.decap.collections as Array<{ name: string; fields: FieldOrder[] }>) {
    window.CMS.registerCustomFormat(formatName(collection.name), 'mdx', { fromFile, toFile: (data: Record<string, unknown>) => toFile(data, collection.fields) });
  }
  window.CMS.registerWidget(FILE_NAME_WIDGET, fileNameWidget());
  window.CMS.registerWidget(HOURS_WIDGET, hoursWidget(), hoursPreview());
  registerEditorComponents(config);
  window.CMS.init({ config: config.decap });
}

start().catch((error) => {
  const notice = document.getElementById('admin-notice')!;
  notice.replaceChildren(h('p', {}, `表单编辑器无法启动：${String(error)}`));
  notice.hidden = false;
});
