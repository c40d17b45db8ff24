import type { Source } from './entries.ts';
import { isoReportedDate } from '../hours/dates.ts';
import { absoluteUrl } from './identity.ts';
import { paths } from './urls.ts';

/** schema.org for a source, to cite from an entry (`isBasedOn`, `citation`): only what the record says. */
export function sourceJsonLd(source: Source) {
  const { data } = source;
  return {
    '@type': 'CreativeWork',
    name: data.title,
    genre: data.kind,
    datePublished: isoReportedDate(data.date),
    inLanguage: 'zh-CN',
    ...(data.author && { author: { '@type': 'Person', name: data.author, ...(data.authorRole && { jobTitle: data.authorRole }) } }),
    ...(data.publication && { isPartOf: { '@type': 'Periodical', name: data.publication } }),
    ...(data.publisher && { publisher: { '@type': 'Organization', name: data.publisher } }),
    // The original where it is online, else the site's page describing the source.
    url: data.url ?? absoluteUrl(paths.entry('sources', source.id)),
  };
}
