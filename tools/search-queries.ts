/**
 * The queries search quality is measured on: what readers type, drawn from the content in content/.
 * Used by tests/site/search-quality.test.ts and scripts/search-quality.ts (version comparison).
 * Which pages each query should find is not written here: it is computed from the built pages
 * (lib/search-truth.ts), so the set stays right when content changes.
 */
type QueryKind = '两字词' | '地名' | '术语' | '引号短语' | '多词';

export interface SearchQuery {
  q: string;
  kind: QueryKind;
}

const of = (kind: QueryKind, queries: string[]): SearchQuery[] => queries.map((q) => ({ q, kind }));

export const QUERIES: SearchQuery[] = [
  ...of('两字词', ['网格', '党建', '人才', '疫情', '社区', '志愿', '党员', '干部', '候鸟', '红色', '经费', '征地', '物业', '博士']),
  ...of('地名', ['文城镇', '临高', '文昌', '清澜', '龙楼', '临城镇', '新风社区', '文建西', '东路镇', '下洋村', '金牌港']),
  ...of('术语', [
    '候鸟人才',
    '网格化',
    '双报到',
    '纵合横连',
    '六星党支部',
    '海归人才',
    '营商环境',
    '航天城',
    '人才工作站',
    '党群服务中心',
    '扫黑除恶',
    '党员之家',
    '居民小组',
    '纪念碑',
    // The word whose characters are also in 成员 and 网格: exact pages must come first.
    '网格员',
    '志愿服务',
    '东风社区',
  ]),
  ...of('引号短语', ['"10分钟"', '"党建服务圈"', '"海上之家"', '"港产城一体化"', '"柔性引才"', '“网格员”']),
  ...of('多词', ['网格 临高', '文城镇 网格', '临高 人才', '候鸟 党支部', '文城镇　网格员']),
];
