/**
 * Decap CMS's prebuilt bundle, copied from node_modules into /admin/ so the form editor loads from
 * this site and nowhere else (no CDN). The numbered files are CodeMirror modes it loads on demand.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';

const DIST = join(dirname(createRequire(import.meta.url).resolve('decap-cms/package.json')), 'dist');
const BUNDLE = /^(?:\d+\.)?decap-cms\.js$/;

export const getStaticPaths: GetStaticPaths = () =>
  readdirSync(DIST)
    .filter((name) => BUNDLE.test(name))
    .map((name) => ({ params: { file: name.slice(0, -'.js'.length) } }));

export const GET: APIRoute = ({ params }) =>
  new Response(readFileSync(join(DIST, `${params.file}.js`)), { headers: { 'Content-Type': 'application/javascript; charset=utf-8' } });
