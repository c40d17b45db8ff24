/**
 * A minimal static server for the browser tests, the screenshots and the benchmark: serves a built
 * site the way nginx does (directory index, 301 to the trailing slash, 404.html with status 404, an
 * ETag and Last-Modified from the file's time and size answered with 304, nginx's Cache-Control
 * (tools/caching.ts), and with `gzip` the text files compressed as `gzip on` does). The 304s matter
 * to the tests' speed too: a revalidated script keeps Chromium's compiled code, while one fetched
 * again is compiled again (the form editor's 3 MB). The security-header gate uses the real nginx
 * instead (tests/site/lib/nginx.ts).
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { cacheControlFor, IMMUTABLE } from './caching.ts';
import { resolveUrlPath } from './pages.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.woff2': 'font/woff2',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** Pagefind's index and fragment files are already compressed and go out as they are. */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt']);

export interface StaticServer {
  origin: string;
  close: () => Promise<void>;
}

export interface StaticServerOptions {
  /**
   * Site path → file, served besides the site with long caching (the a11y gate serves axe-core this
   * way, so Chromium's cache and code cache make injecting it cheap).
   */
  extraFiles?: Record<string, string>;
  /** Compress text files for clients that accept gzip, as production does (the bench's transfer sizes). */
  gzip?: boolean;
}

export async function startStaticServer(root: string, options: StaticServerOptions = {}): Promise<StaticServer> {
  const gzipped = new Map<string, Buffer>();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const extra = options.extraFiles?.[url.pathname];
    if (extra) {
      res.writeHead(200, { 'Content-Type': TYPES[extname(extra)] ?? 'application/octet-stream', 'Cache-Control': IMMUTABLE });
      createReadStream(extra).pipe(res);
      return;
    }
    let file = resolveUrlPath(root, url.pathname);
    let status = 200;
    if (!url.pathname.endsWith('/') && file?.endsWith('index.html') && !url.pathname.endsWith('index.html')) {
      res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    if (!file) {
      status = 404;
      file = existsSync(join(root, '404.html')) ? join(root, '404.html') : undefined;
      if (!file) {
        res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
        return;
      }
    }
    const ext = extname(file).toLowerCase();
    const { mtime, size } = statSync(file);
    const gzip = options.gzip && COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    // nginx's own form, the modification time and the size in hex; weak once gzip has changed the bytes.
    const etag = `${gzip ? 'W/' : ''}"${Math.floor(mtime.getTime() / 1000).toString(16)}-${size.toString(16)}"`;
    const cacheControl = cacheControlFor(url.pathname);
    const headers: Record<string, string | number> = {
      'Content-Type': TYPES[ext] ?? 'application/octet-stream',
      'Cache-Control': cacheControl,
      ETag: etag,
      'Last-Modified': mtime.toUTCString(),
    };
    if (status === 200 && req.headers['if-none-match'] === etag) {
      res.writeHead(304, { ETag: etag, 'Cache-Control': cacheControl }).end();
      return;
    }
    if (gzip) {
      if (!gzipped.has(file)) gzipped.set(file, gzipSync(readFileSync(file), { level: 6 }));
      const body = gzipped.get(file)!;
      res.writeHead(status, { ...headers, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding', 'Content-Length': body.length });
      res.end(req.method === 'HEAD' ? undefined : body);
      return;
    }
    res.writeHead(status, { ...headers, 'Content-Length': size });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
