import type { CollectionName } from '../../schemas/index.ts';

/** Every page's address in one place, so links and the sitemap agree. */
export const paths = {
  home: '/',
  listing: (collection: CollectionName) => `/${collection}/`,
  entry: (collection: CollectionName, id: string) => `/${collection}/${id}/`,
  topic: (id: string) => `/topics/${id}/`,
  topicInRegion: (id: string, region: string) => `/topics/${id}/${region}/`,
  casesInRegion: (region: string) => `/cases/region/${region}/`,
  routesInRegion: (region: string) => `/routes/region/${region}/`,
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

/**
 * The site's sections, in the order the header shows them (what citizens come for first), with the
 * short names the header, the menu, the 404 page and the search page without script all use.
 */
export const SECTIONS = [
  { href: paths.listing('service-points'), label: '党群服务点' },
  { href: paths.listing('routes'), label: '红色线路' },
  { href: paths.listing('sites'), label: '红色教育基地' },
  { href: paths.listing('workstations'), label: '人才工作站' },
  { href: paths.listing('cases'), label: '党建案例' },
  { href: paths.listing('regions'), label: '市县' },
] as const;
