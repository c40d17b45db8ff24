import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getCases } from '../lib/site/entries.ts';
import { paths } from '../lib/site/urls.ts';
import { site } from '../site.config.ts';

export async function GET(context: APIContext) {
  const cases = await getCases();
  return rss({
    title: `${site.name}：党建案例`,
    description: site.description,
    site: context.site ?? site.url,
    customData: '<language>zh-cn</language>',
    items: cases.map((entry) => ({
      title: entry.data.title,
      description: entry.data.summary,
      pubDate: entry.data.date,
      link: paths.entry('cases', entry.id),
      author: entry.data.source.author,
    })),
  });
}
