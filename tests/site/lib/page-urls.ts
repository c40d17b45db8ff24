/**
 * Where a built page names URLs, shared by the links gate (each must resolve) and the privacy gate
 * (none may load from another origin), so the two read the same attributes.
 */

/** Elements that load a resource by themselves, with the attributes holding its URL (srcset aside: see srcsetUrls). */
export const LOADING_URL_ATTRIBUTES: Record<string, readonly string[]> = {
  script: ['src'],
  img: ['src'],
  source: ['src'],
  iframe: ['src'],
  frame: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  embed: ['src'],
  object: ['data'],
  input: ['src'],
  image: ['href'],
  use: ['href'],
};

/** Elements with a srcset, a list of image candidates. */
export const SRCSET_ELEMENTS = new Set(['img', 'source']);

/** The URL of each candidate in a srcset ('a.png 1x, b.png 2x'). */
export const srcsetUrls = (srcset: string) => srcset.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]);

/** The url() and @import references of a stylesheet, in order. */
export function cssUrls(css: string): Array<{ url: string; at: 'url()' | '@import' }> {
  return [...css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)|@import\s+(['"])([^'"]+)\3/g)].map((m) => (m[2] ? { url: m[2], at: 'url()' } : { url: m[4], at: '@import' }));
}
