import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { calendarReminder, checkContent, formatHoursReadings } from '../../src/lib/content/check.ts';
import { formatReport } from '../../src/lib/content/messages.ts';
import { copyContent } from '../helpers/content-copy.ts';
import { ROOT } from '../../tools/paths.ts';

let copy: ReturnType<typeof copyContent> | undefined;
afterEach(() => copy?.remove());

/** Breaks a copy of the real content, runs the check, returns the problems it reports. */
function problemsAfter(breakIt: (c: ReturnType<typeof copyContent>) => void, now?: Date) {
  copy = copyContent();
  breakIt(copy);
  return checkContent(copy.root, now).problems;
}

const SITE = 'content/sites/hainan-jiefang-gongyuan.mdx';
const CASE = 'content/cases/wencheng-dangjian-wangge.mdx';
const ROUTE = 'content/routes/lingao-hongse-jiaoyu-xianlu.mdx';
const POINT = 'content/service-points/xinfeng-shequ.mdx';
const WORKSTATION = 'content/workstations/wenchang-yanxue-jiaoyu-jidi.mdx';
const SOURCE = 'content/sources/lingao-dageju-2020.mdx';
const IDENTITY = 'content/site.yaml';

describe('the real content', () => {
  it('passes the check', () => {
    const { problems, entries } = checkContent(ROOT);
    expect(formatReport(problems)).toBe('内容检查通过。');
    expect(entries.length).toBeGreaterThan(30);
  });
});

describe('each kind of mistake is reported with file, field and what is allowed', () => {
  it('missing required frontmatter', () => {
    const problems = problemsAfter((c) => c.edit(CASE, (t) => t.replace(/^summary:.*\n/m, '')));
    expect(problems).toContainEqual({ file: CASE, field: 'summary', message: '缺少必填字段，应为文字' });
  });

  it('broken YAML', () => {
    const problems = problemsAfter((c) => c.edit(CASE, (t) => t.replace(/^title: /m, 'title:: [')));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: CASE, field: '（文件头）' });
    expect(problems[0].message).toContain('YAML');
  });

  it('an unknown topic lists the allowed ones', () => {
    const problems = problemsAfter((c) => c.edit(CASE, (t) => t.replace(/^topics: \[?/m, (m) => `${m.includes('[') ? 'topics: [' : 'topics:\n  - '}no-such-topic${m.includes('[') ? ', ' : '\n'}`)));
    const problem = problems.find((p) => p.file === CASE && p.field.startsWith('topics'));
    expect(problem?.message).toContain('不在词表 topics 中');
    expect(problem?.message).toContain('grid-governance（网格化治理）');
  });

  it('an unknown travel mode', () => {
    const problems = problemsAfter((c) => c.edit(ROUTE, (t) => t.replace(/^mode: \w+/m, 'mode: plane')));
    expect(problems).toContainEqual(expect.objectContaining({ file: ROUTE, field: 'mode', message: expect.stringContaining('walk（步行）') }));
  });

  it('an unknown service on a service point', () => {
    const problems = problemsAfter((c) => c.edit(POINT, (t) => t.replace(/^services:\n  - \S+/m, 'services:\n  - massage')));
    expect(problems).toContainEqual(expect.objectContaining({ file: POINT, field: 'services[0]', message: expect.stringContaining('reading-corner（图书角）') }));
  });

  it('a misspelt field name', () => {
    const problems = problemsAfter((c) => c.edit(SITE, (t) => t.replace(/^summary:/m, 'sumary:')));
    expect(problems.map((p) => p.message)).toContain('未知字段：sumary。请检查拼写，可用字段见编辑指南');
  });

  it('a reference to a place that does not exist', () => {
    const problems = problemsAfter((c) => c.edit(ROUTE, (t) => t.replace(/place: hainan-jiefang-gongyuan/, 'place: no-such-site')));
    expect(problems).toContainEqual(expect.objectContaining({ file: ROUTE, field: expect.stringMatching(/^stops\[\d\]\.place$/), message: expect.stringContaining('“no-such-site”不存在') }));
  });

  it('a reference to a region that does not exist', () => {
    const problems = problemsAfter((c) => c.edit(CASE, (t) => t.replace(/^region: \w+/m, 'region: haikou')));
    expect(problems).toContainEqual({ file: CASE, field: 'region', message: '市县“haikou”不存在。可用的值：lingao、wenchang' });
  });

  it('a PlaceCard in the body pointing nowhere', () => {
    const problems = problemsAfter((c) => c.edit(CASE, (t) => `${t}\n<PlaceCard id="nowhere" />\n`));
    expect(problems).toContainEqual(expect.objectContaining({ file: CASE, field: expect.stringMatching(/^正文第 \d+ 行$/), message: expect.stringContaining('nowhere') }));
  });

  it('an MDX syntax error in the body, with its line in the file', () => {
    const problems = problemsAfter((c) => c.edit(CASE, (t) => `${t}\n<PullQuote>没有闭合\n`));
    const problem = problems.find((p) => p.file === CASE);
    expect(problem?.message).toContain('MDX 写法有误');
    expect(problem?.field).toMatch(/^正文第 \d+ 行$/);
  });

  it.each([
    ['a stray brace', '面积达到 {262 平方米'],
    ['a half-written expression', '面积 {1 +} 平方米'],
    ['a less-than sign before a number', '少于 <3 个'],
    ['mismatched tags', '<PullQuote>引文</KeyFigure>'],
  ])('an MDX syntax error: %s', (_what, line) => {
    const problems = problemsAfter((c) => c.edit(CASE, (t) => `${t}\n${line}\n`));
    expect(problems.find((p) => p.file === CASE)?.message).toContain('MDX 写法有误');
  });

  it('the same id used by two places', () => {
    const problems = problemsAfter((c) => c.write('content/workstations/xinfeng-shequ.mdx', readFixture(c, POINT).replace(/^kind: .*/m, 'kind: doctoral').replace(/^services:[\s\S]*?(?=^\w)/m, 'host: 某单位\noffers: [对接人才]\n').replace(/^(community|servesArea): .*\n/gm, '')));
    const duplicate = problems.find((p) => p.field === '文件名');
    expect(duplicate?.message).toContain('标识“xinfeng-shequ”已被');
    expect([duplicate?.file, duplicate?.message].join(' ')).toMatch(/workstations\/xinfeng-shequ\.mdx[\s\S]*service-points\/xinfeng-shequ\.mdx|service-points\/xinfeng-shequ\.mdx[\s\S]*workstations\/xinfeng-shequ\.mdx/);
  });

  it('a route named like the planner page it would hide', () => {
    const problems = problemsAfter((c) => c.write('content/routes/plan.mdx', readFixture(c, ROUTE)));
    expect(problems).toContainEqual({ file: 'content/routes/plan.mdx', field: '文件名', message: expect.stringContaining('/routes/plan/') });
  });

  it('a location outside Hainan (swapped numbers)', () => {
    const problems = problemsAfter((c) => c.edit(SITE, (t) => t.replace(/lng: [\d.]+/, 'lng: 20.025').replace(/lat: [\d.]+/, 'lat: 109.705')));
    expect(problems).toContainEqual(expect.objectContaining({ file: SITE, field: 'location', message: expect.stringContaining('不在海南岛范围内') }));
  });

  it('a malformed date', () => {
    const problems = problemsAfter((c) => c.edit(CASE, (t) => t.replace(/^sources:/m, 'published: 2020-13-45\nsources:')));
    expect(problems).toContainEqual(expect.objectContaining({ file: CASE, field: 'published', message: expect.stringContaining('YYYY-MM-DD') }));
  });

  it('a malformed telephone number', () => {
    const problems = problemsAfter((c) => c.edit(POINT, (t) => t.replace(/^summary:/m, 'telephone: 0898 123\nsummary:')));
    expect(problems).toContainEqual(expect.objectContaining({ file: POINT, field: 'telephone', message: expect.stringContaining('0898-12345678') }));
  });

  it('opening hours in Chinese it cannot read: the part understood and the part not', () => {
    const problems = problemsAfter((c) => c.edit(POINT, (t) => t.replace(/^summary:/m, 'hours: 周一到周五 8点-17点，春节期间闭馆\nsummary:')));
    expect(problems).toContainEqual({
      file: POINT,
      field: 'hours',
      message: expect.stringMatching(/^开放时间无法识别：读懂了“周一到周五 8点-17点”，读不懂“春节期间闭馆”（这里的写法不认识）。写法示例/),
    });
  });

  it('unparseable opening hours in OSM syntax', () => {
    const problems = problemsAfter((c) => c.edit(POINT, (t) => t.replace(/^summary:/m, 'hours: Mo-Fx 08:00-17:00\nsummary:')));
    expect(problems).toContainEqual(expect.objectContaining({ file: POINT, field: 'hours', message: expect.stringContaining('开放时间无法识别') }));
  });

  it('an image that does not exist', () => {
    const problems = problemsAfter((c) => c.edit(CASE, (t) => t.replace(/^summary:/m, 'cover:\n  src: /images/missing.jpg\n  alt: 社区党员为孩子辅导功课\nsummary:')));
    expect(problems).toContainEqual(expect.objectContaining({ file: CASE, field: 'cover.src', message: expect.stringContaining('public/images/missing.jpg 不存在') }));
  });

  it('a service point in a town the region does not list', () => {
    const problems = problemsAfter((c) => c.edit(POINT, (t) => t.replace(/^town: \w+/m, 'town: atlantis')));
    expect(problems).toContainEqual(expect.objectContaining({ file: POINT, field: 'town', message: expect.stringContaining('可用的值') }));
  });

  it('a stop repeated twice in a row', () => {
    const problems = problemsAfter((c) =>
      c.edit(ROUTE, (t) => t.replace(/(  - place: (\S+)\n    stay: \d+)/, (_m, stop: string, id: string) => `${stop}\n  - place: ${id}\n    stay: 10`)),
    );
    expect(problems).toContainEqual({ file: ROUTE, field: 'stops[1].place', message: expect.stringContaining('与上一站相同') });
  });

  it('a stay of zero minutes', () => {
    const problems = problemsAfter((c) => c.edit(ROUTE, (t) => t.replace(/(  - place: \S+\n    stay: )\d+/, '$10')));
    expect(problems).toContainEqual({ file: ROUTE, field: 'stops[0].stay', message: '停留时间应大于 0 分钟' });
  });

  it('reports every mistake at once, across files', () => {
    const problems = problemsAfter((c) => {
      c.edit(CASE, (t) => t.replace(/^region: \w+/m, 'region: haikou'));
      c.edit(SITE, (t) => t.replace(/^kind: .*/m, 'kind: castle'));
      c.edit(ROUTE, (t) => t.replace(/^mode: \w+/m, 'mode: plane'));
    });
    expect(new Set(problems.map((p) => p.file))).toEqual(new Set([CASE, SITE, ROUTE]));
  });
});

describe('trust: every fact traceable, every gap honest', () => {
  it('a case without a source', () => {
    const problems = problemsAfter((c) => c.edit(CASE, (t) => t.replace(/^sources: .*\n/m, '')));
    expect(problems).toContainEqual({ file: CASE, field: 'sources', message: expect.stringMatching(/^必填：至少引用一个来源.*content\/sources/) });
  });

  it('a case whose source list is empty', () => {
    const problems = problemsAfter((c) => c.edit(CASE, (t) => t.replace(/^sources: .*$/m, 'sources: []')));
    expect(problems).toContainEqual({ file: CASE, field: 'sources', message: expect.stringContaining('至少引用一个来源') });
  });

  it('a source id that does not exist, listing the ones that do', () => {
    const problems = problemsAfter((c) => c.edit(CASE, (t) => t.replace(/^sources: .*$/m, 'sources: [wenchang-hangtiancheng-2020, renmin-ribao-2021]')));
    expect(problems).toContainEqual({
      file: CASE,
      field: 'sources[1]',
      message: '来源“renmin-ribao-2021”不存在。可用的值：lingao-dageju-2020、wenchang-hangtiancheng-2020。新的来源请先在 content/sources 中建一个文件',
    });
  });

  it('places, routes and regions must cite existing sources too', () => {
    const problems = problemsAfter((c) => {
      c.edit(POINT, (t) => t.replace(/^sources: .*$/m, 'sources: [no-such-source]'));
      c.edit(ROUTE, (t) => t.replace(/^sources: .*\n/m, ''));
    });
    expect(problems).toContainEqual(expect.objectContaining({ file: POINT, field: 'sources[0]', message: expect.stringContaining('“no-such-source”不存在') }));
    expect(problems).toContainEqual(expect.objectContaining({ file: ROUTE, field: 'sources' }));
  });

  const today = new Date('2026-11-24T10:00:00+08:00');
  it.each([
    ['a case published tomorrow', CASE, (t: string) => t.replace(/^sources:/m, 'published: 2026-11-25\nsources:'), 'published', '日期 2026-11-25 晚于今天（2026-11-24），请检查年份和月份'],
    ['a place checked next year', POINT, (t: string) => t.replace(/^  status: unconfirmed$/m, '  status: confirmed\n  checkedOn: 2027-01-02'), 'confirmation.checkedOn', '日期 2027-01-02 晚于今天（2026-11-24），请检查年份和月份'],
    ['a source dated next month', SOURCE, (t: string) => t.replace(/^date: .*$/m, 'date: 2026-12'), 'date', '日期 2026-12 晚于今天（2026-11-24），请检查年份和月份'],
  ])('a date later than today: %s', (_what, file, change, field, message) => {
    expect(problemsAfter((c) => c.edit(file, change), today)).toContainEqual({ file, field, message });
  });

  it('today itself is not in the future', () => {
    expect(problemsAfter((c) => c.edit(CASE, (t) => t.replace(/^sources:/m, 'published: 2026-11-24\nsources:')), today)).toEqual([]);
  });

  it('an update before the publication', () => {
    const problems = problemsAfter((c) => c.edit(CASE, (t) => t.replace(/^sources:/m, 'published: 2026-10-01\nupdated: 2026-09-01\nsources:')), today);
    expect(problems).toContainEqual({ file: CASE, field: 'updated', message: '修改日期 2026-09-01 早于发布日期 2026-10-01，请检查是否写反' });
  });

  it.each([
    ['receiving groups', SITE, 'receivesGroups: true', 'receivesGroups', '是否接待团体参观'],
    ['receiving no groups either', SITE, 'receivesGroups: false', 'receivesGroups', '是否接待团体参观'],
    ['an admission price', SITE, "admission: '免费'", 'admission', '门票'],
    ['receiving study visits', WORKSTATION, 'receivesStudyVisits: true', 'receivesStudyVisits', '是否接待研学和参观团体'],
  ])('a practical claim on an unconfirmed place: %s', (_what, file, line, field, label) => {
    const problems = problemsAfter((c) => c.edit(file, (t) => t.replace(/^summary:/m, `${line}\nsummary:`)));
    expect(problems).toEqual([{ file, field, message: expect.stringContaining(`不能写“${label}”`) }]);
    expect(problems[0].message).toContain('confirmation.status 改为 confirmed');
  });

  it('an exact position on an unconfirmed place', () => {
    const problems = problemsAfter((c) => c.edit(SITE, (t) => t.replace('precision: approximate', 'precision: exact')));
    expect(problems).toEqual([{ file: SITE, field: 'location.precision', message: expect.stringContaining('准确位置（exact）') }]);
  });

  it('the same claims are accepted once the place is confirmed', () => {
    const problems = problemsAfter((c) =>
      c.edit(SITE, (t) => t.replace(/^summary:/m, 'receivesGroups: true\nsummary:').replace(/^  status: unconfirmed$/m, '  status: confirmed\n  checkedOn: 2026-11-20')),
    today);
    expect(problems).toEqual([]);
  });

  it('the site identity file: a malformed address and contact are named by field', () => {
    const problems = problemsAfter((c) => c.edit(IDENTITY, (t) => t.replace(/^url: .*$/m, 'url: dangjian.wenchang.gov.cn').replace(/^  email:$/m, '  email: 不是邮箱')));
    expect(problems).toContainEqual({ file: IDENTITY, field: 'url', message: '应为完整网址，以 https:// 开头' });
    expect(problems).toContainEqual({ file: IDENTITY, field: 'contact.email', message: '电子邮箱格式不对，例如 dangjian@example.gov.cn' });
  });
});

function readFixture(c: ReturnType<typeof copyContent>, file: string) {
  return readFileSync(`${c.root}/${file}`, 'utf8');
}

describe('the holiday calendar', () => {
  it('a malformed calendar entry names the file and the field', () => {
    const problems = problemsAfter((c) => c.edit('content/calendar.yaml', (t) => t.replace('{ name: 春节, from: 2025-01-28', '{ name: 春节, from: 2025-01-32')));
    expect(problems).toContainEqual(expect.objectContaining({ file: 'content/calendar.yaml', field: expect.stringMatching(/^holidays\[\d+\]\.from$/) }));
  });
});

describe('opening hours written in Chinese', () => {
  it('pass the check as OSM, and the check shows how it read them', () => {
    copy = copyContent();
    copy.edit(POINT, (t) => t.replace(/^summary:/m, "hours: '周一至周五 8:00-12:00，14:30-17:30；周六上午 9:00-12:00；法定节假日休息'\nsummary:"));
    const { problems, entries, hoursReadings } = checkContent(copy.root);
    expect(problems).toEqual([]);
    expect(entries.find((e) => e.file === POINT)?.data.hours).toBe('Mo-Fr 08:00-12:00,14:30-17:30; Sa 09:00-12:00; PH off');
    expect(hoursReadings).toEqual([
      {
        file: POINT,
        written: '周一至周五 8:00-12:00，14:30-17:30；周六上午 9:00-12:00；法定节假日休息',
        osm: 'Mo-Fr 08:00-12:00,14:30-17:30; Sa 09:00-12:00; PH off',
        reading: '周一至周五 08:00–12:00、14:30–17:30；周六 09:00–12:00；法定节假日休息',
      },
    ]);
    expect(formatHoursReadings(hoursReadings)).toBe(
      [
        '以下 1 个文件的开放时间用中文书写，网站是这样读的，请核对：',
        POINT,
        '  写的是：周一至周五 8:00-12:00，14:30-17:30；周六上午 9:00-12:00；法定节假日休息',
        '  读作：周一至周五 08:00–12:00、14:30–17:30；周六 09:00–12:00；法定节假日休息',
        '  OpenStreetMap 写法：Mo-Fr 08:00-12:00,14:30-17:30; Sa 09:00-12:00; PH off',
      ].join('\n'),
    );
  });

  it('are not listed when written in OSM syntax', () => {
    copy = copyContent();
    copy.edit(POINT, (t) => t.replace(/^summary:/m, "hours: 'Mo-Fr 08:00-17:00'\nsummary:"));
    expect(checkContent(copy.root).hoursReadings).toEqual([]);
  });
});

describe('the holiday calendar reminder', () => {
  const at = (date: string) => new Date(`${date}T09:00:00+08:00`);

  it('is silent while the calendar reaches more than two months ahead', () => {
    expect(calendarReminder(ROOT, at('2026-06-01'))).toBeUndefined();
  });

  it('asks for next year’s holidays in its last two months, and says what visitors see meanwhile', () => {
    const reminder = calendarReminder(ROOT, at('2026-11-15'));
    expect(reminder).toContain('只录入到 2026-12-31');
    expect(reminder).toContain('国务院办公厅公布 2027 年的部分节假日安排后，请照通知补上');
    expect(reminder).toContain('网站对 2027 年起的日期只按平常的开放时间和法律规定的假日显示');
  });

  it('keeps reminding once it has run out', () => {
    expect(calendarReminder(ROOT, at('2027-01-10'))).toContain('只录入到 2026-12-31');
  });
});
