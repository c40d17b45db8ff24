/**
 * Valid-HTML gate: html-validate with the repository's configuration (.htmlvalidate.mjs at the
 * root, found the way the CLI finds it), plus the static CSP check: no code or styles inline.
 */
import { FileSystemConfigLoader, HtmlValidate, esmResolver } from 'html-validate';
import { parseHtml } from '../../../tools/dom.ts';

let validator: HtmlValidate | undefined;
function getValidator(): HtmlValidate {
  validator ??= new HtmlValidate(new FileSystemConfigLoader([esmResolver()]));
  return validator;
}

interface HtmlProblem {
  line: number;
  column: number;
  rule: string;
  message: string;
}

/**
 * Validates one page. `filename` decides which configuration applies (the nearest .htmlvalidate.*
 * above it), so pass the real path even when validating a string.
 */
export async function validateHtml(source: string, filename: string): Promise<HtmlProblem[]> {
  const report = await getValidator().validateString(source, filename);
  return report.results.flatMap((result) =>
    result.messages
      .filter((m) => m.severity === 2)
      .map((m) => ({ line: m.line, column: m.column, rule: m.ruleId, message: m.message })),
  );
}

/**
 * <script> types that are data, never run: JSON-LD for search engines, and JSON read by the page's
 * own external script (e.g. the place finder's schedules). CSP does not apply to them; they must
 * parse as JSON.
 */
const DATA_BLOCK_TYPES = new Set(['application/ld+json', 'application/json']);

/**
 * Code and styles the Content-Security-Policy would block (script-src/style-src without
 * 'unsafe-inline'): <script> without src (JSON data blocks aside), <style>, style="" attributes,
 * on*="" event handlers and javascript: URLs.
 */
export function findInlineCode(source: string): HtmlProblem[] {
  const { elements, attr, text, line } = parseHtml(source);
  const problems: HtmlProblem[] = [];
  const add = (el: (typeof elements)[number], rule: string, message: string) =>
    problems.push({ line: line(el), column: el.sourceCodeLocation?.startCol ?? 0, rule, message });
  for (const el of elements) {
    if (el.tagName === 'script' && attr(el, 'src') === undefined) {
      const type = (attr(el, 'type') ?? '').trim().toLowerCase();
      if (DATA_BLOCK_TYPES.has(type)) {
        try {
          JSON.parse(text(el));
        } catch {
          add(el, 'json-data-block', `<script type="${type}"> data block is not valid JSON`);
        }
      } else {
        add(el, 'inline-script', `inline <script${type ? ` type="${type}"` : ''}> without src: ${text(el).trim().slice(0, 60)}`);
      }
    }
    if (el.tagName === 'style') add(el, 'inline-style', `<style> element: ${text(el).trim().slice(0, 60)}`);
    for (const { name, value } of el.attrs) {
      if (name === 'style') add(el, 'style-attribute', `style="${value.slice(0, 60)}" on <${el.tagName}>`);
      else if (/^on[a-z]+$/.test(name)) add(el, 'event-handler', `${name}="${value.slice(0, 60)}" on <${el.tagName}>`);
      else if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(name) && /^\s*javascript:/i.test(value))
        add(el, 'javascript-url', `${name}="${value.slice(0, 60)}" on <${el.tagName}>`);
    }
  }
  return problems;
}

export function formatHtmlProblems(where: string, problems: HtmlProblem[]): string {
  return problems.map((p) => `${where}:${p.line}:${p.column} [${p.rule}] ${p.message}`).join('\n');
}
