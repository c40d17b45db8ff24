import { isoDate } from '../hours/dates.ts';
import type { Case, SiteDate, Source } from './entries.ts';
import { sourceJsonLd } from './source-json-ld.ts';
import { absoluteUrl, site } from './identity.ts';
import { paths } from './urls.ts';

interface CaseFacts {
  /** When this site published it, if known (see siteDate in entries.ts). */
  published?: SiteDate;
  sources: Source[];
  regionName: string;
  topicLabels: string[];
}

/**
 * schema.org Article for a case. The case is the site's own rewrite: the site is its author and
 * publisher, the sources it rests on are `isBasedOn`, and its dates are the site's, never the sources'.
 */
export function caseJsonLd(entry: Case, facts: CaseFacts) {
  const { data } = entry;
  const publisher = { '@type': 'Organization', name: site.sponsor ?? site.name, url: site.url };
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: data.title,
    description: data.summary,
    ...(facts.published && { datePublished: facts.published.day }),
    ...(data.updated && { dateModified: isoDate(data.updated) }),
    inLanguage: 'zh-CN',
    author: publisher,
    publisher,
    mainEntityOfPage: absoluteUrl(paths.entry('cases', entry.id)),
    about: facts.topicLabels,
    contentLocation: { '@type': 'Place', name: facts.regionName },
    isBasedOn: facts.sources.map(sourceJsonLd),
  };
}
