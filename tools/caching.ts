/**
 * How long a browser may keep a file, as deploy/nginx.conf says (its map $cache_control): files whose
 * names carry a content hash never change and are cached for a year; everything else revalidates.
 * The test server answers the same way, so pages load in the tests as they do for a reader, and the
 * nginx gate checks that nginx follows this rule.
 */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

/** Files whose names carry a content hash (cacheable forever); everything else must revalidate. */
export function isHashedAsset(path: string): boolean {
  return /^\/_astro\//.test(path) || /^\/pagefind\/(fragment|index|filter)\//.test(path) || /^\/pagefind\/[^/]+\.pf_meta$/.test(path);
}

export const cacheControlFor = (path: string) => (isHashedAsset(path) ? IMMUTABLE : REVALIDATE);
