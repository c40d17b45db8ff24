import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { buildSchemas } from './schemas/index.ts';
import { loadVocabularies } from './schemas/vocabularies.ts';

// References between entries are plain ids checked by scripts/check.ts (Astro's reference()
// does not verify that the target exists), so the schemas stay usable outside Astro.
const schemas = buildSchemas(loadVocabularies());
const mdxIn = (folder: string) => glob({ pattern: '*.mdx', base: `./content/${folder}` });

export const collections = {
  sources: defineCollection({ loader: mdxIn('sources'), schema: schemas.sources }),
  regions: defineCollection({ loader: mdxIn('regions'), schema: schemas.regions }),
  cases: defineCollection({ loader: mdxIn('cases'), schema: schemas.cases }),
  sites: defineCollection({ loader: mdxIn('sites'), schema: schemas.sites }),
  routes: defineCollection({ loader: mdxIn('routes'), schema: schemas.routes }),
  workstations: defineCollection({ loader: mdxIn('workstations'), schema: schemas.workstations }),
  'service-points': defineCollection({ loader: mdxIn('service-points'), schema: schemas['service-points'] }),
};
