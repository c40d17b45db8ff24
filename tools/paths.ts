/** Where things are. Every gate takes the folder it checks as an argument; these are the defaults. */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSiteIdentity } from '../src/schemas/site.ts';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The built site the gates check (override with SITE_DIST to check another build). */
export const DIST = resolve(ROOT, process.env.SITE_DIST ?? 'dist');
/** Where the site tests' global setup builds the fixture site (tests/fixtures/site-fixture.ts). */
export const FIXTURE_ROOT = resolve(ROOT, '.fixture-site');
/** Small sites with one known problem each: they prove every gate can fail. */
export const FIXTURES = resolve(ROOT, 'tests/fixtures/bad-site');
/** The production nginx configuration. */
export const NGINX_CONF = resolve(ROOT, 'deploy/nginx.conf');
/** Public origin of the site (content/site.yaml): absolute links to it count as internal links. */
export const SITE_ORIGIN = new URL(loadSiteIdentity(ROOT).url).origin;
