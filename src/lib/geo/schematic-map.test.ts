import { DOMParser, type Element } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { groupMarkers, renderSchematicMap, type SchematicMarker } from './schematic-map.ts';

const ROUTE: SchematicMarker[] = [
  { id: 'wencheng', label: '文城镇党群服务中心', lng: 110.7537, lat: 19.5433, href: '/places/wencheng/', number: 1 },
  { id: 'qinglan', label: '清澜 <港> & "码头"', lng: 110.8166, lat: 19.552, href: '/places/qinglan/?a=1&b=2', number: 2 },
  { id: 'dongjiao', label: '东郊', lng: 110.8603, lat: 19.579, href: '/places/dongjiao/', number: 3 },
];

/** Parses as strict XML, so any escaping mistake fails the test. */
function parse(svg: string) {
  const doc = new DOMParser({
    onError: (level, message) => {
      throw new Error(`${level}: ${message}`);
    },
  }).parseFromString(svg, 'image/svg+xml');
  const root = doc.documentElement;
  if (!root) throw new Error('no root element');
  const all = (tag: string) => Array.from(root.getElementsByTagName(tag)) as Element[];
  const text = (tag: string) => all(tag)[0]?.textContent ?? '';
  return { root, all, text };
}

describe('renderSchematicMap', () => {
  const svg = renderSchematicMap({ markers: ROUTE, legs: [[0, 1], [1, 2]], title: '文昌参观路线' });
  const { root, all, text } = parse(svg);

  it('is an accessible image that says it is a schematic, not a standard map', () => {
    expect(root.getAttribute('role')).toBe('group');
    expect(root.getAttribute('aria-label')).toMatch(/示意图/);
    expect(text('title')).toBe('文昌参观路线（示意图）');
    expect(text('desc')).toContain('示意图');
    expect(text('desc')).toContain('不是标准地图');
    expect(text('desc')).toContain('1. 文城镇党群服务中心');
  });

  it("draws Hainan's land as a filled path", () => {
    const land = all('path').filter((p) => p.getAttribute('class') === 'map-land');
    expect(land.length).toBeGreaterThan(0);
    expect(land[0]?.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+L/);
  });

  it('links each marker to its page, with escaped names', () => {
    const links = all('a');
    expect(links.map((a) => a.getAttribute('href'))).toEqual(ROUTE.map((m) => m.href));
    expect(links.map((a) => a.getAttribute('data-id'))).toEqual(ROUTE.map((m) => m.id));
    expect(links[1]?.getElementsByTagName('title')[0]?.textContent).toBe('2. 清澜 <港> & "码头"');
    expect(links[1]?.getElementsByTagName('text')[0]?.textContent).toBe('2');
  });

  it('draws each leg as a dashed line with an arrow', () => {
    expect(all('polyline').filter((l) => l.getAttribute('class') === 'map-leg')).toHaveLength(2);
    expect(all('path').filter((p) => p.getAttribute('class') === 'map-leg-arrow')).toHaveLength(2);
  });

  it('adds a whole-island inset when zoomed in, and none when the whole island is shown', () => {
    expect(all('g').filter((g) => g.getAttribute('class') === 'map-inset')).toHaveLength(1);
    expect(text('desc')).toContain('海南岛全图');
    const island = renderSchematicMap({ markers: [], title: '海南岛' });
    expect(island).not.toContain('map-inset');
  });

  it('draws only Hainan, not the mainland coast across the strait', () => {
    const { all: islandAll } = parse(renderSchematicMap({ markers: [], title: '海南岛' }));
    const d = islandAll('path').find((p) => p.getAttribute('class') === 'map-land')?.getAttribute('d') ?? '';
    // Natural Earth 1:50m has one polygon wholly inside the Hainan box: the island itself.
    expect(d.match(/M/g)).toHaveLength(1);
    expect(d.length).toBeLessThan(20_000);
  });

  it('labels unnumbered markers beside the circle, with a halo', () => {
    const { all: singleAll } = parse(
      renderSchematicMap({ markers: [{ id: 'lingao', label: '临高县', lng: 109.6872, lat: 19.9124, href: '/lingao/' }], title: '临高' }),
    );
    const label = singleAll('text')[0];
    expect(label?.getAttribute('class')).toBe('map-label');
    expect(label?.getAttribute('paint-order')).toBe('stroke');
    expect(label?.textContent).toBe('临高县');
  });

  it('draws places that share a point as one marker with their count', () => {
    const shared = { lng: 110.753, lat: 19.615 };
    const { all: groupAll } = parse(
      renderSchematicMap({
        markers: [
          { id: 'a', label: '新风社区', ...shared, href: '/a/' },
          { id: 'b', label: '文建西社区', ...shared, href: '/b/' },
          { id: 'c', label: '凌村', ...shared, href: '/c/' },
          { id: 'd', label: '龙楼', lng: 110.985, lat: 19.66, href: '/d/' },
        ],
        title: '服务点',
      }),
    );
    const groups = groupAll('g').filter((g) => g.getAttribute('class') === 'map-group');
    expect(groups).toHaveLength(1);
    expect(Array.from(groups[0]!.getElementsByTagName('text')).map((t) => t.textContent)).toEqual(['3', '3 处']);
    expect(groups[0]?.getElementsByTagName('title')[0]?.textContent).toBe('同一位置的 3 个地点：新风社区；文建西社区；凌村');
    // The names are listed beside the map (SchematicMap.astro); only 龙楼 is a marker link of its own.
    expect(groupAll('a').map((a) => a.getAttribute('href'))).toEqual(['/d/']);
    expect(groupAll('circle').filter((c) => c.getAttribute('class') === 'map-marker')).toHaveLength(1);
  });

  it('numbers route stops that share a point on one marker', () => {
    const { all: routeAll } = parse(
      renderSchematicMap({
        markers: [
          { id: 'a', label: '一大会议址', lng: 109.69, lat: 19.912, href: '/a/', number: 1 },
          { id: 'b', label: '烈士纪念碑', lng: 109.69, lat: 19.912, href: '/b/', number: 2 },
          { id: 'c', label: '解放公园', lng: 109.705, lat: 20.025, href: '/c/', number: 3 },
        ],
        legs: [[0, 1], [1, 2]],
        title: '临高',
      }),
    );
    const group = routeAll('g').find((g) => g.getAttribute('class') === 'map-group');
    expect(Array.from(group!.getElementsByTagName('text')).map((t) => t.textContent)).toEqual(['1、2']);
    // The leg between two stops at one point cannot be drawn; the one onwards can.
    expect(routeAll('polyline')).toHaveLength(1);
  });

  it('groups markers by position, in order', () => {
    const a = { id: 'a', label: 'a', lng: 1, lat: 2, href: '/a/' };
    const b = { id: 'b', label: 'b', lng: 3, lat: 4, href: '/b/' };
    const c = { id: 'c', label: 'c', lng: 1.00001, lat: 2, href: '/c/' };
    expect(groupMarkers([a, b, c])).toEqual([[a, c], [b]]);
  });

  it('keeps labels at 12 px or more where the map is about 310 px wide (a 360 px phone in elder mode)', () => {
    const width = Number(root.getAttribute('viewBox')?.split(' ')[2]);
    for (const label of all('text')) expect(Number(label.getAttribute('font-size')) * (310 / width)).toBeGreaterThanOrEqual(12);
  });

  it('shows the whole island on request, with no inset', () => {
    const whole = renderSchematicMap({ markers: ROUTE, title: '全岛', wholeIsland: true });
    expect(whole).not.toContain('map-inset');
  });

  it('uses no inline styles, stays small and is deterministic', () => {
    expect(svg).not.toMatch(/\sstyle=/);
    expect(svg).not.toContain('<style');
    expect(Buffer.byteLength(svg)).toBeLessThan(40_000);
    expect(renderSchematicMap({ markers: ROUTE, legs: [[0, 1], [1, 2]], title: '文昌参观路线' })).toBe(svg);
  });

  it('refuses legs that point at missing markers', () => {
    expect(() => renderSchematicMap({ markers: ROUTE, legs: [[0, 3]], title: 'x' })).toThrow(RangeError);
  });
});
