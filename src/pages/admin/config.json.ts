/** The form editor's configuration, generated from the schemas on every build (and live under `astro dev`). */
import type { APIRoute } from 'astro';
import { loadCmsConfig } from '../../lib/cms/config.ts';
import { site } from '../../lib/site/identity.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(loadCmsConfig(process.cwd(), site.url)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
