/**
 * Plain words gate: WGS-84, GeoJSON, GPX, ICS, OpenStreetMap and JavaScript appear on no page's
 * main path, only inside its 下载与开放数据 section; /data/ (the open-data page) and /about/
 * (how the site works) are about them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listPages } from '../../tools/pages.ts';
import { DIST } from '../../tools/paths.ts';
import { technicalWords } from './lib/plain-words.ts';

const ABOUT_THE_DATA = ['/data/', '/about/'];

describe('plain words', () => {
  it('no technical names on the main path of any page', () => {
    const failures = listPages(DIST)
      .filter(({ url }) => !ABOUT_THE_DATA.includes(url))
      .flatMap(({ file, url }) => technicalWords(readFileSync(file, 'utf8')).map((found) => `${url}: ${found}`));
    expect(failures, failures.join('\n')).toEqual([]);
  });

  it('the check finds them in text and noscript, and not in the downloads section, attributes or scripts', () => {
    const page = (body: string) => `<!doctype html><html><head><title>GPX</title></head><body>${body}</body></html>`;
    expect(technicalWords(page('<p>下载 GPX 文件</p><noscript>需要 JavaScript</noscript>'))).toHaveLength(2);
    expect(technicalWords(page('<section data-downloads><a href="/a.gpx">下载 GPX 文件</a></section><a href="/x.gpx" title="ICS">x</a><script>JavaScript</script>'))).toEqual([]);
  });
});
