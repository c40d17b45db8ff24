/**
 * The floor: a bare Astro project that renders the same MDX bodies with a minimal layout and
 * nothing else (only @astrojs/mdx, schemas that accept anything, one [...slug] page per collection),
 * followed by Pagefind on its output the same way scripts/build.ts runs it. What any Astro + MDX +
 * Pagefind site must spend on this corpus; the project's build is compared with it.
 */
import { cpSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { astroPhases, routeTimings } from './astro-log.ts';
import { COLLECTIONS } from '../../src/schemas/index.ts';
import { builtSiteFigures, lineTime, measure } from './measure.ts';
import { ROOT } from '../../tools/paths.ts';
import { astroHeap } from '../../tools/node-heap.ts';
import { BuildFailed, WATCH, type BuildResult } from './project-build.ts';
import type { Corpus } from './corpus.ts';

const loaderFor = (collection: string) => `defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/${collection}' }), schema: anything })`;

const FILES: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'bench-floor', private: true, type: 'module' }, null, 2),
  'tsconfig.json': JSON.stringify({ extends: 'astro/tsconfigs/base' }),
  'astro.config.mjs': `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  outDir: process.env.ASTRO_OUT_DIR,
  cacheDir: process.env.ASTRO_CACHE_DIR,
  integrations: [mdx()],
});
`,
  'src/content.config.ts': `import { defineCollection, z } from 'astro:content';
import { glob } from 'astro/loaders';

const anything = z.object({}).passthrough();

export const collections = {
${COLLECTIONS.map((c) => `  '${c}': ${loaderFor(c)},`).join('\n')}
};
`,
  'src/layouts/Minimal.astro': `---
const { title } = Astro.props;
---
<!doctype html>
<html lang="zh-CN">
  <head><meta charset="utf-8" /><title>{title}</title></head>
  <body><main><h1>{title}</h1><slot /></main></body>
</html>
`,
  // Stand-ins for the components editors use in bodies: MDX refuses to render an undefined one.
  'src/components/KeyFigure.astro': `---\nconst { value, unit = '', label } = Astro.props;\n---\n<p><strong>{value}{unit}</strong> {label}</p>\n`,
  'src/components/PullQuote.astro': `<blockquote><slot /></blockquote>\n`,
  'src/components/PlaceCard.astro': `---\nconst { id } = Astro.props;\n---\n<p><a href={'#' + id}>{id}</a></p>\n`,
  'src/components/Figure.astro': `---\nconst { src, alt, caption } = Astro.props;\n---\n<figure><img src={src} alt={alt} /><figcaption>{caption}</figcaption></figure>\n`,
  'src/components/mdx.ts': `import Figure from './Figure.astro';
import KeyFigure from './KeyFigure.astro';
import PlaceCard from './PlaceCard.astro';
import PullQuote from './PullQuote.astro';

export const components = { Figure, KeyFigure, PlaceCard, PullQuote };
`,
  'bench-build.mjs': `// Astro build, then Pagefind with the same options as scripts/build.ts.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

const root = process.cwd();
const out = process.env.ASTRO_OUT_DIR;
const astro = spawnSync(process.execPath, [join(root, 'node_modules/astro/astro.js'), 'build', '--root', root], { stdio: 'inherit' });
if (astro.status !== 0) process.exit(1);
console.log('BENCH pagefind');
const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
if (!index || errors.length > 0) throw new Error(errors.join('; '));
const added = await index.addDirectory({ path: out });
if (added.errors.length > 0 || added.page_count === 0) throw new Error('pagefind indexed nothing');
await index.writeFiles({ outputPath: join(out, 'pagefind') });
await pagefind.close();
console.log('BENCH done ' + added.page_count);
`,
};

const pageFor = (collection: string) => `---
import { getCollection, render } from 'astro:content';
import Minimal from '../../layouts/Minimal.astro';
import { components } from '../../components/mdx.ts';

export async function getStaticPaths() {
  return (await getCollection('${collection}')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<Minimal title={entry.data.title ?? entry.data.name ?? entry.id}><Content components={components} /></Minimal>
`;

/** Writes the floor project into root with a copy of the corpus' content/. */
export function prepareFloor(root: string, contentFrom: string): void {
  const files = { ...FILES, ...Object.fromEntries(COLLECTIONS.map((c) => [`src/pages/${c}/[...slug].astro`, pageFor(c)])) };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  cpSync(join(contentFrom, 'content'), join(root, 'content'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'));
}

export async function buildFloor(root: string, options: { cacheDir: string; onLine?: (text: string) => void }): Promise<BuildResult> {
  const dist = join(root, 'dist');
  // The same heap limit as the project's build gives Astro: at large N the default one alone makes Astro slower.
  const { flag } = astroHeap();
  const env = { ...process.env, ASTRO_OUT_DIR: dist, ASTRO_CACHE_DIR: options.cacheDir, ...(flag && { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} ${flag}`.trim() }) };
  const m = await measure(process.execPath, [join(root, 'bench-build.mjs')], { cwd: root, env, onLine: options.onLine, watch: WATCH });
  if (m.exitCode !== 0) throw new BuildFailed(`地板项目构建失败（退出码 ${m.exitCode}）：\n${m.lines.slice(-40).map((l) => l.text).join('\n')}`);
  const complete = lineTime(m.lines, /\[build\] Complete!/) ?? 0;
  const astroDone = lineTime(m.lines, /^BENCH pagefind/) ?? m.wallMs;
  const { lines, ...measurement } = m;
  return {
    measurement,
    ...builtSiteFigures(dist),
    phases: { 内容检查: 0, Astro: astroDone, Pagefind: m.wallMs - astroDone },
    astroPhases: { ...astroPhases(lines, 0), 'Complete! 之后到进程退出': astroDone - complete },
    routes: routeTimings(lines),
    dist,
  };
}

/** A region's page on the floor site (every collection there is /<collection>/<id>/): its search is measured from one. */
export function floorRegionPage(corpus: Corpus): string {
  const region = corpus.entries.find((entry) => entry.collection === 'regions');
  if (!region) throw new Error('语料里没有地区条目');
  return `/regions/${region.id}/`;
}
