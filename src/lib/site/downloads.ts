/**
 * The files the site offers for download, in plain words: what each is for and which apps open it.
 * Format names (GPX, ICS, GeoJSON …) stay in this one "下载与开放数据" section
 * (src/components/layout/Downloads.astro), off the main path of every page.
 */
export type DownloadKind = 'gpx' | 'ics' | 'geojson' | 'json' | 'rss';

export const DOWNLOAD_KINDS: Record<DownloadKind, { format: string; use: string }> = {
  gpx: { format: 'GPX 文件', use: '导入导航软件，如奥维互动地图、两步路，按各站位置导航。' },
  ics: { format: '日历文件（ICS）', use: '用手机日历打开，行程的各站就加进日历，到时提醒。' },
  geojson: { format: 'GeoJSON 文件', use: '带位置的数据，给开发者和数据分析用，可以用地理信息软件打开。' },
  json: { format: 'JSON 文件', use: '给开发者和数据分析用。' },
  rss: { format: 'RSS 订阅', use: '用新闻阅读器订阅，有新案例时收到更新。' },
};

/** The button's text: what is downloaded, then the format, e.g. "本线路 · GPX 文件". */
export const downloadTitle = (kind: DownloadKind, what?: string) => (what ? `${what} · ${DOWNLOAD_KINDS[kind].format}` : DOWNLOAD_KINDS[kind].format);
