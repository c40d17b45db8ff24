import yaml from 'js-yaml';
import { buildSchemas, type CollectionName } from '../../schemas/index.ts';
import type { Vocabularies } from '../../schemas/vocabularies.ts';
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
export function starterFile(collection: CollectionName, context: StarterContext): string {
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
