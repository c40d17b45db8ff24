import rss from '@astrojs/rss';
import { getCases, label, siteDate } from '../lib/site/entries.ts';
import { absoluteUrl, site } from '../lib/site/identity.ts';
import { paths } from '../lib/site/urls.ts';

/** The feed's dates are the site's publication dates (see siteDate); an entry without one has no pubDate. */
export async function GET() {
  const cases = await getCases();
  return rss({
    title: `${site.name}：党建案例`,
    description: site.description,
    site: site.url,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>zh-cn</language><atom:link href="${absoluteUrl(paths.feed)}" rel="self" type="application/rss+xml"/>`,
    items: cases.map((entry) => {
      const published = siteDate(entry);
      return {
        title: entry.data.title,
        description: entry.data.summary,
        // The Shanghai day, at midnight Shanghai time, so readers in any time zone see the same day as the page.
        ...(published && { pubDate: new Date(`${published.day}T00:00:00+08:00`) }),
        link: paths.entry('cases', entry.id),
        categories: entry.data.topics.map((topic) => label('topics', topic)),
      };
    }),
  });
}
