import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroPhases, routeTimings } from '../../scripts/bench/astro-log.ts';
import { largestPage, type TimedLine } from '../../scripts/bench/measure.ts';
import { whereOf } from '../../scripts/bench/profile.ts';
import { bytes, growthExponent, laterQueryNetworkFloor, markdownTable } from '../../scripts/bench/report.ts';
import { laterQueryFloor, median } from '../../scripts/bench/search.ts';

/** The benchmark's log parsing and arithmetic (npm run bench), on canned Astro output. */
const at = (t: number, text: string): TimedLine => ({ t, text, stream: 'stdout' });
const LOG: TimedLine[] = [
  at(1000, '10:00:01 [content] Synced content'),
  at(1100, '10:00:01 [build] Building static entrypoints...'),
  at(9100, '10:00:09 [build] ✓ Completed in 8.00s.'),
  at(9600, ' generating static routes '),
  at(9700, '10:00:09 ▶ src/pages/cases/[id].astro'),
  at(9712, '10:00:09   ├─ /cases/a/index.html (+12ms) '),
  at(9742, '10:00:09   ├─ /cases/b/index.html (+30ms) '),
  at(11_242, '10:00:11   └─ /cases/c/index.html (+1.5s) '),
  at(11_250, '10:00:11 λ src/pages/rss.xml.ts'),
  at(11_254, '10:00:11   └─ /rss.xml (+4ms) '),
  at(11_600, '10:00:11 ✓ Completed in 2.00s.'),
  at(11_900, '10:00:11 [build] Complete!'),
];

describe('bench: Astro log', () => {
  it('times each route from its heading to the next (or to the end of page generation), slowest route first', () => {
    const [cases, rss] = routeTimings(LOG);
    expect(cases).toMatchObject({ route: 'src/pages/cases/[id].astro', pages: 3, totalMs: 1550, maxMs: 1500, firstTenthMeanMs: 12, lastTenthMeanMs: 1500 });
    expect(cases.meanMs).toBeCloseTo(1550 / 3);
    expect(rss).toMatchObject({ route: 'src/pages/rss.xml.ts', pages: 1, totalMs: 350 });
  });

  it('with pages rendered side by side (build.concurrency), the route takes its wall time, not the sum of its pages', () => {
    const [cases] = routeTimings([
      at(0, '▶ src/pages/cases/[id].astro'),
      at(10, '  ├─ /cases/a/index.html (+40ms)'),
      at(11, '  ├─ /cases/b/index.html (+40ms)'),
      at(20, '  ├─ /cases/c/index.html (+40ms)'),
      at(21, '  ├─ /cases/d/index.html (+40ms)'),
      at(25, '✓ Completed in 25ms.'),
    ]);
    expect(cases).toMatchObject({ pages: 4, totalMs: 25, meanMs: 6.25, maxMs: 40 });
  });

  it('splits Astro into phases by when its milestones were printed', () => {
    expect(astroPhases(LOG, 0)).toEqual({
      启动与内容同步: 1100,
      'Vite 构建（服务端）': 8000,
      'Vite 构建（浏览器端）': 500,
      生成页面: 2000,
      '收尾（sitemap 等）': 300,
    });
  });
});

describe('bench: figures', () => {
  it('growth exponent: 1 for linear, 2 for quadratic', () => {
    expect(growthExponent(500, 10, 5000, 100)).toBeCloseTo(1);
    expect(growthExponent(500, 10, 5000, 1000)).toBeCloseTo(2);
  });

  it('formats sizes in KB/MB/GB of 1,024 and tables in Markdown', () => {
    expect(bytes(150 * 1024)).toBe('150.0 KB');
    expect(bytes(3 * 1024 ** 2)).toBe('3.0 MB');
    expect(markdownTable(['a', 'b'], [['1', '2']])).toBe('| a | b |\n| --- | --- |\n| 1 | 2 |');
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
  });

  it('names where profile time went: package, Astro build chunk or project file', () => {
    expect(whereOf('file:///w/node_modules/@astrojs/mdx/dist/index.js')).toBe('@astrojs/mdx');
    expect(whereOf('file:///tmp/b/project/.astro/chunks/urls_DLedaD-K.mjs')).toBe('构建产物 chunks/urls.mjs');
    expect(whereOf('file:///tmp/b/project/.astro/chunks/astro/server_B9WNrPTC.mjs')).toBe('astro（构建产物中的运行时）');
    expect(whereOf('file:///tmp/b/project/src/lib/content/body.ts')).toBe('src/lib/content/body.ts');
    expect(whereOf('node:internal/fs')).toBe('(Node 内置)');
  });
});

describe('bench: Astro log lines that arrive together', () => {
  it('keeps phases apart when several milestones share one arrival time', () => {
    const lines = [
      at(500, '10:00:00 [build] Collecting build info...'),
      at(900, '10:00:00 [build] ✓ Completed in 0.40s.'),
      at(900, '10:00:00 [build] Building static entrypoints...'),
      at(5900, '10:00:05 [build] ✓ Completed in 5.00s.'),
      at(6000, ' generating static routes '),
      at(7000, '10:00:07 ✓ Completed in 1.00s.'),
      at(7100, '10:00:07 [build] Complete!'),
    ];
    expect(astroPhases(lines, 0)).toMatchObject({ 启动与内容同步: 900, 'Vite 构建（服务端）': 5000, 生成页面: 1000 });
  });
});

describe('bench: the heaviest page', () => {
  it('names the largest HTML page by its URL, with its size as gzip sends it', () => {
    const dist = mkdtempSync(join(tmpdir(), 'bench-largest-'));
    try {
      mkdirSync(join(dist, 'cases'));
      writeFileSync(join(dist, 'index.html'), '<p>首页</p>');
      writeFileSync(join(dist, 'cases', 'index.html'), '<li>案例</li>'.repeat(2000));
      writeFileSync(join(dist, 'big.json'), 'x'.repeat(100_000));
      const page = largestPage(dist);
      expect(page).toMatchObject({ path: '/cases/', bytes: Buffer.byteLength('<li>案例</li>'.repeat(2000)) });
      expect(page!.gzipBytes).toBeGreaterThan(0);
      expect(page!.gzipBytes).toBeLessThan(page!.bytes / 10);
    } finally {
      rmSync(dist, { recursive: true });
    }
  });
});

describe('bench: the slow phone network floor of a later query', () => {
  const fragment = (i: number) => ({ path: `/pagefind/fragment/zh-cn_${i}.pf_fragment`, bytes: 1000 });
  it('is a round trip and the transfer for the index chunks, then one for the first five fragments only', () => {
    const files = [
      { path: '/pagefind/index/zh-cn_a.pf_index', bytes: 20_000 },
      { path: '/pagefind/index/zh-cn_b.pf_index', bytes: 30_000 },
      ...Array.from({ length: 20 }, (_, i) => fragment(i)),
    ];
    // 50,000 bytes at 1.6 Mbit/s are 250 ms, 5,000 are 25 ms; a 150 ms round trip before each.
    expect(laterQueryFloor(files)).toEqual({ indexBytes: 50_000, firstFragmentBytes: 5_000, ms: 150 + 250 + 150 + 25 });
  });
  it('has no chunk leg when the chunks were already loaded, and ignores other files', () => {
    const files = [{ path: '/pagefind/filter/zh-cn_x.pf_filter', bytes: 9_000 }, fragment(1), fragment(2)];
    expect(laterQueryFloor(files)).toEqual({ indexBytes: 0, firstFragmentBytes: 2_000, ms: 150 + 10 });
  });
  it('is printed with both legs', () => {
    expect(laterQueryNetworkFloor({ indexBytes: 40 * 1024, firstFragmentBytes: 5 * 1024, ms: 530.4 })).toBe(
      '网络下限（中位数）：取新的索引分块 40.0 KB，一次往返 150 ms 加传输；拿到分块才知道是哪些页面，再取前 5 条的正文 5.0 KB，又一次往返加传输；共约 530 ms',
    );
  });
});
