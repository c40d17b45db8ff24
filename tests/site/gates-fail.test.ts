/**
 * Every gate can fail: each checker, run on a small fixture page with one known problem
 * (tests/fixtures/bad-site/), reports that problem — and passes the fixture's clean index.html.
 * These use the very functions the gates use over dist/.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkA11y } from './lib/a11y.ts';
import { collectErrors, DESKTOP, newGuardedContext, open } from '../../tools/browser.ts';
import { checkBudgets, LIMITS, measureSite } from '../../tools/budgets.ts';
import { cspViolations, watchCsp } from './lib/csp.ts';
import { checkCaching, checkSecurityHeaders } from './lib/headers.ts';
import { findInlineCode, validateHtml } from './lib/html.ts';
import { tabThrough } from './lib/keyboard.ts';
import { checkPagesIn } from './lib/links.ts';
import { renderNginxConfig, startNginx } from './lib/nginx.ts';
import { listPages, type SitePage } from '../../tools/pages.ts';
import { FIXTURES, NGINX_CONF } from '../../tools/paths.ts';
import { useBrowserAndServer } from './lib/session.ts';
import { findThirdPartyLoads } from './lib/privacy.ts';

const ORIGIN = 'https://dangjian.example.gov.cn';
const page = (name: string): SitePage => ({ file: join(FIXTURES, name), url: `/${name.replace(/index\.html$/, '')}` });
const source = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

const session = useBrowserAndServer(FIXTURES);

async function fixturePage(name: string, viewport = DESKTOP) {
  const guarded = await newGuardedContext(session.browser, session.server.origin, { viewport });
  const tab = await guarded.context.newPage();
  await open(tab, session.server.origin, `/${name}`);
  return { ...guarded, tab };
}

describe('the accessibility gate fails on an axe violation', () => {
  it('reports missing alt text, an unnamed button and low contrast', async () => {
    const { context, tab } = await fixturePage('axe-violation.html');
    const rules = (await checkA11y(tab)).map((v) => v.rule);
    await open(tab, session.server.origin, '/');
    const clean = await checkA11y(tab);
    await context.close();
    expect(rules).toEqual(expect.arrayContaining(['image-alt', 'button-name', 'color-contrast']));
    expect(clean).toEqual([]);
  });
});

describe('the keyboard gate fails on unreachable controls and invisible focus', () => {
  it('reports a link out of the tab order, a button without focus indicator, focus off screen', async () => {
    const { context, tab } = await fixturePage('keyboard.html');
    const report = await tabThrough(tab);
    await open(tab, session.server.origin, '/');
    const clean = await tabThrough(tab);
    await context.close();
    const problems = report.problems.join('\n');
    expect(problems).toMatch(/not reachable with Tab: a\[href=\/folder\/\]/);
    expect(problems).toMatch(/no visible focus indicator: button/);
    expect(problems).toMatch(/focused but not visible: a\[href=\/\] "焦点在屏幕外的链接"/);
    expect(clean.problems).toEqual([]);
    expect(clean.stops.length).toBeGreaterThanOrEqual(4);
  });
});

describe('the HTML gate fails on invalid HTML and on inline code', () => {
  it('html-validate reports a duplicate id, a misplaced <div> and an unclosed element', async () => {
    const rules = (await validateHtml(source('invalid.html'), join(FIXTURES, 'invalid.html'))).map((p) => p.rule);
    expect(rules).toEqual(expect.arrayContaining(['no-dup-id', 'element-permitted-content', 'close-order']));
    expect(await validateHtml(source('index.html'), join(FIXTURES, 'index.html'))).toEqual([]);
  });

  it('the inline-code check reports <script>, <style>, style="", onclick and javascript: (JSON-LD is fine)', () => {
    const problems = findInlineCode(source('inline-script.html'));
    expect(problems.map((p) => p.rule).sort()).toEqual(['event-handler', 'inline-script', 'inline-style', 'javascript-url', 'style-attribute']);
    expect(findInlineCode(source('index.html'))).toEqual([]);
    expect(findInlineCode('<script type="application/ld+json">{not json</script>').map((p) => p.rule)).toEqual(['json-data-block']);
  });
});

describe('the links gate fails on broken links', () => {
  it('reports a missing page, image and fragments, and a folder without its slash; lists external links', () => {
    const report = checkPagesIn(FIXTURES, [page('broken-links.html')], ORIGIN);
    const broken = report.broken.map((b) => b.ref).sort();
    expect(broken).toEqual(['#nowhere', '/folder', '/index.html#nope', '/missing.png', '/missing/']);
    expect([...report.external.keys()]).toEqual(['https://example.com/report']);
    const clean = checkPagesIn(FIXTURES, [page('index.html'), page('folder/index.html')], ORIGIN);
    expect(clean.broken).toEqual([]);
  });
});

describe('the privacy gate fails on third-party requests', () => {
  it('the static check finds the script, stylesheet and map tile on other origins', () => {
    const loads = findThirdPartyLoads(source('third-party.html'), '/third-party.html', ORIGIN).map((l) => new URL(l.url).host);
    expect(loads.sort()).toEqual(['cdn.example.net', 'fonts.example.net', 'tiles.example.net']);
    expect(findThirdPartyLoads(source('index.html'), '/', ORIGIN)).toEqual([]);
  });

  it('the browser guard blocks and records every request to another origin', async () => {
    const { context, foreignRequests, tab } = await fixturePage('third-party.html');
    const hosts = foreignRequests.map((r) => new URL(r.url).host);
    foreignRequests.length = 0;
    await open(tab, session.server.origin, '/');
    await context.close();
    expect([...new Set(hosts)].sort()).toEqual(['cdn.example.net', 'fonts.example.net', 'tiles.example.net']);
    expect(foreignRequests).toEqual([]);
  });
});

describe('the budgets gate fails on heavy pages', () => {
  it('reports HTML, JS and CSS over budget, and a content page with a script of its own', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gates-budget-'));
    try {
      cpSync(FIXTURES, dir, { recursive: true });
      // Incompressible content: gzip cannot shrink it under the limits.
      let seed = 1;
      const noise = (bytes: number) =>
        Array.from({ length: bytes / 8 }, () => {
          seed = (seed * 1103515245 + 12345) % 2 ** 31;
          return seed.toString(36).padStart(8, '0').slice(0, 8);
        }).join('');
      writeFileSync(join(dir, 'big.js'), `export const data = "${noise(LIMITS.js * 2)}";\n`);
      writeFileSync(join(dir, 'big.css'), `.x::after { content: "${noise(LIMITS.css * 2)}"; }\n`);
      // A listing that grew with the corpus: its own HTML over the page budget.
      const heavy = readFileSync(join(dir, 'heavy.html'), 'utf8');
      writeFileSync(join(dir, 'long-list.html'), heavy.replace('<main>', `<main><ul>${noise(LIMITS.html * 2).replace(/(.{40})/g, '<li>$1</li>')}</ul>`));
      const weights = measureSite(dir, listPages(dir));
      const problems = checkBudgets(weights).map((p) => `${p.page}: ${p.message}`);
      expect(problems.find((p) => p.startsWith('/heavy.html: JS'))).toMatch(/JS \d+\.\d KB gzip > 30\.0 KB/);
      expect(problems.find((p) => p.startsWith('/heavy.html: CSS'))).toMatch(/CSS \d+\.\d KB gzip > 15\.0 KB/);
      expect(problems.find((p) => p.startsWith('/long-list.html: HTML'))).toMatch(/HTML \d+\.\d KB gzip > 50\.0 KB/);
      expect(problems.filter((p) => p.includes(': HTML') && !p.startsWith('/long-list.html'))).toEqual([]);
      expect(problems.find((p) => p.startsWith('/cases/with-script/'))).toMatch(/content page ships JS \/app\.js/);
      expect(problems.filter((p) => p.startsWith('/index.html') || p.startsWith('/:'))).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the security-header gate fails on weak headers and on CSP violations', () => {
  it('the header check rejects a weak policy and wrong caching', () => {
    const weak = checkSecurityHeaders({
      'Content-Security-Policy': "default-src 'self'; script-src 'self' 'unsafe-inline' https://cdn.example.net",
      'Referrer-Policy': 'unsafe-url',
      'Permissions-Policy': 'geolocation=*',
    });
    expect(weak.join('\n')).toMatch(/script-src allows 'unsafe-inline'/);
    expect(weak.join('\n')).toMatch(/script-src allows other origins: https:\/\/cdn\.example\.net/);
    expect(weak.join('\n')).toMatch(/wasm-unsafe-eval/);
    expect(weak.join('\n')).toMatch(/X-Content-Type-Options/);
    expect(weak.join('\n')).toMatch(/Referrer-Policy/);
    expect(weak.join('\n')).toMatch(/geolocation=\(self\)/);
    expect(checkCaching('/pagefind/pagefind.js', { 'Cache-Control': 'public, max-age=31536000, immutable' })).toHaveLength(1);
    expect(checkCaching('/cases/', { 'Cache-Control': 'max-age=3600' })).toHaveLength(1);
    expect(checkCaching('/_astro/a.1234.css', { 'Cache-Control': 'no-cache' })).toHaveLength(1);
  });

  it('the config renderer refuses a config it cannot adapt', () => {
    const config = readFileSync(NGINX_CONF, 'utf8');
    expect(() => renderNginxConfig(config.replace(/listen 80;/, 'listen 8080;'), { root: '/x', port: 1, dir: '/tmp/x' })).toThrow(/listen/);
  });

  it('nginx with the production config reports CSP violations for inline code', async () => {
    const nginx = await startNginx(NGINX_CONF, FIXTURES);
    try {
      const { context } = await newGuardedContext(session.browser, nginx.origin, { viewport: DESKTOP });
      await watchCsp(context);
      const tab = await context.newPage();
      const errors = collectErrors(tab);
      await tab.goto(`${nginx.origin}/inline-script.html`);
      const violations = await cspViolations(tab);
      const ran = await tab.evaluate(() => document.documentElement.dataset.inline);
      await tab.goto(`${nginx.origin}/`);
      const clean = await cspViolations(tab);
      await context.close();
      expect(ran, 'the inline script was blocked').toBeUndefined();
      expect(violations.some((v) => v.startsWith('script-src-elem'))).toBe(true);
      expect(violations.some((v) => v.startsWith('style-src-elem'))).toBe(true);
      expect(violations.some((v) => v.startsWith('style-src-attr'))).toBe(true);
      expect(errors.some((e) => /Content Security Policy/.test(e))).toBe(true);
      expect(clean).toEqual([]);
    } finally {
      await nginx.stop();
    }
  });
});
