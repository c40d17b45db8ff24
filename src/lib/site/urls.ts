import type { CollectionName } from '../../schemas/index.ts';

/** Every page's address in one place, so links and the sitemap agree. */
export const paths = {
  home: '/',
  listing: (collection: CollectionName) => `/${collection}/`,
  entry: (collection: CollectionName, id: string) => `/${collection}/${id}/`,
  topic: (id: string) => `/topics/${id}/`,
  topics: '/topics/',
  search: (query?: string) => (query ? `/search/?q=${encodeURIComponent(query)}` : '/search/'),
  about: '/about/',
  accessibility: '/accessibility/',
  privacy: '/privacy/',
  feed: '/rss.xml',
  /** For editors and offices, outside search and the sitemap. */
  worklist: '/admin/worklist/',
  worklistRegion: (region: string) => `/admin/worklist/${region}/`,
  worklistCsv: '/admin/worklist.csv',
  importTemplate: (collection: CollectionName) => `/admin/templates/${collection}.xlsx`,
};
