import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { dateField } from '../../../schemas/common.ts';
import { vocabularyEnum, type Vocabularies } from '../../../schemas/vocabularies.ts';
import { columnOfField, sheetColumns } from './columns.ts';

const vocabularies = { services: { 'reading-corner': '图书角', 'party-activities': '党员活动' } } as unknown as Vocabularies;

/** A schema no collection has, so the walk is shown to follow any schema rather than today's fields. */
const schema = z
  .object({
    title: z.string().min(2).describe('标题，写全称'),
    opened: dateField.optional().describe('开放日期 YYYY-MM-DD'),
    seats: z.number().int().default(10).describe('座位数'),
    free: z.boolean().optional().describe('是否免费'),
    services: z.array(vocabularyEnum(vocabularies, 'services')).min(1).describe('提供的服务'),
    tags: z.array(z.string()).default([]).describe('标签'),
    place: z
      .object({
        lng: z.number().describe('经度（东经）'),
        system: z.enum(['wgs84', 'gcj02']).optional().describe('坐标系。wgs84：GPS 坐标；gcj02：高德坐标'),
      })
      .superRefine(() => undefined)
      .optional()
      .describe('位置'),
    stops: z.array(z.object({ place: z.string() })).describe('各站'),
  })
  .strict();

describe('sheet columns from a schema', () => {
  const { columns, skipped, fieldOrder } = sheetColumns(schema, vocabularies);

  it('has a column per leaf field through optional, default and refinement wrappers, the file name first', () => {
    expect(columns.map((c) => c.header)).toEqual(['文件名（id）', '标题（title）', '开放日期（opened）', '座位数（seats）', '是否免费（free）', '提供的服务（services）', '标签（tags）', '位置·经度（place.lng）', '位置·坐标系（place.system）']);
    expect(fieldOrder).toEqual(['title', 'opened', 'seats', 'free', 'services', 'tags', 'place.lng', 'place.system', 'stops']);
  });
  it('knows each column’s kind, whether it is a list, and what is required', () => {
    const summary = Object.fromEntries(columns.map((c) => [c.key, `${c.kind}${c.list ? '[]' : ''}${c.required ? '!' : ''}`]));
    expect(summary).toEqual({ id: 'text!', title: 'text!', opened: 'date', seats: 'number', free: 'boolean', services: 'choice[]!', tags: 'text[]', 'place.lng': 'number', 'place.system': 'choice' });
  });
  it('takes choices from vocabularies (with their labels) and from enums (labelled by the description)', () => {
    expect(columns.find((c) => c.key === 'services')!.choices).toEqual([{ id: 'reading-corner', label: '图书角' }, { id: 'party-activities', label: '党员活动' }]);
    expect(columns.find((c) => c.key === 'place.system')!.choices).toEqual([{ id: 'wgs84', label: 'GPS 坐标' }, { id: 'gcj02', label: '高德坐标' }]);
  });
  it('lists the fields a flat sheet cannot hold', () => {
    expect(skipped).toEqual([{ key: 'stops', label: '各站' }]);
  });
  it('finds the column of a content-check problem, or its group', () => {
    expect(columnOfField(columns, 'services[1]')?.key).toBe('services');
    expect(columnOfField(columns, 'place')).toEqual({ key: 'place', label: '位置' });
    expect(columnOfField(columns, '文件名')?.key).toBe('id');
    expect(columnOfField(columns, '正文第 3 行')).toBeUndefined();
  });
});
