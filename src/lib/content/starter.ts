import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { unusableIdReason } from '../../schemas/common.ts';
import { buildSchemas, COLLECTIONS, PLACE_COLLECTIONS, type CollectionName } from '../../schemas/index.ts';
import { loadVocabularies, type Vocabularies } from '../../schemas/vocabularies.ts';
import { checkContent } from './check.ts';
import { describeFields } from './field-reference.ts';

export interface StarterContext {
  vocabularies: Vocabularies;
  regionId: string;
  townId: string;
  /** Two existing places with a location, for a route's example stops. */
  placeIds: [string, string];
  /** An existing source, for the example citation. */
  sourceId: string;
  today: string;
}

const unconfirmed = { status: 'unconfirmed', source: '地址、电话、开放时间和是否接待参观都尚未向单位核实' };

/** Example values for the required fields: valid as written, so a fresh file passes the check. */
function examples(collection: CollectionName, c: StarterContext): Record<string, unknown> {
  const firstOf = (name: keyof Vocabularies) => Object.keys(c.vocabularies[name])[0];
  const sources = [c.sourceId];
  const place = { name: '请填写名称', region: c.regionId, sources, summary: '请用一两句话介绍这个地点，10 到 200 字。', confirmation: unconfirmed };
  switch (collection) {
    case 'sources':
      return { title: '请照原文填写标题', kind: '报纸专题报道', date: Number(c.today.slice(0, 4)) };
    case 'regions':
      return { name: '请填写市县名称', kind: '县', sources, summary: '请用一两句话介绍这个市县，10 到 200 字。' };
    case 'cases':
      return {
        title: '请填写标题',
        region: c.regionId,
        sources,
        summary: '请用一两句话概括这篇案例，20 到 200 字，会显示在列表和搜索结果中。',
        topics: [firstOf('topics')],
        draft: true,
      };
    case 'sites':
      return { ...place, kind: firstOf('siteKinds') };
    case 'workstations':
      return { ...place, kind: firstOf('workstationKinds'), host: '请填写依托单位', offers: ['请填写能提供的支持'] };
    case 'service-points':
      return { ...place, kind: firstOf('servicePointKinds'), town: c.townId, services: [firstOf('services')] };
    case 'routes':
      return {
        title: '请填写线路名称',
        region: c.regionId,
        summary: '请用一两句话介绍这条线路，20 到 200 字，写明适合谁、看什么。',
        theme: '请填写主题',
        sources,
        audience: [firstOf('audiences')],
        mode: 'bus',
        stops: c.placeIds.map((place) => ({ place, stay: 30 })),
      };
  }
}

const BODY: Record<CollectionName, string> = {
  sources: '请用一两句话说明这份资料讲了什么。\n',
  regions: '## 概况\n\n请在这里介绍这个市县的城市基层党建工作。\n',
  cases: '## 做法\n\n请在这里写正文。可以使用这些组件：\n\n<KeyFigure value="56" unit="个" label="党建网格" />\n\n<PullQuote>简短的引语</PullQuote>\n',
  sites: '## 历史与意义\n\n请在这里介绍这处基地的历史。\n\n## 参观提示\n\n请写明预约方式等注意事项。\n',
  workstations: '## 工作站介绍\n\n请在这里介绍工作站。\n',
  'service-points': '## 服务点介绍\n\n请在这里介绍服务点。\n',
  routes: '## 线路用意\n\n请在这里介绍线路。\n',
};

const comment = (text: string) => text.split('\n').map((line) => `# ${line}`).join('\n');

/** A starter MDX file: every field present, explained in a comment; optional ones commented out. */
function starterFile(collection: CollectionName, context: StarterContext): string {
  const values = examples(collection, context);
  const all = describeFields(buildSchemas(context.vocabularies)[collection], context.vocabularies);
  const lines = all.filter((f) => !/[.[]/.test(f.path)).map((field) => {
    const allowed = field.allowed ? `\n可用的值：${field.allowed.join('、')}` : '';
    const need = field.required ? '必填' : field.defaultValue !== undefined ? `可选，默认 ${JSON.stringify(field.defaultValue)}` : '可选';
    const note = comment(`${field.description}（${need}）${allowed}`);
    if (field.path in values) return `${note}\n${yaml.dump({ [field.path]: values[field.path] }, { lineWidth: 120 }).trimEnd()}`;
    // Optional groups show their sub-fields, so editors see the whole shape before they uncomment it.
    const children = all.filter((f) => f.path.startsWith(`${field.path}.`) && !f.path.slice(field.path.length + 1).includes('.'));
    const shape = children.map((child) => `#   ${child.path.slice(field.path.length + 1)}:    # ${child.description}${child.allowed ? `（${child.allowed.join('、')}）` : ''}`);
    return [note, comment(`${field.path}:`), ...shape].join('\n');
  });
  return `---\n${lines.join('\n\n')}\n---\n\n${BODY[collection]}`;
}

export const NEW_ENTRY_USAGE = `用法：npm run new -- <类别> <文件名>\n类别：${COLLECTIONS.join('、')}\n例如：npm run new -- cases wenchang-xinfeng-tushujiao`;

/** What `npm run new` did: the exit status (0 written, 1 refused, 2 wrong arguments) and what it says. */
export interface NewEntryOutcome {
  status: 0 | 1 | 2;
  message: string;
}

/**
 * `npm run new`: writes a valid starter file for `collection` named `id` under root's content/, its
 * examples drawn from the entries already there; never overwrites an existing file.
 */
export function writeStarter(root: string, collection: string | undefined, id: string | undefined, today: string): NewEntryOutcome {
  if (!(COLLECTIONS as readonly string[]).includes(collection ?? '') || !id) return { status: 2, message: NEW_ENTRY_USAGE };
  const unusable = unusableIdReason(collection!, id);
  if (unusable) return { status: 2, message: `${unusable}\n${NEW_ENTRY_USAGE}` };
  const path = join(root, 'content', collection!, `${id}.mdx`);
  if (existsSync(path)) return { status: 1, message: `${path} 已存在，没有覆盖。` };
  const { entries } = checkContent(root);
  const region = entries.find((e) => e.collection === 'regions');
  const places = entries.filter((e) => (PLACE_COLLECTIONS as readonly string[]).includes(e.collection) && e.data.location);
  const source = entries.find((e) => e.collection === 'sources');
  if (!region || places.length < 2 || !source) return { status: 1, message: '需要先有至少一个来源、一个市县和两个带位置的地点，才能生成起始文件。' };
  writeFileSync(
    path,
    starterFile(collection as CollectionName, {
      vocabularies: loadVocabularies(root),
      regionId: region.id,
      townId: region.data.towns[0]?.id ?? '',
      placeIds: [places[0].id, places[1].id],
      sourceId: source.id,
      today,
    }),
  );
  return { status: 0, message: `已创建 ${path}\n请按注释填写各字段，然后运行 npm run check 检查。字段说明见 docs/field-reference.md。` };
}
