/**
 * Decap CMS's prebuilt bundle, copied from node_modules into /admin/ so the form editor loads from
 * this site and nowhere else (no CDN). Its numbered companion files are CodeMirror modes for the
 * code widget and code blocks, which our configuration does not use, so they are not copied.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { APIRoute } from 'astro';

const BUNDLE = createRequire(import.meta.url).resolve('decap-cms/dist/decap-cms.js');

export const GET: APIRoute = () => new Response(readFileSync(BUNDLE), { headers: { 'Content-Type': 'application/javascript; charset=utf-8' } });
