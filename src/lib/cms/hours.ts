/**
 * What the form editor's opening-hours field says under its box while the editor types: how the
 * site will read the hours, or which part it could not read. Built on readHours, the reader the
 * content check and the build use, so the form shows what the build will do; plain TypeScript, so it
 * runs in the editor's browser script (src/islands/admin.ts) without the opening_hours library.
 */
import { isChineseHours, readHours } from '../hours/chinese.ts';

/** The custom widget of every field built from the schemas' hoursField (src/islands/admin.ts). */
export const HOURS_WIDGET = 'opening-hours';

type HoursFeedback =
  /** Nothing typed yet. */
  | { kind: 'none' }
  | { kind: 'reading'; reading: string; text: string }
  /** OSM syntax beyond what readHours reads; the content check's opening_hours library judges it. */
  | { kind: 'unchecked'; text: string }
  /** Chinese the site cannot read: publishing is blocked with `error`. */
  | { kind: 'error'; text: string; error: string };

export function hoursFeedback(value: unknown): HoursFeedback {
  const text = typeof value === 'string' ? value : '';
  if (text.trim() === '') return { kind: 'none' };
  const read = readHours(text);
  if (read.ok) return { kind: 'reading', reading: read.reading, text: `网站将读作：${read.reading}` };
  if (!isChineseHours(text)) return { kind: 'unchecked', text: '表单无法预览这种 OpenStreetMap 写法，发布前的内容检查（npm run check）会检查它。' };
  // The full message (what was read, what was not, why, and an example) is shown under the box;
  // the error Decap lists on publishing only points there, so the two do not repeat each other.
  const error = read.notUnderstood ? `开放时间有读不懂的部分：“${read.notUnderstood}”。请按框下的说明改正` : '开放时间不完整，请按框下的说明补全';
  return { kind: 'error', text: read.message, error };
}
