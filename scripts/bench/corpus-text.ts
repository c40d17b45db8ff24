/**
 * Composes titles, summaries and MDX bodies from the phrase banks. Bodies use the same MDX
 * components editors use (KeyFigure, PullQuote, PlaceCard) and never a raw { } < > in the text.
 */
import {
  ACTORS, BACKGROUND_TIMES, BACKGROUNDS, CASE_HEADINGS, EFFECTS, GENERIC_BANK, HISTORY_EVENTS, NEXT_STEPS, PUBLICATIONS, QUOTES, SERVICE_DETAILS,
  SLOGANS, TIME_PHRASES, TOPIC_BANKS, VISIT_TIPS, type TopicBank,
} from './phrases.ts';
import { personName } from './corpus-names.ts';
import type { Random } from './random.ts';

export interface Setting {
  region: string;
  town: string;
  community?: string;
  year: number;
}

interface PlaceMention {
  id: string;
  name: string;
}

export const bankOf = (topic: string): TopicBank => TOPIC_BANKS[topic] ?? GENERIC_BANK;

const where = (s: Setting) => `${s.region}${s.town}${s.community ?? ''}`;
const figureValue = (random: Random, unit: string) => (unit === '%' ? random.int(3, 60) : unit === '万元' ? random.int(20, 9000) : random.int(3, 3000));

function actionSentence(random: Random, s: Setting, bank: TopicBank): string {
  const actor = random.pick(ACTORS);
  const action = random.pick(bank.actions);
  switch (random.int(0, 3)) {
    case 0:
      return `${random.pick(TIME_PHRASES)}，${s.town}${actor}${action}。`;
    case 1:
      return `在${s.community ?? s.town}，${actor}${action}，${random.pick(EFFECTS)}。`;
    case 2:
      return `${s.year}年${random.int(1, 12)}月起，${actor}开始${action}。`;
    default:
      return `据${s.town}有关负责人介绍，${actor}${action}，这项工作已坚持了${random.int(2, 6)}年。`;
  }
}

function figureSentence(random: Random, s: Setting, bank: TopicBank): string {
  const [label, unit] = random.pick(bank.figures);
  const value = figureValue(random, unit);
  return random.chance(0.5)
    ? `截至${s.year}年底，${s.town}${label}达到${value}${unit}。`
    : `据统计，${s.year}年${s.region}${label}${value}${unit}，比上一年增加了${random.int(5, 40)}%。`;
}

const quoteSentence = (random: Random, s: Setting) =>
  `“${random.pick(QUOTES)}。”${s.community ?? s.town}${random.pick(['社区党支部书记', '网格员', '居民', '老党员', '志愿者'])}${personName(random)}说。`;

const paragraph = (sentences: string[]) => sentences.join('');

export function caseTitle(random: Random, s: Setting, topic: string): { title: string; slug: string } {
  const [focus, slug] = random.pick(bankOf(topic).focus);
  const patterns = [
    `${s.town}：${focus}`,
    `${s.region}${focus}的做法`,
    `${s.community ?? s.town}探索${focus}`,
    `${focus}让${s.community ?? s.town}居民得实惠`,
    `${s.town}推进${focus}`,
  ];
  return { title: random.pick(patterns).slice(0, 58), slug };
}

export function caseSummary(random: Random, s: Setting, topic: string): string {
  const bank = bankOf(topic);
  return `${where(s)}${random.pick(ACTORS)}${random.pick(bank.actions)}，${random.pick(EFFECTS)}（${s.year}年报道）。`.slice(0, 198);
}

/** 500–1,100 characters, like the real cases: background, practice, results, closing. */
export function caseBody(random: Random, s: Setting, topics: string[], places: PlaceMention[]): string {
  const banks = topics.map(bankOf);
  const bank = () => random.pick(banks);
  const parts: string[] = [];
  parts.push(paragraph([`${random.pick(BACKGROUND_TIMES)}，${s.region}${s.town}${random.pick(BACKGROUNDS)}。`, actionSentence(random, s, bank())]));
  parts.push(`## ${random.pick(CASE_HEADINGS.practice)}`);
  parts.push(paragraph([actionSentence(random, s, bank()), actionSentence(random, s, bank())]));
  if (random.chance(0.5)) {
    parts.push(random.sample(bank().actions, 3).map((a, i, all) => `- ${a}${i === all.length - 1 ? '。' : '；'}`).join('\n'));
  }
  if (random.chance(0.35)) parts.push(`当地把这种做法概括为：\n\n<PullQuote>${random.pick(SLOGANS)}</PullQuote>`);
  parts.push(paragraph([actionSentence(random, s, bank()), quoteSentence(random, s)]));
  parts.push(`## ${random.pick(CASE_HEADINGS.result)}`);
  parts.push(paragraph([figureSentence(random, s, bank()), `${random.pick(EFFECTS)}，${random.pick(EFFECTS)}。`]));
  if (random.chance(0.4)) {
    const [label, unit] = bank().figures[0];
    parts.push(`<KeyFigure value="${figureValue(random, unit)}" unit="${unit}" label="${s.town}${label}（${s.year}年）" />`);
  }
  for (const place of places) {
    if (random.chance(0.5)) parts.push(`文中提到的${place.name}：\n\n<PlaceCard id="${place.id}" />`);
  }
  parts.push(`## ${random.pick(CASE_HEADINGS.closing)}`);
  parts.push(`下一步，${s.town}将${random.pick(NEXT_STEPS)}。本文据${random.pick(PUBLICATIONS)}${s.year}年的报道整理，数字为报道当时的情况。`);
  return parts.join('\n\n') + '\n';
}

export function siteBody(random: Random, s: Setting, name: string): string {
  const year = random.int(1927, 1950);
  return [
    '## 历史与意义',
    `${year}年前后，中共琼崖地方组织在${s.town}一带${random.pick(HISTORY_EVENTS)}。当地群众冒着危险支援革命队伍，不少人为此献出了生命。`,
    `为纪念这段历史，当地在这里修建了${name}，${random.int(1980, 2019)}年又进行了修缮。${random.pick(ACTORS)}常组织党员到这里开展主题党日和党史学习教育。`,
    '## 参观提示',
    random.sample(VISIT_TIPS, 2).join(''),
  ].join('\n\n') + '\n';
}

export function workstationBody(random: Random, s: Setting, name: string, topic: string): string {
  const bank = bankOf(topic);
  return [
    '## 概况',
    `${name}由${s.region}依托当地服务机构设立，${random.pick(bank.actions)}。${figureSentence(random, s, bank)}`,
    '## 工作方式',
    paragraph([actionSentence(random, s, bank), random.chance(0.5) ? quoteSentence(random, s) : '']),
    '## 来访须知',
    `工作站的接待安排以单位公布的为准，来访前请先联系${s.town}有关部门。`,
  ].join('\n\n') + '\n';
}

export function servicePointBody(random: Random, s: Setting, name: string): string {
  const grid = TOPIC_BANKS['grid-governance'] ?? GENERIC_BANK;
  return [
    '## 服务点概况',
    `${name}位于${where(s)}，是${s.region}城市基层党建的示范点之一。${random.pick(SERVICE_DETAILS)}。`,
    '## 特色服务',
    paragraph([`${random.pick(SERVICE_DETAILS)}；${random.pick(SERVICE_DETAILS)}。`, actionSentence(random, s, grid)]),
    '## 来访须知',
    `服务点的开放时间遇节假日会调整，来访前可先向${s.community ?? s.town}居委会确认。`,
  ].join('\n\n') + '\n';
}

export function routeBody(random: Random, s: Setting, stops: string[]): string {
  return [
    '## 线路用意',
    `这条线路串起${stops.join('、')}等${stops.length}处地点，方便党支部和学生团体在一天内集中学习。${random.pick(ACTORS)}${random.pick(bankOf('red-culture').actions)}。`,
    '## 行前准备',
    `${random.sample(VISIT_TIPS, 2).join('')}各站的开放时间见地点页面。`,
    '## 关于时间和距离',
    '页面上的停留时间、行车时间和距离都是估算值，实际行程请以当天路况和接待安排为准。',
  ].join('\n\n') + '\n';
}

export function regionBody(random: Random, s: Setting, towns: string[]): string {
  const pick = () => bankOf(random.pick(Object.keys(TOPIC_BANKS)));
  return [
    `${s.region}下辖${towns.slice(0, 6).join('、')}等镇。${random.pick(BACKGROUND_TIMES)}，${s.region}${random.pick(BACKGROUNDS)}。`,
    '## 工作思路',
    paragraph([actionSentence(random, s, pick()), actionSentence(random, s, pick())]),
    '## 网格与服务',
    paragraph([actionSentence(random, s, TOPIC_BANKS['grid-governance'] ?? GENERIC_BANK), figureSentence(random, s, pick())]),
    '## 服务发展大局',
    `${random.pick(EFFECTS)}。本站的案例栏目分别介绍了这些做法。`,
  ].join('\n\n') + '\n';
}
