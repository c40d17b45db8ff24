import { describe, expect, it } from 'vitest';
import { caseJsonLd } from './case-json-ld.ts';
import type { Case, Source } from './entries.ts';
import { site } from './identity.ts';

const source = {
  id: 'lingao-dageju-2020',
  collection: 'sources',
  data: { title: '小城市有大格局', kind: '署名文章', author: '文斌', authorRole: '海南省临高县委书记', date: { year: 2020 } },
} as unknown as Source;
const entry = {
  id: 'lingao-zonghe-henglian',
  collection: 'cases',
  data: { title: '临高构建“纵合横连”城市党建工作体系', summary: '摘要', sources: [source.id], topics: ['organisation'], region: 'lingao' },
} as unknown as Case;
const facts = { sources: [source], regionName: '临高县', topicLabels: ['组织建设'] };

describe('caseJsonLd', () => {
  it('dates the article by the site, never by its source, and cites the source as isBasedOn', () => {
    const ld = caseJsonLd(entry, { ...facts, published: { day: '2026-11-24', time: 0 } });
    expect(ld.datePublished).toBe('2026-11-24');
    expect(ld.isBasedOn).toEqual([
      {
        '@type': 'CreativeWork',
        name: '小城市有大格局',
        genre: '署名文章',
        datePublished: '2020',
        inLanguage: 'zh-CN',
        author: { '@type': 'Person', name: '文斌', jobTitle: '海南省临高县委书记' },
        url: `${site.url}/sources/lingao-dageju-2020/`,
      },
    ]);
  });

  it('has no datePublished when the site date is unknown, rather than an invented one', () => {
    expect(caseJsonLd(entry, facts)).not.toHaveProperty('datePublished');
  });

  it('names the site, not the source’s writer, as author, and points to the page on the configured site', () => {
    const ld = caseJsonLd(entry, facts);
    expect(ld.author).toEqual({ '@type': 'Organization', name: site.sponsor ?? site.name, url: site.url });
    expect(ld.mainEntityOfPage).toBe(`${site.url}/cases/lingao-zonghe-henglian/`);
  });
});
