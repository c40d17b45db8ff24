import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getCases, label } from '../lib/site/entries.ts';
import { paths } from '../lib/site/urls.ts';
import { site } from '../site.config.ts';

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export async function GET(context: APIContext) {
  const cases = await getCases();
  const base = context.site ?? site.url;
  return rss({
    title: `${site.name}：党建案例`,
    description: site.description,
    site: base,
    xmlns: { atom: 'http://www.w3.org/2005/Atom', dc: 'http://purl.org/dc/elements/1.1/' },
    customData: `<language>zh-cn</language><atom:link href="${new URL(paths.feed, base).href}" rel="self" type="application/rss+xml"/>`,
    items: cases.map((entry) => ({
      title: entry.data.title,
      description: entry.data.summary,
      pubDate: entry.data.date,
      link: paths.entry('cases', entry.id),
      categories: entry.data.topics.map((topic) => label('topics', topic)),
      // RSS 2.0 <author> must be an e-mail address; a name goes in dc:creator.
      customData: `<dc:creator>${escapeXml(entry.data.source.author)}</dc:creator>`,
    })),
  });
}
