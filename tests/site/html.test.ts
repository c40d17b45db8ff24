/**
 * Valid-HTML gate: html-validate (.htmlvalidate.mjs, recommended preset) reports zero errors on every
 * page of dist/; and nothing inline that the Content-Security-Policy would block.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findInlineCode, formatHtmlProblems, validateHtml } from './lib/html.ts';
import { listPages } from '../../tools/pages.ts';
import { DIST } from '../../tools/paths.ts';

const pages = listPages(DIST);

describe('valid HTML (html-validate)', () => {
  it(`every page (${pages.length}) has zero errors`, async () => {
    const failures: string[] = [];
    for (const page of pages) {
      const problems = await validateHtml(readFileSync(page.file, 'utf8'), page.file);
      if (problems.length > 0) failures.push(formatHtmlProblems(page.url, problems));
    }
    expect(failures, failures.join('\n')).toEqual([]);
  });
});

describe('no inline code or styles (CSP without unsafe-inline)', () => {
  it('no <script> without src except JSON data blocks, no <style>, style="", on*="" or javascript: URLs', () => {
    const failures = pages.flatMap((page) => {
      const problems = findInlineCode(readFileSync(page.file, 'utf8'));
      return problems.length > 0 ? [formatHtmlProblems(page.url, problems)] : [];
    });
    expect(failures, failures.join('\n')).toEqual([]);
  });
});
