/**
 * The files the site offers for download, in plain words: what each is for and which apps open it.
 * Format names (GPX, ICS, GeoJSON …) stay in this one "下载与开放数据" section
 * (src/components/layout/Downloads.astro), off the main path of every page.
 */
export type DownloadKind = 'gpx' | 'ics' | 'geojson' | 'json' | 'rss';

interface KindText {
  /** The button's text, given what the file holds ("党群服务点"). */
  title: (what: string) => string;
  use: string;
}

export const DOWNLOAD_KINDS: Record<DownloadKind, KindText> = {
  gpx: { title: () => '下载 GPX 文件', use: '导入导航软件，如奥维互动地图、两步路，按各站位置导航。' },
  ics: { title: () => '下载日历文件（ICS）', use: '用手机日历打开，行程的各站就加进日历，到时提醒。' },
  geojson: { title: (what) => `${what}（GeoJSON）`, use: '带位置的数据，给开发者和数据分析用，可以用地理信息软件打开。' },
  json: { title: (what) => `${what}（JSON）`, use: '给开发者和数据分析用。' },
  rss: { title: (what) => `${what}订阅（RSS）`, use: '用新闻阅读器订阅，有新案例时收到更新。' },
};

export const downloadTitle = (kind: DownloadKind, what = '全部数据') => DOWNLOAD_KINDS[kind].title(what);
