/**
 * Links gate: every internal href/src/#fragment in dist/ (pages, stylesheets, sitemap, feed) resolves
 * to a built file or an element id. External links are printed as a report, never fetched.
 */
import { describe, expect, it } from 'vitest';
import { checkLinks, formatBroken, formatExternal } from './lib/links.ts';
import { listPages, sitemapUrls } from '../../tools/pages.ts';
import { DIST, SITE_ORIGIN } from '../../tools/paths.ts';

describe('links', () => {
  const pages = listPages(DIST);
  const report = checkLinks(DIST, pages, SITE_ORIGIN);

  it('zero broken internal links, sources and fragments', () => {
    console.log(`[links] ${report.checked} references in ${pages.length} pages and the site's CSS/XML; ${report.broken.length} broken; ${report.external.size} external URLs`);
    expect(report.broken, formatBroken(report.broken)).toEqual([]);
  });

  it('lists external links (not fetched)', () => {
    console.log(`[links] external links, not fetched:\n${formatExternal(report.external) || '  (none)'}`);
    for (const url of report.external.keys()) expect(url).toMatch(/^https?:\/\//);
  });

  it('the sitemap exists and lists pages of this site', () => {
    const urls = sitemapUrls(DIST);
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url.startsWith(`${SITE_ORIGIN}/`), url).toBe(true);
  });
});
