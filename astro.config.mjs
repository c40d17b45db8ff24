// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwind from '@astrojs/tailwind';
import sitemap from '@astrojs/sitemap';
import { fileURLToPath } from 'node:url';
import { loadSiteIdentity } from './src/schemas/site.ts';

export default defineConfig({
  // content/site.yaml: canonical links, the sitemap, RSS and every absolute URL follow it.
  site: loadSiteIdentity(fileURLToPath(new URL('.', import.meta.url))).url,
  // scripts/build.ts builds into a temporary folder and swaps it in only when everything passed.
  outDir: process.env.ASTRO_OUT_DIR ?? './dist',
  // Separate caches let tests, benchmarks and git worktrees (which share node_modules) build side by side without sharing state.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './.astro/cache',
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // The CSP forbids inline scripts and styles: keep every script and stylesheet an external file.
    inlineStylesheets: 'never',
    // Four pages at a time: one page's render waits on module loads and file writes, and the others
    // fill those waits (page generation a quarter faster at 2,000 entries; npm run bench).
    concurrency: 4,
  },
  vite: {
    build: { assetsInlineLimit: 0 },
    // The form editor's configuration is built from the zod schemas at build time. Bundled, astro/zod's
    // own import of zod would resolve to the project's zod 4; kept external, it finds Astro's zod 3.
    ssr: { external: ['astro/zod'] },
  },
  // /admin/ is the form editor, not a page for the public.
  integrations: [mdx(), tailwind({ applyBaseStyles: false }), sitemap({ filter: (page) => !page.includes('/404') && !page.includes('/admin/') })],
});
