import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { MDX_COMPONENTS } from '../content/body.ts';
import { describeFields } from '../content/field-reference.ts';
import { buildSchemas, COLLECTIONS, PLACE_COLLECTIONS } from '../../schemas/index.ts';
import { hoursField } from '../../schemas/place.ts';
import { loadVocabularies } from '../../schemas/vocabularies.ts';
import { buildCmsConfig, labelOf, optionLabel, PLACES_COLLECTION, type CmsField } from './config.ts';
import { BODY_FIELD, FILE_NAME_FIELD } from './front-matter.ts';
import { HOURS_WIDGET } from './hours.ts';

const vocabularies = loadVocabularies();
const schemas = buildSchemas(vocabularies);
const generate = (s: Record<string, z.ZodTypeAny> = schemas) => buildCmsConfig({ schemas: s, vocabularies, siteUrl: 'https://example.org' });

type Collection = { name: string; folder: string; fields: CmsField[]; hide?: boolean };
const collectionsOf = (config = generate()) => config.decap.collections as Collection[];
const collection = (name: string, config = generate()) => collectionsOf(config).find((c) => c.name === name)!;

/** Every field path in a collection's form, in the field reference's notation (a.b, list[].c). */
function paths(fields: CmsField[], prefix = ''): string[] {
  return fields.flatMap((f) => {
    const path = prefix ? `${prefix}.${f.name}` : f.name;
    const nested = (f.fields as CmsField[] | undefined) ?? [];
    return [path, ...paths(nested, f.widget === 'list' ? `${path}[]` : path)];
  });
}

const find = (fields: CmsField[], path: string): CmsField => {
  const [head, ...rest] = path.split('.');
  const found = fields.find((f) => f.name === head.replace('[]', ''))!;
  return rest.length === 0 ? found : find(found.fields as CmsField[], rest.join('.'));
};

describe('the form editor configuration, generated from the schemas', () => {
  it('has one collection per content collection, in its folder, plus the hidden place index', () => {
    const names = collectionsOf().map((c) => c.name);
    expect(names).toEqual([...Object.keys(schemas), PLACES_COLLECTION]);
    expect([...COLLECTIONS].sort()).toEqual(Object.keys(schemas).sort());
    for (const name of COLLECTIONS) expect(collection(name).folder).toBe(`content/${name}`);
    expect(collection(PLACES_COLLECTION).hide).toBe(true);
  });

  it.each(COLLECTIONS)('%s: lists every schema field, nested ones too, as the field reference does', (name) => {
    const fromSchema = describeFields(schemas[name], vocabularies).map((d) => d.path);
    const inForm = paths(collection(name).fields).filter((p) => p !== FILE_NAME_FIELD && p !== BODY_FIELD);
    expect(inForm).toEqual(fromSchema);
  });

  it('a field added to a schema appears without touching the CMS code, with its label, hint and required-ness', () => {
    const extended = { ...schemas, sites: schemas.sites.extend({ parking: z.string().optional().describe('停车：附近能否停车') }) };
    const field = find(collection('sites', generate(extended)).fields, 'parking');
    expect(field).toMatchObject({ name: 'parking', label: '停车', widget: 'string', required: false, hint: '停车：附近能否停车' });
    // So does a whole new collection.
    const withSources = { ...schemas, sources: z.object({ title: z.string().describe('标题') }) };
    expect(collection('sources', generate(withSources)).fields.map((f) => f.name)).toEqual([FILE_NAME_FIELD, 'title', BODY_FIELD]);
  });

  it('required as the schema says: optional and defaulted fields are optional, with their defaults', () => {
    const sites = collection('sites').fields;
    expect(find(sites, 'name').required).toBe(true);
    expect(find(sites, 'telephone').required).toBe(false);
    expect(find(sites, 'visitMinutes')).toMatchObject({ required: false, default: 60, widget: 'number', value_type: 'int' });
    expect(find(sites, 'receivesGroups')).toMatchObject({ widget: 'boolean', required: false });
    expect(find(sites, 'receivesGroups')).not.toHaveProperty('default');
    expect(find(collection('cases').fields, 'draft')).toMatchObject({ widget: 'boolean', required: false, default: false });
    expect(find(sites, 'location.lng')).toMatchObject({ widget: 'number', value_type: 'float' });
    expect(find(sites, 'confirmation.checkedOn')).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD', time_format: false, default: '' });
    expect(find(collection('cases').fields, 'published')).toMatchObject({ widget: 'datetime', required: false });
    expect(find(collection('cases').fields, 'sources')).toMatchObject({ required: true });
  });

  it('vocabularies become choices with their Chinese labels, single or several', () => {
    const kind = find(collection('service-points').fields, 'kind');
    expect(kind.widget).toBe('select');
    expect(kind.options).toEqual(Object.entries(vocabularies.servicePointKinds).map(([value, label]) => ({ value, label })));
    const topics = find(collection('cases').fields, 'topics');
    expect(topics).toMatchObject({ widget: 'select', multiple: true, min: 1 });
    expect((topics.options as unknown[]).length).toBe(Object.keys(vocabularies.topics).length);
  });

  it('enums become choices, labelled from the description', () => {
    expect(find(collection('sites').fields, 'location.system').options).toEqual([
      { value: 'wgs84', label: 'GPS 或天地图（wgs84）' },
      { value: 'gcj02', label: '高德或腾讯地图（gcj02）' },
      { value: 'bd09', label: '百度地图（bd09）' },
    ]);
    expect(find(collection('routes').fields, 'mode').options).toContainEqual({ value: 'walk', label: '步行（walk）' });
  });

  it('opening hours get the widget that shows their reading, chosen by their schema, whatever the field is called', () => {
    for (const name of PLACE_COLLECTIONS) expect(find(collection(name).fields, 'hours')).toMatchObject({ widget: HOURS_WIDGET, required: false });
    const extended = {
      ...schemas,
      sites: schemas.sites.extend({ winterHours: hoursField.describe('冬季开放时间'), groupHours: z.array(hoursField).optional(), hoursNote: z.string().optional() }),
    };
    const sites = collection('sites', generate(extended)).fields;
    expect(find(sites, 'winterHours')).toMatchObject({ widget: HOURS_WIDGET, required: true, hint: '冬季开放时间' });
    expect(find(sites, 'groupHours')).toMatchObject({ widget: 'list', field: { widget: HOURS_WIDGET } });
    // Text that is not hours stays a text box, even beside them.
    expect(find(sites, 'hoursNote').widget).toBe('string');
  });

  it('references become pickers of existing entries', () => {
    const point = collection('service-points').fields;
    expect(find(point, 'region')).toMatchObject({ widget: 'relation', collection: 'regions', value_field: '{{slug}}', multiple: false });
    expect(find(point, 'town')).toMatchObject({ widget: 'relation', collection: 'regions', value_field: 'towns.*.id' });
    expect(find(point, 'community')).toMatchObject({ widget: 'relation', collection: 'regions', value_field: 'towns.*.communities.*.id', required: false });
    const places = find(collection('cases').fields, 'places');
    expect(places).toMatchObject({ widget: 'relation', collection: PLACES_COLLECTION, value_field: '{{filename}}', multiple: true });
    expect(places.filters).toEqual([{ field: 'confirmation.status', values: ['confirmed', 'unconfirmed'] }]);
    expect(find(point, 'sources')).toMatchObject({ widget: 'relation', collection: 'sources', value_field: '{{slug}}', multiple: true, required: true });
    expect(find(collection('routes').fields, 'stops[].place')).toMatchObject({ widget: 'relation', collection: PLACES_COLLECTION, multiple: false });
  });

  it('the MDX components are insertable blocks in every body', () => {
    const config = generate();
    expect(config.editorComponents.map((c) => c.id)).toEqual([...MDX_COMPONENTS]);
    for (const name of COLLECTIONS) expect(find(collection(name, config).fields, BODY_FIELD).editor_components).toEqual([...MDX_COMPONENTS]);
    const placeCard = config.editorComponents.find((c) => c.id === 'PlaceCard')!;
    expect(placeCard.fields[0]).toMatchObject({ name: 'id', widget: 'relation', collection: PLACES_COLLECTION });
  });

  it('the forge comes from the site settings; without one, the local folder', () => {
    expect(generate().localOnly).toBe(true);
    expect(generate().decap.backend).toMatchObject({ name: 'proxy' });
    const gitea = buildCmsConfig({ schemas, vocabularies, siteUrl: 'https://example.org', settings: { backend: 'gitea', repo: 'dangjian/site', branch: 'main', api_root: 'https://git.example.org/api/v1', base_url: 'https://git.example.org', app_id: 'abc' } });
    expect(gitea.localOnly).toBe(false);
    expect(gitea.decap.backend).toEqual({ name: 'gitea', repo: 'dangjian/site', branch: 'main', api_root: 'https://git.example.org/api/v1', base_url: 'https://git.example.org', app_id: 'abc' });
    const gitlab = buildCmsConfig({ schemas, vocabularies, siteUrl: 'https://example.org', settings: { backend: 'gitlab', repo: 'a/b', branch: 'main' } });
    expect(gitlab.decap.backend).toMatchObject({ name: 'gitlab', auth_type: 'pkce' });
  });
});

describe('labels from descriptions', () => {
  it('takes the words before the first pause, or the key when they are not Chinese', () => {
    expect(labelOf('name', '名称，写全称，例如“临高县革命烈士纪念碑”')).toBe('名称');
    expect(labelOf('startTime', '建议出发时间 HH:MM')).toBe('建议出发时间');
    expect(labelOf('x', 'exact：已核实')).toBe('x');
    expect(labelOf('y')).toBe('y');
  });

  it('explains a value when the description does, and leaves other values as they are', () => {
    expect(optionLabel('confirmed', '核实状态：confirmed 已向单位核实；unconfirmed 尚未核实')).toBe('已向单位核实（confirmed）');
    expect(optionLabel('unconfirmed', '核实状态：confirmed 已向单位核实；unconfirmed 尚未核实')).toBe('尚未核实（unconfirmed）');
    expect(optionLabel('市', '市 或 县')).toBe('市');
    expect(optionLabel('other', '没有说明')).toBe('other');
  });
});
