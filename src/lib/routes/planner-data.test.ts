import { describe, expect, it } from 'vitest';
import { holidayDates, plannablePlaces } from './planner-data.ts';

const at = { lng: 110, lat: 19.6, precision: 'exact' as const };
const place = (id: string, collection: 'sites' | 'workstations' | 'service-points', data: Record<string, unknown> = {}) => ({
  id,
  collection,
  data: { name: id, location: at, ...data },
});

describe('plannablePlaces', () => {
  const places = [
    place('site', 'sites', { visitMinutes: 90, hours: 'Mo-Fr 08:00-17:00' }),
    place('site-without-location', 'sites', { location: undefined }),
    place('study-visits', 'workstations', { receivesStudyVisits: true, visitMinutes: 60 }),
    place('office-only', 'workstations', { receivesStudyVisits: false }),
    place('not-known-yet', 'workstations', { receivesStudyVisits: undefined }),
    place('on-a-route', 'service-points'),
    place('not-on-a-route', 'service-points'),
  ];
  const result = plannablePlaces(places, new Set(['on-a-route']), { href: (p) => `/${p.collection}/${p.id}/`, schedule: (hours) => (hours ? ({ hours } as never) : undefined) });

  it('offers sites, workstations that receive study visits and places on a route, all with a location', () => {
    expect(result.map((p) => p.id)).toEqual(['site', 'study-visits', 'on-a-route']);
  });

  it('carries the suggested stay (30 minutes where none is given), the group and the compiled hours', () => {
    expect(result.map((p) => [p.stay, p.group, p.href])).toEqual([
      [90, '红色教育基地', '/sites/site/'],
      [60, '人才工作站', '/workstations/study-visits/'],
      [30, '党群服务点（线路中的观摩点）', '/service-points/on-a-route/'],
    ]);
    expect(result[0].schedule).toEqual({ hours: 'Mo-Fr 08:00-17:00' });
    expect(result[1]).not.toHaveProperty('schedule');
  });
});

describe('holidayDates', () => {
  it('names every day of each holiday, across month ends', () => {
    expect(holidayDates([{ name: '元旦', from: '2026-01-01', to: '2026-01-03' }, { name: '春节', from: '2027-02-28', to: '2027-03-01' }])).toEqual({
      '2026-01-01': '元旦',
      '2026-01-02': '元旦',
      '2026-01-03': '元旦',
      '2027-02-28': '春节',
      '2027-03-01': '春节',
    });
  });
});
