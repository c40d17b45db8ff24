/**
 * The exported files read back with independent readers: GPX with @tmcw/togeojson over
 * @xmldom/xmldom, iCalendar with ical.js. What they read must be what the timeline says.
 */
import { gpx as gpxToGeoJson } from '@tmcw/togeojson';
import { DOMParser } from '@xmldom/xmldom';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { checkTimeline } from './arrival.ts';
import { buildGpxOnServer } from './gpx-node.ts';
import { buildIcs, shanghaiInstant } from './ics.ts';
import { buildTimeline, parseClock } from './timeline.ts';
import { UNKNOWN_LEG } from './wording.ts';

const stops = [
  { id: 'lingao-yida-huiyizhi', name: '中共临高一大会议址', location: { lng: 109.69, lat: 19.912 }, stay: 45, url: 'https://dangjian.example.gov.cn/sites/lingao-yida-huiyizhi/', note: '请提前确认 <位置> & 时间' },
  { id: 'hainan-jiefang-gongyuan', name: '海南解放公园', location: { lng: 109.705, lat: 20.025 }, stay: 90, url: 'https://dangjian.example.gov.cn/sites/hainan-jiefang-gongyuan/' },
  { id: 'xinfeng-shequ', name: '新风社区党群服务站', location: { lng: 110.753, lat: 19.615 }, stay: 30 },
];
const timeline = buildTimeline(stops, 'bus', parseClock('08:30')!);

function parseGpx(text: string) {
  const geojson = gpxToGeoJson(new DOMParser().parseFromString(text, 'text/xml') as unknown as Document);
  return {
    waypoints: geojson.features
      .filter((f) => f.geometry?.type === 'Point')
      .map((f) => ({ name: f.properties?.name, coordinates: (f.geometry as GeoJSON.Point).coordinates })),
    routes: geojson.features
      .filter((f) => f.geometry?.type === 'LineString')
      .map((f) => ({ name: f.properties?.name, coordinates: (f.geometry as GeoJSON.LineString).coordinates })),
  };
}

describe('GPX', () => {
  const text = buildGpxOnServer({
    name: '临高红色教育线路 & 示例',
    description: '三站',
    url: 'https://dangjian.example.gov.cn/routes/lingao-hongse-jiaoyu-xianlu/',
    stops: stops.map((s) => ({ name: s.name, lng: s.location.lng, lat: s.location.lat, description: s.note, url: s.url })),
  });

  it('is GPX 1.1 with escaped text', () => {
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<gpx version="1.1"')).toBe(true);
    expect(text).toContain('xmlns="http://www.topografix.com/GPX/1/1"');
    expect(text).toContain('&lt;位置&gt; &amp; 时间');
    expect(text).toContain('<name>临高红色教育线路 &amp; 示例</name>');
  });

  it('reads back as the same waypoints and one route through them in order', () => {
    const { waypoints, routes } = parseGpx(text);
    const expected = stops.map((s, i) => ({ name: `${i + 1}. ${s.name}`, coordinates: [s.location.lng, s.location.lat] }));
    expect(waypoints).toEqual(expected);
    expect(routes).toEqual([{ name: '临高红色教育线路 & 示例', coordinates: expected.map((w) => w.coordinates) }]);
  });
});

describe('iCalendar', () => {
  const stamp = new Date('2026-11-20T02:00:00Z');
  const url = 'https://dangjian.example.gov.cn/routes/plan/?stops=a:1';
  const text = buildIcs(timeline, { title: '我的行程', date: '2026-12-01', mode: 'bus', url, stamp, checks: checkTimeline(timeline, '2026-12-01', () => undefined) });
  const readEvents = (ics: string) => new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));

  it('converts Shanghai wall-clock times to instants', () => {
    expect(shanghaiInstant('2026-12-01', 8 * 60 + 30).toISOString()).toBe('2026-12-01T00:30:00.000Z');
    expect(shanghaiInstant('2026-12-01', 1440 + 60).toISOString()).toBe('2026-12-01T17:00:00.000Z'); // 01:00 the next day
    expect(shanghaiInstant('2026-12-01', 300).toISOString()).toBe('2026-11-30T21:00:00.000Z');
  });

  it('reads back as one event per stop at the timeline’s times', () => {
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
    const read = events.map((e) => [e.summary, e.startDate.toJSDate().toISOString(), e.endDate.toJSDate().toISOString(), e.location]);
    expect(read).toEqual(
      timeline.stops.map(({ stop, arrive, depart }, i) => [
        `${i + 1}. ${stop.name}`,
        shanghaiInstant('2026-12-01', arrive).toISOString(),
        shanghaiInstant('2026-12-01', depart).toISOString(),
        stop.name,
      ]),
    );
    // 08:30–09:15 in Shanghai is 00:30–01:15 UTC.
    expect(read[0].slice(1, 3)).toEqual(['2026-12-01T00:30:00.000Z', '2026-12-01T01:15:00.000Z']);
    expect(events[0].description).toContain('请提前确认 <位置> & 时间');
    expect(events[0].description).toContain('之后前往第 2 站“海南解放公园”');
    expect(events.map((e) => e.uid)).toEqual([
      '2026-12-01-1-lingao-yida-huiyizhi@dangjian.example.gov.cn',
      '2026-12-01-2-hainan-jiefang-gongyuan@dangjian.example.gov.cn',
      '2026-12-01-3-xinfeng-shequ@dangjian.example.gov.cn',
    ]);
    expect(events[1].component.getFirstPropertyValue('geo')).toEqual([20.025, 109.705]);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
  });

  it('flags unknown hours, and says a leg between places at one approximate point cannot be estimated', () => {
    // Three service points placed at one town centre, the group arriving on a public holiday evening.
    const town = { lng: 110.753, lat: 19.615 };
    const sameTown = buildTimeline(
      ['a', 'b', 'c'].map((id) => ({ id, name: `服务点${id}`, location: town, approximate: true, stay: 30 })),
      'car',
      parseClock('19:30')!,
    );
    const checks = checkTimeline(sameTown, '2026-10-01', () => undefined, (date) => (date === '2026-10-01' ? '国庆节' : undefined));
    const events = readEvents(buildIcs(sameTown, { title: '观摩', date: '2026-10-01', mode: 'car', url, stamp, checks }));
    const descriptions = events.map((e) => e.description);
    expect(descriptions[0]).toContain(`之后前往第 2 站“服务点b”：${UNKNOWN_LEG}`);
    for (const description of descriptions) {
      expect(description).toContain('开放时间未核实，出发前请电话确认。');
      expect(description).toContain('注意：计划在国庆节假期的晚上到达');
      expect(description).not.toMatch(/(^|[^\d.])0 (米|分钟)|约 0(?![\d.:])/);
    }
  });
});
