import { describe, expect, it } from 'vitest';
import { buildSchemas } from '../../src/schemas/index.ts';
import { isPlaceholderUrl, loadSiteIdentity, siteIdentitySchema } from '../../src/schemas/site.ts';
import { loadVocabularies } from '../../src/schemas/vocabularies.ts';
import { ROOT } from '../../tools/paths.ts';

const schemas = buildSchemas(loadVocabularies(ROOT));
const confirmation = { status: 'unconfirmed', source: '2020年报道' };
const sources = ['lingao-dageju-2020'];
const place = { name: '示例地点', region: 'lingao', sources, summary: '一个用于测试的示例地点摘要。', confirmation };

/** The messages a schema gives for input, keyed by field path. */
function errors(schema: { safeParse: (v: unknown) => { success: boolean; error?: { issues: Array<{ path: (string | number)[]; message: string }> } } }, input: unknown) {
  const result = schema.safeParse(input);
  return result.success ? {} : Object.fromEntries(result.error!.issues.map((i) => [i.path.join('.'), i.message]));
}

const valid = {
  regions: { name: '临高县', kind: '县', sources, summary: '临高县位于海南岛西北部，县城在临城镇。', towns: [{ id: 'lincheng', name: '临城镇', communities: [{ id: 'dongfeng', name: '东风社区' }] }], figures: [{ label: '网格', value: 36, unit: '个', year: 2020 }] },
  cases: { title: '网格化治理', region: 'lingao', sources, published: '2020-09-01', summary: '临高县把城区社区划分为 36 个网格，配备网格员。', topics: ['grid-governance'] },
  sites: { ...place, kind: 'monument' },
  workstations: { ...place, kind: 'returnee', host: '临高县政府', offers: ['为海归人才提供服务'] },
  'service-points': { ...place, kind: 'community-station', town: 'lincheng', services: ['party-activities'], hours: 'Mo-Fr 08:00-12:00,14:30-17:30', telephone: '0898-12345678', location: { lng: 109.69, lat: 19.91, precision: 'approximate' } },
  routes: { title: '临高红色线路', region: 'lingao', summary: '串联临高县的红色教育基地，适合党支部半天学习。', theme: '学党史', sources, audience: ['party-branches'], mode: 'bus', stops: [{ place: 'a', stay: 30 }, { place: 'b', stay: 45 }] },
  sources: { title: '小城市有大格局', kind: '署名文章', author: '文斌', date: 2020 },
} as const;

describe('each schema accepts a valid entry', () => {
  for (const [name, input] of Object.entries(valid)) {
    it(name, () => expect(errors(schemas[name as keyof typeof schemas], input)).toEqual({}));
  }
  it('fills defaults', () => {
    const route = schemas.routes.parse(valid.routes);
    expect(route.startTime).toBe('08:30');
    expect(schemas.sites.parse(valid.sites).visitMinutes).toBe(60);
  });
  it('turns dates into Date objects', () => {
    expect(schemas.cases.parse(valid.cases).published?.toISOString()).toBe('2020-09-01T00:00:00.000Z');
  });
  it('keeps a source’s date only as precise as written: a year, a month or a day', () => {
    const dateOf = (date: unknown) => schemas.sources.parse({ ...valid.sources, date }).date;
    expect(dateOf(2020)).toEqual({ year: 2020 });
    expect(dateOf('2020')).toEqual({ year: 2020 });
    expect(dateOf('2020-06')).toEqual({ year: 2020, month: 6 });
    expect(dateOf('2020-06-01')).toEqual({ year: 2020, month: 6, day: 1 });
    // YAML hands a full date over as a Date.
    expect(dateOf(new Date(Date.UTC(2020, 5, 1)))).toEqual({ year: 2020, month: 6, day: 1 });
  });
  it('leaves a case without a site date when the editor gives none (the build takes it from git)', () => {
    const { published, ...undated } = valid.cases;
    expect(schemas.cases.parse(undated).published).toBeUndefined();
  });
  it('leaves practical claims unknown unless they are written: no default says a place receives groups', () => {
    expect(schemas.sites.parse(valid.sites).receivesGroups).toBeUndefined();
    expect(schemas.workstations.parse(valid.workstations).receivesStudyVisits).toBeUndefined();
  });
});

describe('each schema rejects invalid input with a Chinese message on the field', () => {
  it('regions: kind must be 市 or 县, towns need ids', () => {
    expect(errors(schemas.regions, { ...valid.regions, kind: '区', towns: [{ id: 'Lin Cheng', name: '临城镇' }] })).toEqual({
      kind: '应为 市 或 县',
      'towns.0.id': '标识应为小写拼音或英文，用连字符连接，例如 wencheng',
    });
  });
  it('cases: topics from the vocabulary, dates in YYYY-MM-DD, at least one source', () => {
    const result = errors(schemas.cases, { ...valid.cases, topics: ['unknown'], published: '2020/9/1', sources: [] });
    expect(result['topics.0']).toMatch(/^不在词表 topics 中/);
    expect(result.published).toBe('“2020/9/1”不是有效日期，应写作 YYYY-MM-DD，例如 2020-08-01');
    expect(result.sources).toBe('至少引用一个来源：写 content/sources 中的文件名，例如 [wenchang-hangtiancheng-2020]');
    const { sources: _, ...unsourced } = valid.cases;
    expect(errors(schemas.cases, unsourced).sources).toMatch(/^必填：至少引用一个来源/);
  });
  it('sources: a title, a kind and a date of known precision', () => {
    expect(errors(schemas.sources, { ...valid.sources, date: '2020-13' }).date).toBe('“2020-13”不是有效日期：写作年份 2020、年月 2020-06 或具体日期 2020-06-01，只写到来源给出的精度');
    expect(errors(schemas.sources, { ...valid.sources, date: '2020年' }).date).toMatch(/^“2020年”不是有效日期/);
    expect(errors(schemas.sources, { title: '标题', date: 2020 }).kind).toBe('缺少必填字段，应为文字');
  });
  it('sites: kind from the vocabulary, positive visit time', () => {
    const result = errors(schemas.sites, { ...valid.sites, kind: 'castle', visitMinutes: -5 });
    expect(result.kind).toMatch(/可用的值：memorial-park（纪念园区）/);
    expect(result.visitMinutes).toBe('参观时长应为正整数（分钟）');
  });
  it('workstations: host and at least one offer', () => {
    expect(errors(schemas.workstations, { ...valid.workstations, host: '', offers: [] })).toEqual({ host: '请写明依托或主办单位', offers: '至少写一项能提供的支持' });
  });
  it('service points: location inside Hainan, telephone format, hours syntax, services', () => {
    const result = errors(schemas['service-points'], {
      ...valid['service-points'],
      location: { lng: 116.4, lat: 39.9, precision: 'exact' },
      telephone: '12345678',
      hours: '周一至周五 上午',
      services: ['massage'],
    });
    expect(result.location).toMatch(/不在海南岛范围内/);
    expect(result.telephone).toMatch(/0898-12345678/);
    expect(result.hours).toMatch(/^开放时间无法识别/);
    expect(result['services.0']).toMatch(/^不在词表 services 中/);
  });
  it('places: a confirmed entry needs the date it was checked', () => {
    expect(errors(schemas.sites, { ...valid.sites, confirmation: { status: 'confirmed', source: '电话核实' } })).toEqual({
      'confirmation.checkedOn': '已核实（confirmed）的条目必须写明核实日期 checkedOn',
    });
  });
  it('places: hours in Chinese are read into OSM syntax', () => {
    const parsed = schemas['service-points'].parse({ ...valid['service-points'], hours: '周二至周日 9:00-17:00（16:30停止入馆），逢周一闭馆' });
    expect(parsed.hours).toBe('Tu-Su 09:00-17:00 open "16:30停止入馆"');
    expect(schemas['service-points'].parse(valid['service-points']).hours).toBe('Mo-Fr 08:00-12:00,14:30-17:30');
  });
  it('places: PH where the site cannot apply the holiday calendar is rejected', () => {
    expect(errors(schemas.sites, { ...valid.sites, hours: 'Mo-Fr 08:00-17:00; Jan-Mar PH off' }).hours).toMatch(/PH（法定节假日）应写在一条规则的开头/);
  });
  it('places: ambiguous hours are rejected too', () => {
    expect(errors(schemas.sites, { ...valid.sites, hours: 'Mo-Fr 8-12' }).hours).toMatch(/开放时间写法不够明确/);
  });
  it('routes: mode, start time, stays and at least two stops', () => {
    expect(errors(schemas.routes, { ...valid.routes, mode: 'plane', startTime: '8:30', stops: [{ place: 'a', stay: 0 }] })).toEqual({
      mode: '出行方式应为 walk（步行）、bike（骑行）、bus（公交/大巴）或 car（自驾）',
      startTime: '出发时间应写作 HH:MM，例如 08:30',
      'stops.0.stay': '停留时间应大于 0 分钟',
      stops: '线路至少要有两站',
    });
  });
  it('unknown fields are rejected rather than silently dropped', () => {
    expect(errors(schemas.cases, { ...valid.cases, tittle: '错字' })).toEqual({ '': '未知字段：tittle。请检查拼写，可用字段见编辑指南' });
  });
});

describe('the site identity (content/site.yaml)', () => {
  it('needs only the URL; empty values count as not set', () => {
    const site = siteIdentitySchema.parse({ url: 'https://dangjian.wenchang.gov.cn/', sponsor: '', organizer: null, contact: { email: null, telephone: '' }, icp: '  ' });
    expect(site.url).toBe('https://dangjian.wenchang.gov.cn');
    expect(site.name).toBe('海南城市基层党建');
    expect([site.sponsor, site.organizer, site.icp, site.police, site.governmentMark]).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(site.contact).toEqual({ email: undefined, telephone: undefined, url: undefined });
    expect(siteIdentitySchema.parse({ url: 'https://a.gov.cn', contact: null }).contact).toEqual({});
  });
  it('rejects a URL with a path, malformed contacts and 备案 numbers, and unknown fields, in Chinese', () => {
    expect(errors(siteIdentitySchema, { url: 'https://a.gov.cn/dangjian/', contact: { email: 'x', telephone: '123' }, icp: '12345678', police: '琼公网安备 123号', sponser: '某单位' })).toEqual({
      url: '只写网站的根地址，如 https://dangjian.wenchang.gov.cn，不带路径',
      'contact.email': '电子邮箱格式不对，例如 dangjian@example.gov.cn',
      'contact.telephone': '电话号码格式不对：固定电话写作 0898-12345678，手机写作 13812345678',
      icp: 'ICP 备案号应写作 琼ICP备12345678号 或 琼ICP备12345678号-1',
      police: '公安备案号应写作 琼公网安备 46000000000000号（14 位数字）',
      '': 'content/site.yaml 中有未知字段，请检查拼写，可用字段见 docs/field-reference.md',
    });
  });
  it('knows a placeholder address from a real one', () => {
    for (const url of ['https://dangjian.example.gov.cn', 'https://example.com', 'http://site.test', 'http://localhost:4321']) expect(isPlaceholderUrl(url), url).toBe(true);
    for (const url of ['https://dangjian.wenchang.gov.cn', 'https://www.hainan.gov.cn']) expect(isPlaceholderUrl(url), url).toBe(false);
  });
  it('the committed file is valid', () => {
    expect(loadSiteIdentity(ROOT).url).toMatch(/^https:\/\//);
  });
});
