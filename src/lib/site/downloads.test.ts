import { describe, expect, it } from 'vitest';
import { DOWNLOAD_KINDS, downloadTitle } from './downloads.ts';

describe('downloads', () => {
  it('says for every kind what it is for in Chinese, naming apps for GPX and the calendar for ICS', () => {
    for (const { use } of Object.values(DOWNLOAD_KINDS)) expect(use).toMatch(/[\u4e00-\u9fff]{4}/);
    expect(DOWNLOAD_KINDS.gpx.use).toContain('奥维互动地图');
    expect(DOWNLOAD_KINDS.gpx.use).toContain('两步路');
    expect(DOWNLOAD_KINDS.ics.use).toContain('手机日历');
    expect(DOWNLOAD_KINDS.geojson.use).toContain('开发者');
  });

  it('names what is in a data file before its format', () => {
    expect(downloadTitle('geojson', '党群服务点')).toBe('党群服务点（GeoJSON）');
    expect(downloadTitle('rss', '党建案例')).toBe('党建案例订阅（RSS）');
    expect(downloadTitle('gpx')).toBe('下载 GPX 文件');
  });
});
