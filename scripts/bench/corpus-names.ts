/**
 * Names for the synthetic corpus: Hainan's cities and counties (real names, approximate centres),
 * and made-up but plausible town, community and person names composed from syllables whose pinyin
 * gives the entry ids. Nothing here claims to describe a real place beyond the city/county names.
 */
import type { Random } from './random.ts';

export interface RegionSeed {
  id: string;
  name: string;
  kind: '市' | '县';
  /** Approximate centre (WGS-84), places are scattered around it inside Hainan's bounds. */
  lng: number;
  lat: number;
}

/** Hainan's cities and counties (三沙 left out: no towns or communities of this kind). */
export const REGIONS: readonly RegionSeed[] = [
  { id: 'wenchang', name: '文昌市', kind: '市', lng: 110.75, lat: 19.61 },
  { id: 'lingao', name: '临高县', kind: '县', lng: 109.69, lat: 19.91 },
  { id: 'haikou', name: '海口市', kind: '市', lng: 110.33, lat: 20.0 },
  { id: 'sanya', name: '三亚市', kind: '市', lng: 109.51, lat: 18.27 },
  { id: 'danzhou', name: '儋州市', kind: '市', lng: 109.58, lat: 19.52 },
  { id: 'qionghai', name: '琼海市', kind: '市', lng: 110.47, lat: 19.25 },
  { id: 'wanning', name: '万宁市', kind: '市', lng: 110.39, lat: 18.8 },
  { id: 'wuzhishan', name: '五指山市', kind: '市', lng: 109.52, lat: 18.78 },
  { id: 'dongfang', name: '东方市', kind: '市', lng: 108.7, lat: 19.1 },
  { id: 'dingan', name: '定安县', kind: '县', lng: 110.36, lat: 19.68 },
  { id: 'tunchang', name: '屯昌县', kind: '县', lng: 110.1, lat: 19.36 },
  { id: 'chengmai', name: '澄迈县', kind: '县', lng: 110.01, lat: 19.74 },
  { id: 'baisha', name: '白沙黎族自治县', kind: '县', lng: 109.45, lat: 19.22 },
  { id: 'changjiang', name: '昌江黎族自治县', kind: '县', lng: 109.05, lat: 19.3 },
  { id: 'ledong', name: '乐东黎族自治县', kind: '县', lng: 109.17, lat: 18.75 },
  { id: 'lingshui', name: '陵水黎族自治县', kind: '县', lng: 110.04, lat: 18.51 },
  { id: 'baoting', name: '保亭黎族苗族自治县', kind: '县', lng: 109.7, lat: 18.64 },
  { id: 'qiongzhong', name: '琼中黎族苗族自治县', kind: '县', lng: 109.84, lat: 19.03 },
];

/** Characters common in Hainan place names, with their pinyin (ids are pinyin, as in content/). */
const SYLLABLES: ReadonlyArray<readonly [string, string]> = [
  ['东', 'dong'], ['西', 'xi'], ['南', 'nan'], ['北', 'bei'], ['新', 'xin'], ['龙', 'long'], ['凤', 'feng'], ['海', 'hai'],
  ['山', 'shan'], ['林', 'lin'], ['水', 'shui'], ['江', 'jiang'], ['湖', 'hu'], ['平', 'ping'], ['安', 'an'], ['和', 'he'],
  ['兴', 'xing'], ['福', 'fu'], ['德', 'de'], ['昌', 'chang'], ['华', 'hua'], ['城', 'cheng'], ['港', 'gang'], ['田', 'tian'],
  ['岭', 'ling'], ['坡', 'po'], ['塘', 'tang'], ['溪', 'xi'], ['桥', 'qiao'], ['园', 'yuan'], ['明', 'ming'], ['光', 'guang'],
  ['阳', 'yang'], ['永', 'yong'], ['宁', 'ning'], ['泰', 'tai'], ['丰', 'feng'], ['盛', 'sheng'], ['源', 'yuan'], ['清', 'qing'],
  ['澜', 'lan'], ['美', 'mei'], ['乐', 'le'], ['博', 'bo'], ['莲', 'lian'], ['椰', 'ye'], ['榕', 'rong'], ['金', 'jin'],
  ['玉', 'yu'], ['红', 'hong'], ['星', 'xing'], ['云', 'yun'], ['月', 'yue'], ['潭', 'tan'], ['锦', 'jin'], ['会', 'hui'],
  ['长', 'chang'], ['大', 'da'], ['万', 'wan'], ['富', 'fu'], ['文', 'wen'], ['加', 'jia'], ['湾', 'wan'], ['沙', 'sha'],
  ['石', 'shi'], ['青', 'qing'], ['春', 'chun'], ['古', 'gu'], ['仁', 'ren'], ['高', 'gao'], ['翁', 'weng'], ['铺', 'pu'],
  ['前', 'qian'], ['白', 'bai'], ['黄', 'huang'], ['松', 'song'], ['竹', 'zhu'], ['梅', 'mei'], ['桂', 'gui'], ['荣', 'rong'],
  ['瑞', 'rui'], ['祥', 'xiang'], ['顺', 'shun'], ['民', 'min'], ['胜', 'sheng'], ['群', 'qun'], ['联', 'lian'], ['友', 'you'],
];

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '吴', '林', '符', '邢', '云', '吉', '冯', '郑', '梁', '谢', '周', '羊', '韩', '蔡', '潘', '钟', '王'];
const GIVEN_NAMES = [
  '海燕', '建国', '志强', '丽华', '文斌', '明辉', '春梅', '晓峰', '秀英', '国栋', '德明', '少华', '亚妹', '亚强', '振华', '玉兰',
  '小玲', '宏伟', '思远', '家豪', '美玲', '雪梅', '永福', '开明', '伟东', '桂花', '若男', '俊杰', '琼花', '清平', '育才', '学文',
];

export interface Named {
  name: string;
  /** Pinyin without tones, for ids. */
  pinyin: string;
}

/** A two-syllable name stem such as 东和 / donghe, whose pinyin is unique within `taken`. */
export function nameStem(random: Random, taken: Set<string>): Named {
  for (let attempt = 0; attempt < 50; attempt++) {
    const [a, pa] = random.pick(SYLLABLES);
    const [b, pb] = random.pick(SYLLABLES);
    // Keyed on the pinyin: 西/溪 or 凤/丰 would otherwise give two different names the same id.
    if (a === b || taken.has(pa + pb)) continue;
    taken.add(pa + pb);
    return { name: a + b, pinyin: pa + pb };
  }
  // Three syllables when two are used up (only in very large corpora).
  const [a, pa] = random.pick(SYLLABLES);
  const inner = nameStem(random, taken);
  return { name: a + inner.name, pinyin: pa + inner.pinyin };
}

export const personName = (random: Random) => random.pick(SURNAMES) + random.pick(GIVEN_NAMES);

/** Hands out ids once: a second request for the same id gets -2, -3 … */
export class IdRegistry {
  private readonly used = new Map<string, number>();
  take(base: string): string {
    const count = (this.used.get(base) ?? 0) + 1;
    this.used.set(base, count);
    const id = count === 1 ? base : `${base}-${count}`;
    // A suffixed id may itself collide with a base handed out later: reserve it too.
    if (count > 1 && this.used.has(id)) return this.take(base);
    if (count > 1) this.used.set(id, 1);
    return id;
  }
}
