import { describe, expect, it } from 'vitest';
import { amapMarkerUrl, amapNavigationUrl, amapRouteUrl, baiduMarkerUrl, osmUrl } from './directions.ts';

// Fixed WGS-84 inputs around Wenchang. The expected GCJ-02 / BD-09 numbers come from gcoord 1.0.7;
// their correctness is checked in china-coordinates.test.ts, here we pin the URL format.
const CENTRE = { lng: 110.7537, lat: 19.5433, name: '党群服务中心' };
const CENTRE_NAME = '%E5%85%9A%E7%BE%A4%E6%9C%8D%E5%8A%A1%E4%B8%AD%E5%BF%83';
const PORT = { lng: 110.8166, lat: 19.552, name: 'Port & Pier, No|2' };
const PORT_NAME = 'Port%20%26%20Pier%2C%20No%7C2';
const DONGJIAO = { lng: 110.8603, lat: 19.579, name: 'Dongjiao' };
const LINGAO = { lng: 109.6872, lat: 19.9124, name: 'Lingao' };

describe('AMap links (GCJ-02)', () => {
  it('builds a marker link', () => {
    expect(amapMarkerUrl(CENTRE)).toBe(
      `https://uri.amap.com/marker?position=110.758145,19.5415&name=${CENTRE_NAME}&coordinate=gaode&callnative=0`,
    );
  });

  it('builds a navigation link without a start (AMap uses the visitor’s position)', () => {
    expect(amapNavigationUrl(undefined, CENTRE, 'walk')).toBe(
      `https://uri.amap.com/navigation?to=110.758145,19.5415,${CENTRE_NAME}&mode=walk&coordinate=gaode&callnative=0`,
    );
  });

  it('builds a navigation link with a start, defaulting to car', () => {
    expect(amapNavigationUrl(LINGAO, PORT)).toBe(
      `https://uri.amap.com/navigation?from=109.691363,19.910283,Lingao&to=110.821016,19.550124,${PORT_NAME}&mode=car&coordinate=gaode&callnative=0`,
    );
  });

  describe('amapRouteUrl', () => {
    it('uses a marker for one stop and navigation for two', () => {
      expect(amapRouteUrl([CENTRE])).toBe(amapMarkerUrl(CENTRE));
      expect(amapRouteUrl([LINGAO, CENTRE], 'bus')).toBe(amapNavigationUrl(LINGAO, CENTRE, 'bus'));
    });

    it("uses AMap's single via for three stops by car", () => {
      expect(amapRouteUrl([CENTRE, PORT, DONGJIAO])).toBe(
        `https://uri.amap.com/navigation?from=110.758145,19.5415,${CENTRE_NAME}&to=110.86467,19.577032,Dongjiao` +
          `&via=110.821016,19.550124,${PORT_NAME}&mode=car&coordinate=gaode&callnative=0`,
      );
    });

    it('shows every stop on a multi-marker map when via cannot carry them (not car, or more than 3 stops)', () => {
      const markers = `110.758145,19.5415,${CENTRE_NAME}|110.821016,19.550124,${PORT_NAME}|110.86467,19.577032,Dongjiao`;
      expect(amapRouteUrl([CENTRE, PORT, DONGJIAO], 'walk')).toBe(
        `https://uri.amap.com/marker?markers=${markers}&coordinate=gaode&callnative=0`,
      );
      expect(amapRouteUrl([LINGAO, CENTRE, PORT, DONGJIAO])).toBe(
        `https://uri.amap.com/marker?markers=109.691363,19.910283,Lingao|${markers}&coordinate=gaode&callnative=0`,
      );
    });

    it('refuses an empty route and more stops than AMap can show', () => {
      expect(() => amapRouteUrl([])).toThrow(RangeError);
      expect(() => amapRouteUrl(Array.from({ length: 11 }, () => CENTRE))).toThrow(RangeError);
      expect(amapRouteUrl(Array.from({ length: 10 }, () => CENTRE))).toMatch(/^https:\/\/uri\.amap\.com\/marker\?markers=/);
    });
  });
});

describe('Baidu links (BD-09, lat before lng)', () => {
  it('uses the name as content by default', () => {
    expect(baiduMarkerUrl(CENTRE)).toBe(
      `https://api.map.baidu.com/marker?location=19.547828,110.76457&title=${CENTRE_NAME}&content=${CENTRE_NAME}` +
        '&output=html&coord_type=bd09ll&src=webapp.hainan.dangjian',
    );
  });

  it('accepts separate content', () => {
    expect(baiduMarkerUrl({ ...PORT, content: 'Qinglan' })).toBe(
      `https://api.map.baidu.com/marker?location=19.55579,110.827565&title=${PORT_NAME}&content=Qinglan` +
        '&output=html&coord_type=bd09ll&src=webapp.hainan.dangjian',
    );
  });
});

describe('osmUrl (WGS-84)', () => {
  it('rounds to 6 decimals', () => {
    expect(osmUrl({ lng: 110.75370000049, lat: 19.54334449 })).toBe(
      'https://www.openstreetmap.org/?mlat=19.543344&mlon=110.7537#map=16/19.543344/110.7537',
    );
  });
});
