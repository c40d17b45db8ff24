/** Headings gate: on every built page, heading levels never skip (h1 → h3) and the first is the h1. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headingSkips } from './lib/headings.ts';
import { listPages } from '../../tools/pages.ts';
import { DIST, FIXTURES } from '../../tools/paths.ts';

describe('heading levels', () => {
  it('never skip a level on any page', () => {
    const pages = listPages(DIST);
    const failures = pages.flatMap(({ file, url }) => headingSkips(readFileSync(file, 'utf8')).map((problem) => `${url}: ${problem}`));
    console.log(`[headings] ${pages.length} pages, ${failures.length} problems`);
    expect(failures, failures.join('\n')).toEqual([]);
  });

  it('the check fails on a skipped level and a page that starts below h1', () => {
    expect(headingSkips(readFileSync(join(FIXTURES, 'headings.html'), 'utf8'))).toEqual([
      'line 9: the first heading is h2, not h1 "从二级开始"',
      'line 11: h1 → h3 "跳过了二级"',
    ]);
    expect(headingSkips(readFileSync(join(FIXTURES, 'index.html'), 'utf8'))).toEqual([]);
  });
});
