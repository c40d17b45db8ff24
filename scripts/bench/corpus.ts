/**
 * A synthetic but realistic corpus of N entries over every collection, with valid references:
 * regions list towns and communities; places name their region and town (service points also a
 * community); cases cite places (in frontmatter and through <PlaceCard>); routes stop at places
 * that have a location. Deterministic for a given N and seed.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import type { CollectionName } from '../../src/schemas/index.ts';
import type { Vocabularies } from '../../src/schemas/vocabularies.ts';
import { IdRegistry, nameStem, personName, REGIONS, type Named, type RegionSeed } from './corpus-names.ts';
import {
  bankOf, caseBody, caseSummary, caseTitle, regionBody, routeBody, servicePointBody, siteBody, workstationBody, type Setting,
} from './corpus-text.ts';
import { ACCESSIBILITY, EFFECTS, HOURS, PUBLICATIONS, ROUTE_THEMES, WORKSTATION_OFFERS } from './phrases.ts';
import { createRandom, type Random } from './random.ts';

export const MIN_ENTRIES = 12;
export const MAX_ENTRIES = 10_000;

interface CorpusEntry {
  collection: CollectionName;
  id: string;
  data: Record<string, unknown>;
  body: string;
}

export interface Corpus {
  n: number;
  seed: number;
  entries: CorpusEntry[];
  counts: Record<CollectionName, number>;
  /** Words that occur in this corpus, for search measurements (besides the common ones). */
  placeNames: string[];
}

/** How N splits over the collections: cases dominate, as on the real site. */
export function corpusCounts(n: number): Record<CollectionName, number> {
  if (!Number.isInteger(n) || n < MIN_ENTRIES || n > MAX_ENTRIES) throw new RangeError(`N 应为 ${MIN_ENTRIES}–${MAX_ENTRIES} 之间的整数，收到 ${n}`);
  const regions = Math.min(REGIONS.length, Math.max(2, Math.round(n / 110)));
  // One source per region, as today: each region's entries cite its report.
  const sources = regions;
  const rest = n - regions - sources;
  const sites = Math.max(2, Math.round(rest * 0.12));
  const workstations = Math.max(2, Math.round(rest * 0.13));
  const servicePoints = Math.max(2, Math.round(rest * 0.22));
  const routes = Math.max(1, Math.round(rest * 0.08));
  return { regions, cases: rest - sites - workstations - servicePoints - routes, sites, routes, workstations, 'service-points': servicePoints, sources };
}

interface Town extends Named {
  id: string;
  communities: Array<Named & { id: string }>;
}
interface Region {
  seed: RegionSeed;
  short: string;
  towns: Town[];
  /** The id of the region's source, which its entries cite. */
  source: string;
}
interface Place {
  collection: 'sites' | 'workstations' | 'service-points';
  id: string;
  name: string;
  region: Region;
  located: boolean;
}

const pad = (value: number) => String(value).padStart(2, '0');
const dateIn = (random: Random, year: number) => `${year}-${pad(random.int(1, 12))}-${pad(random.int(1, 28))}`;
/** js-yaml refuses undefined: leave unset fields out, as an editor would. */
const compact = (data: Record<string, unknown>) => Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined));
const short = (name: string) => name.replace(/(黎族苗族自治县|黎族自治县|市|县)$/, '');

function makeRegions(random: Random, count: number): Region[] {
  return REGIONS.slice(0, count).map((seed) => {
    const taken = new Set<string>();
    const towns = Array.from({ length: random.int(5, 9) }, (): Town => {
      const stem = nameStem(random, taken);
      const inTown = new Set<string>();
      const communities = Array.from({ length: random.int(2, 6) }, () => {
        const c = nameStem(random, inTown);
        return { name: c.name + (random.chance(0.6) ? '社区' : '村'), pinyin: c.pinyin, id: c.pinyin };
      });
      return { name: `${stem.name}镇`, pinyin: stem.pinyin, id: stem.pinyin, communities };
    });
    return { seed, short: short(seed.name), towns, source: `${seed.id}-baodao` };
  });
}

function sourceEntry(random: Random, region: Region): CorpusEntry {
  const year = random.int(2019, 2024);
  return {
    collection: 'sources',
    id: region.source,
    data: compact({
      title: `${region.seed.name}城市基层党建工作综述`,
      kind: '报纸专题报道',
      publication: random.chance(0.5) ? random.pick(PUBLICATIONS) : undefined,
      date: random.chance(0.5) ? year : `${year}-${pad(random.int(1, 12))}`,
    }),
    body: `介绍${region.seed.name}城市基层党建的报道。\n`,
  };
}

function regionEntry(random: Random, region: Region, order: number): CorpusEntry {
  const s: Setting = { region: region.seed.name, town: region.towns[0].name, year: random.int(2019, 2024) };
  const bank = bankOf(random.pick(['grid-governance', 'party-service', 'venues', 'talent']));
  return {
    collection: 'regions',
    id: region.seed.id,
    data: {
      name: region.seed.name,
      kind: region.seed.kind,
      summary: `${region.seed.name}以党建引领城市基层治理，${random.pick(bank.actions)}，${random.pick(EFFECTS)}（据${s.year}年报道）。`.slice(0, 198),
      sources: [region.source],
      order,
      towns: region.towns.map((t) => compact({
        id: t.id,
        name: t.name,
        note: random.chance(0.3) ? `${t.name}是${region.short}的重点城镇之一。` : undefined,
        communities: t.communities.map((c) => ({ id: c.id, name: c.name })),
      })),
      figures: bank.figures.map(([label, unit]) => ({ label, value: random.int(10, 900), unit, year: s.year })),
    },
    body: regionBody(random, s, region.towns.map((t) => t.name)),
  };
}

/** Location, practical details and confirmation, shared by every kind of place. */
function placeDetails(random: Random, region: Region, town: Town, located: boolean, confirmed = random.chance(0.4)) {
  const year = random.int(2022, 2025);
  return {
    sources: [region.source],
    location: located
      ? compact({
          lng: Math.round((region.seed.lng + (random.next() - 0.5) * 0.16) * 10_000) / 10_000,
          lat: Math.round((region.seed.lat + (random.next() - 0.5) * 0.16) * 10_000) / 10_000,
          precision: confirmed && random.chance(0.6) ? 'exact' : 'approximate',
          note: confirmed ? undefined : `${town.name}的大致位置，非准确门址`,
        })
      : undefined,
    address: confirmed ? `${region.seed.name}${town.name}${nameStem(random, new Set()).name}路${random.int(1, 300)}号` : undefined,
    telephone: confirmed ? `0898-${random.int(20_000_000, 69_999_999)}` : undefined,
    hours: confirmed ? random.pick(HOURS) : undefined,
    hoursNote: confirmed && random.chance(0.4) ? '接待团体请提前一天预约' : undefined,
    accessibility: confirmed && random.chance(0.5) ? random.pick(ACCESSIBILITY) : undefined,
    confirmation: confirmed
      ? { status: 'confirmed', checkedOn: dateIn(random, year), source: `${year}年电话向单位核实` }
      : { status: 'unconfirmed', source: '地址、电话、开放时间和是否接待参观都尚未向单位核实' },
  };
}

interface Builder {
  random: Random;
  vocabularies: Vocabularies;
  regions: Region[];
  ids: IdRegistry;
  names: Set<string>;
}

interface NamedPlaceDraw {
  town: Town;
  townShort: string;
  stem: Named;
  kind: string;
}

/**
 * What a red-education site and a workstation draw alike, in the order the corpus has always drawn
 * it (the corpus for a given N and seed stays the same): town, name stem, kind, name, whether it is
 * located and confirmed, id, setting, and the fields every place has.
 */
function namedPlace(
  b: Builder,
  region: Region,
  spec: { kinds: Record<string, string>; name: (draw: NamedPlaceDraw) => string; located: number; inTown: number; summary: (town: Town) => string },
) {
  const { random } = b;
  const town = random.pick(region.towns);
  const stem = nameStem(random, b.names);
  const kind = random.pick(Object.keys(spec.kinds));
  const name = spec.name({ town, townShort: town.name.replace(/镇$/, ''), stem, kind });
  const located = random.chance(spec.located);
  const confirmed = random.chance(0.4);
  const id = b.ids.take(`${region.seed.id}-${stem.pinyin}-${kind}`);
  const setting: Setting = { region: region.seed.name, town: town.name, year: random.int(2019, 2025) };
  const fields = {
    name,
    kind,
    region: region.seed.id,
    town: random.chance(spec.inTown) ? town.id : undefined,
    summary: spec.summary(town),
    ...placeDetails(random, region, town, located, confirmed),
  };
  return { id, name, located, confirmed, setting, fields };
}

function siteEntry(b: Builder, region: Region): [CorpusEntry, Place] {
  const { random } = b;
  const { id, name, located, confirmed, setting, fields } = namedPlace(b, region, {
    kinds: b.vocabularies.siteKinds,
    name: ({ townShort, stem, kind }) =>
      ({
        'memorial-park': `${stem.name}革命纪念园`,
        'meeting-site': `中共${region.short}${stem.name}会议旧址`,
        monument: `${townShort}${stem.name}革命烈士纪念碑`,
        museum: `${region.short}${stem.name}革命纪念馆`,
      })[kind] ?? `${stem.name}红色教育基地`,
    located: 0.85,
    inTown: 0.8,
    summary: (town) =>
      `位于${region.seed.name}${town.name}，是当地开展党史学习教育和红色教育的重要场所，${random.pick(['常有党支部和学生团体来此参观', '每年清明节前后参观的人较多', '也是红色教育线路上的一站'])}。`,
  });
  const data = compact({
    ...fields,
    // Practical claims only where the place is confirmed, as the content check requires.
    admission: confirmed && random.chance(0.5) ? random.pick(['免费', '免费，需预约', '免费，团体需提前预约']) : undefined,
    visitMinutes: random.pick([45, 60, 90, 120]),
    receivesGroups: confirmed ? random.chance(0.85) : undefined,
  });
  return [{ collection: 'sites', id, data, body: siteBody(random, setting, name) }, { collection: 'sites', id, name, region, located }];
}

function workstationEntry(b: Builder, region: Region): [CorpusEntry, Place] {
  const { random } = b;
  const { id, name, located, confirmed, setting, fields } = namedPlace(b, region, {
    kinds: b.vocabularies.workstationKinds,
    // Every name is drawn, whatever the kind, as the corpus always has.
    name: ({ townShort, stem, kind }) =>
      ({
        'migratory-talent': `${townShort}${stem.name}“候鸟”人才工作站`,
        doctoral: `${region.short}${stem.name}${random.pick(['热带农业', '航天', '海洋', '医疗卫生', '文旅'])}博士工作站`,
        'master-studio': `${personName(random)}名家教育工作室`,
        returnee: `${region.short}${stem.name}海归人才工作站`,
        'youth-entrepreneurship': `${townShort}${stem.name}青年创业服务基地`,
        'study-base': `${stem.name}研学教育基地`,
      })[kind] ?? `${stem.name}人才工作站`,
    located: 0.75,
    inTown: 0.7,
    summary: () => `${region.seed.name}设立的人才工作示范点之一，${random.pick(bankOf('talent').actions)}。`.slice(0, 198),
  });
  const data = compact({
    ...fields,
    host: `${region.short}${random.pick(['人才发展局', '科技工业信息化局', '人力资源和社会保障局', '团委', '教育局'])}`,
    offers: random.sample(WORKSTATION_OFFERS, random.int(1, 3)),
    audience: random.chance(0.6) ? random.pick(['返乡创业青年', '“候鸟”人才', '高校毕业生', '海归人才', '中小学生']) : undefined,
    receivesStudyVisits: confirmed ? random.chance(0.5) : undefined,
    visitMinutes: random.pick([30, 45, 60]),
  });
  return [{ collection: 'workstations', id, data, body: workstationBody(random, setting, name, 'talent') }, { collection: 'workstations', id, name, region, located }];
}

function servicePointEntry(b: Builder, region: Region): [CorpusEntry, Place] {
  const { random } = b;
  const town = random.pick(region.towns);
  const community = random.chance(0.75) ? random.pick(town.communities) : undefined;
  const kind = random.pick(Object.keys(b.vocabularies.servicePointKinds));
  const base = community?.name ?? town.name;
  const name = {
    'party-mass-center': `${base}党群服务中心`,
    'community-station': `${base}党群服务站`,
    'grid-station': `${base}第${random.int(1, 9)}网格服务站`,
  }[kind] ?? `${base}党群服务点`;
  const located = random.chance(0.85);
  const id = b.ids.take(`${community?.pinyin ?? town.pinyin}-${kind}`);
  const s: Setting = { region: region.seed.name, town: town.name, community: community?.name, year: random.int(2019, 2025) };
  const data = compact({
    name,
    kind,
    region: region.seed.id,
    town: town.id,
    community: community?.id,
    summary: `${region.seed.name}${town.name}${community?.name ?? ''}的党群服务阵地，${random.pick(['设有党员之家和图书角', '网格员每周在此值班', '提供便民咨询和代办服务', '常年开展志愿服务活动'])}。`,
    ...placeDetails(random, region, town, located),
    services: random.sample(Object.keys(b.vocabularies.services), random.int(2, 5)),
    servesArea: random.chance(0.5) ? `${base}各居民小组` : undefined,
  });
  return [{ collection: 'service-points', id, data, body: servicePointBody(random, s, name) }, { collection: 'service-points', id, name, region, located }];
}

function routeEntry(b: Builder, region: Region, located: Place[]): CorpusEntry {
  const { random } = b;
  const inRegion = located.filter((p) => p.region === region);
  const pool = inRegion.length >= 2 ? inRegion : located;
  const stops = random.sample(pool, Math.min(pool.length, random.int(3, 5)));
  const theme = random.pick(ROUTE_THEMES);
  const stem = nameStem(random, b.names);
  const s: Setting = { region: region.seed.name, town: random.pick(region.towns).name, year: random.int(2020, 2025) };
  return {
    collection: 'routes',
    id: b.ids.take(`${region.seed.id}-${stem.pinyin}-xianlu`),
    data: {
      title: `${region.short}${stem.name}${theme}线路`,
      region: region.seed.id,
      summary: `从${stops[0].name}出发，经过${stops.length}处地点，${random.pick(['适合党支部开展主题党日', '适合学生团体研学', '可在一天内走完'])}，主题为“${theme}”。`.slice(0, 198),
      theme,
      sources: [region.source],
      audience: random.sample(Object.keys(b.vocabularies.audiences), random.int(1, 3)),
      mode: random.pick(['walk', 'bike', 'bus', 'car']),
      startTime: random.pick(['08:00', '08:30', '09:00', '14:00']),
      stops: stops.map((p) => compact({ place: p.id, stay: random.pick([20, 30, 40, 60, 90]), note: random.chance(0.5) ? `在${p.name}${random.pick(['听取讲解', '参观展陈', '与社区干部座谈', '重温入党誓词'])}` : undefined })),
    },
    body: routeBody(random, s, stops.map((p) => p.name)),
  };
}

function caseEntry(b: Builder, region: Region, places: Place[]): CorpusEntry {
  const { random } = b;
  const topics = random.sample(Object.keys(b.vocabularies.topics), random.int(1, 3));
  const town = random.pick(region.towns);
  const community = random.chance(0.5) ? random.pick(town.communities) : undefined;
  const year = random.int(2018, 2025);
  const s: Setting = { region: region.seed.name, town: town.name, community: community?.name, year };
  const inRegion = places.filter((p) => p.region === region);
  const cited = random.chance(0.6) ? random.sample(inRegion.length > 0 ? inRegion : places, random.int(1, 3)) : [];
  const { title, slug } = caseTitle(random, s, topics[0]);
  const bank = bankOf(topics[0]);
  const published = dateIn(random, year);
  // Drawn in the year after publication, capped at 2025: within 2025 it may fall before the publication date.
  const updated = random.chance(0.2) ? dateIn(random, Math.min(year + 1, 2025)) : undefined;
  return {
    collection: 'cases',
    id: b.ids.take(`${region.seed.id}-${slug}`),
    data: compact({
      title,
      region: region.seed.id,
      sources: [region.source],
      published,
      updated: updated && updated > published ? updated : undefined,
      summary: caseSummary(random, s, topics[0]),
      topics,
      figures: random.sample(bank.figures, random.int(0, 3)).map(([label, unit]) => ({ label, value: random.int(2, 2000), unit, year })),
      places: cited.map((p) => p.id),
    }),
    body: caseBody(random, s, topics, cited.map(({ id, name }) => ({ id, name }))),
  };
}

export function generateCorpus({ n, seed = 1, vocabularies }: { n: number; seed?: number; vocabularies: Vocabularies }): Corpus {
  const counts = corpusCounts(n);
  const random = createRandom(seed * 7919 + n);
  const b: Builder = { random, vocabularies, regions: makeRegions(random, counts.regions), ids: new IdRegistry(), names: new Set() };
  const regionAt = (i: number) => b.regions[i % b.regions.length];
  const entries: CorpusEntry[] = [...b.regions.map((region) => sourceEntry(random, region)), ...b.regions.map((region, i) => regionEntry(random, region, i + 1))];
  // Regions themselves are not places: their ids are reserved so a place can never take one.
  b.regions.forEach((region) => b.ids.take(region.seed.id));
  const places: Place[] = [];
  const makers = [
    [counts.sites, siteEntry],
    [counts.workstations, workstationEntry],
    [counts['service-points'], servicePointEntry],
  ] as const;
  for (const [count, make] of makers) {
    for (let i = 0; i < count; i++) {
      const [entry, place] = make(b, regionAt(i));
      entries.push(entry);
      places.push(place);
    }
  }
  const located = places.filter((p) => p.located);
  if (located.length < 2) throw new Error('corpus: fewer than two places with a location, routes impossible');
  for (let i = 0; i < counts.routes; i++) entries.push(routeEntry(b, regionAt(i), located));
  for (let i = 0; i < counts.cases; i++) entries.push(caseEntry(b, regionAt(i), places));
  return { n, seed, entries, counts, placeNames: [b.regions[0].towns[0].name, places[0].name] };
}

export const entryFile = (entry: CorpusEntry) => `${yamlFrontmatter(entry.data)}\n${entry.body}`;
const yamlFrontmatter = (data: Record<string, unknown>) => `---\n${yaml.dump(data, { lineWidth: -1, noRefs: true })}---\n`;

/** Writes content/ under root: every entry plus the project's vocabularies, holiday calendar and site identity. */
export function writeCorpus(corpus: Corpus, root: string, projectRoot: string): number {
  let bytes = 0;
  for (const collection of Object.keys(corpus.counts)) mkdirSync(join(root, 'content', collection), { recursive: true });
  for (const entry of corpus.entries) {
    const text = entryFile(entry);
    bytes += Buffer.byteLength(text);
    writeFileSync(join(root, 'content', entry.collection, `${entry.id}.mdx`), text);
  }
  for (const file of ['vocabularies.yaml', 'calendar.yaml', 'site.yaml']) copyFileSync(join(projectRoot, 'content', file), join(root, 'content', file));
  return bytes;
}
