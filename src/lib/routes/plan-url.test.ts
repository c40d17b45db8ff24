import { describe, expect, it } from 'vitest';
import { decodePlan, encodePlan, isDate, MAX_PLAN_STOPS, type Plan } from './plan-url.ts';

const STAYS: Record<string, number> = { 'hainan-jiefang-gongyuan': 90, 'lingao-yida-huiyizhi': 45, 'xinfeng-shequ': 30 };
const options = { stayFor: (id: string) => (Object.hasOwn(STAYS, id) ? STAYS[id] : undefined), today: '2026-11-20' };
const decode = (query: string) => decodePlan(query, options);

describe('plan addresses', () => {
  const plan: Plan = {
    stops: [
      { id: 'lingao-yida-huiyizhi', stay: 45 },
      { id: 'hainan-jiefang-gongyuan', stay: 120 },
      { id: 'xinfeng-shequ', stay: 20 },
    ],
    date: '2026-12-01',
    start: '08:30',
    mode: 'bus',
  };

  it('writes a readable query and reads it back unchanged', () => {
    const query = encodePlan(plan);
    expect(query).toBe('?stops=lingao-yida-huiyizhi:45,hainan-jiefang-gongyuan:120,xinfeng-shequ:20&date=2026-12-01&start=08:30&mode=bus');
    expect(decode(query)).toEqual({ plan, hasStops: true, problems: [] });
  });

  it('reads a query whose separators were percent-encoded by another program', () => {
    const encoded = `?${new URLSearchParams({ stops: 'xinfeng-shequ:30,lingao-yida-huiyizhi:45', date: '2026-12-01', start: '14:05', mode: 'walk' })}`;
    expect(encoded).toContain('%3A');
    expect(decode(encoded).plan).toEqual({
      stops: [{ id: 'xinfeng-shequ', stay: 30 }, { id: 'lingao-yida-huiyizhi', stay: 45 }],
      date: '2026-12-01',
      start: '14:05',
      mode: 'walk',
    });
  });

  it('fills in defaults: today, 08:30, bus, and each place’s suggested stay', () => {
    expect(decode('?stops=hainan-jiefang-gongyuan,xinfeng-shequ')).toEqual({
      plan: { stops: [{ id: 'hainan-jiefang-gongyuan', stay: 90 }, { id: 'xinfeng-shequ', stay: 30 }], date: '2026-11-20', start: '08:30', mode: 'bus' },
      hasStops: true,
      problems: [],
    });
    expect(decode('')).toMatchObject({ hasStops: false, problems: [], plan: { stops: [] } });
  });

  it('reads the place to add from the “加入我的行程” links', () => {
    expect(decode('?add=xinfeng-shequ')).toMatchObject({ add: 'xinfeng-shequ', hasStops: false, problems: [] });
  });
});

describe('bad or tampered addresses', () => {
  it('drops unknown places and says which', () => {
    const { plan, problems } = decode('?stops=no-such-place:30,xinfeng-shequ:30,<script>:5');
    expect(plan.stops).toEqual([{ id: 'xinfeng-shequ', stay: 30 }]);
    expect(problems).toEqual([
      '链接中的第 1 站“no-such-place:30”不是可规划的地点，已忽略。',
      '链接中的第 3 站“<script>:5”不是可规划的地点，已忽略。',
    ]);
  });

  it.each(['0', '-5', '1.5', 'abc', '481', '', '99999'])('replaces a stay of “%s” by the suggested one', (stay) => {
    const { plan, problems } = decode(`?stops=hainan-jiefang-gongyuan:${stay}`);
    expect(plan.stops).toEqual([{ id: 'hainan-jiefang-gongyuan', stay: 90 }]);
    expect(problems).toEqual([expect.stringContaining('停留时间无效（应为 1–480 分钟），已改用建议的 90 分钟')]);
  });

  it('keeps a place only once', () => {
    const { plan, problems } = decode('?stops=xinfeng-shequ:30,lingao-yida-huiyizhi:45,xinfeng-shequ:10');
    expect(plan.stops.map((s) => s.id)).toEqual(['xinfeng-shequ', 'lingao-yida-huiyizhi']);
    expect(problems).toEqual([expect.stringContaining('重复出现')]);
  });

  it('keeps at most the maximum number of stops', () => {
    const ids = Array.from({ length: MAX_PLAN_STOPS + 2 }, (_, i) => `place-${i}`);
    const { plan, problems } = decodePlan(`?stops=${ids.join(',')}`, { stayFor: () => 30, today: '2026-11-20' });
    expect(plan.stops).toHaveLength(MAX_PLAN_STOPS);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain(`最多 ${MAX_PLAN_STOPS} 站`);
  });

  it.each([
    ['date=2026-02-30', '日期“2026-02-30”无效'],
    ['date=tomorrow', '日期“tomorrow”无效'],
    ['start=24:00', '出发时间“24:00”无效'],
    ['start=8:30', '出发时间“8:30”无效'],
    ['mode=plane', '出行方式“plane”无效'],
    ['add=no-such-place', '要加入的地点“no-such-place”不在可规划的地点中'],
  ])('reports %s and falls back to the default', (query, message) => {
    const { plan, problems } = decode(`?stops=xinfeng-shequ:30&${query}`);
    expect(problems).toEqual([expect.stringContaining(message)]);
    expect(plan).toEqual({ stops: [{ id: 'xinfeng-shequ', stay: 30 }], date: '2026-11-20', start: '08:30', mode: 'bus' });
  });

  it('names the travel modes in Chinese, never by their code values', () => {
    const [problem] = decode('?stops=xinfeng-shequ:30&mode=plane').problems;
    expect(problem).toBe('链接中的出行方式“plane”无效，已改用公交或大巴；可选的方式有步行、骑行、公交或大巴、自驾。');
    expect(problem).not.toMatch(/walk|bike|bus|car/);
  });

  it('refuses an absurdly long address as a whole', () => {
    const { plan, problems } = decode(`?stops=${'xinfeng-shequ:30,'.repeat(200)}`);
    expect(plan.stops).toEqual([]);
    expect(problems).toEqual(['链接过长，不是本站生成的行程链接，已忽略其中的内容。']);
  });

  it('never throws on garbage', () => {
    for (const query of ['?%', '?stops=%E0%A4%A', '?stops=,,,:', '?stops=:30', '?date=&start=&mode=', '?stops=__proto__:5', '?add=constructor']) {
      expect(() => decode(query)).not.toThrow();
    }
    expect(decode('?stops=__proto__:5').plan.stops).toEqual([]);
  });
});

describe('isDate', () => {
  it('accepts real days only', () => {
    expect(isDate('2028-02-29')).toBe(true);
    expect(isDate('2026-02-29')).toBe(false);
    expect(isDate('2026-13-01')).toBe(false);
    expect(isDate('26-12-01')).toBe(false);
  });
});
