/**
 * Screenshots of the main page types in the normal and the elder mode, so a reviewer sees a change
 * without building: `npm run screenshots` (after `npm run build`) writes docs/screenshots/*.png at
 * 360×800, one first screen per page and mode. Serves dist/ with the gates' static server and drives
 * Debian's Chromium (never a downloaded browser).
 *
 * Options: --width 1280 --height 900 (another viewport), --full (whole page instead of the first
 * screen), --out DIR (elsewhere than docs/screenshots), --only home,search (some pages only).
 */
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { launchBrowser, newGuardedContext, open, waitForSearch } from '../tools/browser.ts';
import { DIST, ROOT } from '../tools/paths.ts';
import { startStaticServer } from '../tools/static-server.ts';

interface Shot {
  name: string;
  url: string;
  /** After load: bring the page to the state worth showing. */
  prepare?: (page: Page) => Promise<void>;
}

/** Follows the first link matching `selector`, so the shots follow the content instead of naming entries. */
async function follow(page: Page, selector: string): Promise<void> {
  const href = await page.getAttribute(selector, 'href');
  if (!href) throw new Error(`screenshots: no ${selector} on ${page.url()}`);
  await page.goto(new URL(href, page.url()).href, { waitUntil: 'load' });
}

const ROUTE_LINK = 'main a[href^="/routes/"][href$="/"]:not([href="/routes/plan/"])';

const SHOTS: Shot[] = [
  { name: 'home', url: '/' },
  { name: 'finder', url: '/service-points/' },
  { name: 'place', url: '/service-points/', prepare: (page) => follow(page, 'main article.card h3 a') },
  { name: 'route', url: '/routes/', prepare: (page) => follow(page, ROUTE_LINK) },
  {
    name: 'planner',
    url: '/routes/',
    prepare: async (page) => {
      await follow(page, ROUTE_LINK);
      await follow(page, 'main a[href^="/routes/plan/?"]');
      await page.waitForSelector('#planner-stops li');
    },
  },
  { name: 'search', url: `/search/?q=${encodeURIComponent('网格')}`, prepare: async (page) => void (await waitForSearch(page)) },
];

const { values } = parseArgs({
  options: {
    width: { type: 'string', default: '360' },
    height: { type: 'string', default: '800' },
    full: { type: 'boolean', default: false },
    out: { type: 'string' },
    only: { type: 'string' },
  },
});
const viewport = { width: Number(values.width), height: Number(values.height) };
const out = resolve(values.out ?? join(ROOT, 'docs/screenshots'));
const only = values.only?.split(',');
const shots = only ? SHOTS.filter((s) => only.includes(s.name)) : SHOTS;
const suffix = viewport.width === 360 && !values.full ? '' : `-${viewport.width}${values.full ? '-full' : ''}`;

mkdirSync(out, { recursive: true });
const [browser, server] = await Promise.all([launchBrowser(), startStaticServer(DIST)]);
try {
  for (const elder of [false, true]) {
    const { context } = await newGuardedContext(browser, server.origin, { elder, viewport });
    const page = await context.newPage();
    for (const shot of shots) {
      await open(page, server.origin, shot.url);
      await shot.prepare?.(page);
      await page.waitForLoadState('load');
      const file = join(out, `${shot.name}-${elder ? 'elder' : 'normal'}${suffix}.png`);
      rmSync(file, { force: true });
      await page.screenshot({ path: file, fullPage: values.full });
      console.log(`${file.replace(ROOT + '/', '')}  ${page.url().replace(server.origin, '')}`);
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
const total = readdirSync(out)
  .filter((f) => f.endsWith('.png'))
  .reduce((sum, f) => sum + statSync(join(out, f)).size, 0);
console.log(`${out}: ${(total / 1024).toFixed(0)} KB of PNG in all`);
