import { describe, expect, it } from 'vitest';
import type { Source } from './entries.ts';
import { site } from './identity.ts';
import { routeJsonLd } from './route-json-ld.ts';
import type { RouteStop } from './route-stops.ts';

const stop = (id: string, collection: string, approximate: boolean, lng: number, lat: number) =>
  ({ id, name: `${id}名`, location: { lng, lat }, approximate, stay: 30, place: { id, collection } }) as unknown as RouteStop;

describe('routeJsonLd', () => {
  const route = { id: 'a-route', data: { title: '某线路', summary: '两站。' } } as never;
  const source = { id: 'a-source', collection: 'sources', data: { title: '某报道', kind: '新闻报道', date: { year: 2020 } } } as unknown as Source;
  const ld = routeJsonLd(route, [stop('first', 'sites', true, 109.69, 19.912), stop('second', 'service-points', false, 110.7531, 19.6152)], ['党支部', '学生'], [source]);

  it('is a TouristTrip with its page, language and audiences', () => {
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'TouristTrip',
      name: '某线路',
      description: '两站。',
      url: `${site.url}/routes/a-route/`,
      inLanguage: 'zh-CN',
      touristType: ['党支部', '学生'],
    });
  });

  it('lists the stops in order with their pages, and positions only where they are exact', () => {
    expect(ld.itinerary).toEqual({
      '@type': 'ItemList',
      numberOfItems: 2,
      itemListOrder: 'https://schema.org/ItemListOrderAscending',
      itemListElement: [
        { '@type': 'ListItem', position: 1, item: { '@type': 'TouristAttraction', name: 'first名', url: `${site.url}/sites/first/` } },
        {
          '@type': 'ListItem',
          position: 2,
          item: {
            '@type': 'TouristAttraction',
            name: 'second名',
            url: `${site.url}/service-points/second/`,
            geo: { '@type': 'GeoCoordinates', longitude: 110.7531, latitude: 19.6152 },
          },
        },
      ],
    });
  });

  it('names the sources it was put together from', () => {
    expect(ld.subjectOf).toEqual([expect.objectContaining({ '@type': 'CreativeWork', name: '某报道', datePublished: '2020', url: `${site.url}/sources/a-source/` })]);
  });

  it('asserts no distance or duration', () => {
    expect(JSON.stringify(ld)).not.toMatch(/distance|duration|米|分钟/i);
  });
});
