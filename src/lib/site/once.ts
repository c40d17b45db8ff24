/**
 * Every page asks for the same sorted lists and tables; a production build computes each once
 * (callers must not mutate them). In development content changes while the server runs, so nothing is kept.
 * NODE_ENV, not import.meta.env.PROD: in Astro's server build the latter became process.env.PROD,
 * which is never set, so nothing was kept and a build at 5,000 entries spent minutes recomputing.
 */
const keep = process.env.NODE_ENV === 'production';

export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let kept: Promise<T> | undefined;
  return () => (keep ? (kept ??= load()) : load());
}
