import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMMUTABLE } from '../../tools/caching.ts';
import { startStaticServer, type StaticServer } from '../../tools/static-server.ts';

/** The browser tests' server answers as deploy/nginx.conf does: caching, revalidation, index and 404. */
let root: string;
let server: StaticServer;
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'static-server-'));
  mkdirSync(join(root, '_astro'));
  mkdirSync(join(root, 'cases'));
  writeFileSync(join(root, 'index.html'), '<p>home</p>');
  writeFileSync(join(root, 'cases/index.html'), '<p>cases</p>');
  writeFileSync(join(root, '404.html'), '<p>not here</p>');
  writeFileSync(join(root, '_astro/site.Bx12Yz.css'), 'p{color:red}');
  server = await startStaticServer(root, { gzip: true });
});
afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});
const get = (path: string, headers: Record<string, string> = {}) => fetch(server.origin + path, { headers, redirect: 'manual' });

describe('static test server', () => {
  it('caches hashed assets for a year and revalidates everything else, as nginx does', async () => {
    expect((await get('/_astro/site.Bx12Yz.css')).headers.get('cache-control')).toBe(IMMUTABLE);
    expect((await get('/')).headers.get('cache-control')).toBe('no-cache');
    expect((await get('/cases/')).headers.get('cache-control')).toBe('no-cache');
  });

  it('answers a revalidation with 304 while the file is unchanged', async () => {
    const first = await get('/cases/');
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^W\/"[0-9a-f]+-[0-9a-f]+"$/);
    const again = await get('/cases/', { 'If-None-Match': etag });
    expect(again.status).toBe(304);
    expect(again.headers.get('cache-control')).toBe('no-cache');
  });

  it('redirects to the trailing slash and serves 404.html with status 404', async () => {
    const redirect = await get('/cases');
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe('/cases/');
    const missing = await get('/nowhere/');
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('not here');
  });
});
