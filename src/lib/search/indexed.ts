/**
 * The pages the search covers: the entry pages of these sections, each marked data-pagefind-body.
 * The build hands Pagefind only these files (it no longer parses every listing, print view and
 * the worklist only to drop them); a test checks that no marked page falls outside.
 */
const INDEXED_SECTIONS = ['cases', 'regions', 'routes', 'service-points', 'sites', 'workstations'] as const;

/** Pagefind's `glob`, relative to the built site: /<section>/<id>/index.html. */
export const INDEXED_GLOB = `{${INDEXED_SECTIONS.join(',')}}/*/index.html`;
