import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ZodError } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { calendarSchema, loadCalendar } from '../../schemas/calendar.ts';

/** The Chinese messages of a failed parse, for asserting on what editors will read. */
function messages(input: unknown): string[] {
  const result = calendarSchema.safeParse(input);
  expect(result.success).toBe(false);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

const holiday = (from: unknown, to: unknown) => ({ holidays: [{ name: '国庆节', from, to }], workdays: [] });

describe('content/calendar.yaml', () => {
  it('parses, with dates as strings', () => {
    const calendar = loadCalendar(fileURLToPath(new URL('../../..', import.meta.url)));
    expect(calendar.holidays).toContainEqual({ name: '国庆节', from: '2026-10-01', to: '2026-10-07' });
    expect(calendar.workdays).toContainEqual({ date: '2026-10-10', name: '国庆节调休', as: 'Mo' });
    expect(calendar.holidays.filter((h) => h.from.startsWith('2025'))).toHaveLength(6);
    expect(calendar.holidays.filter((h) => h.from.startsWith('2026'))).toHaveLength(7);
  });
});

describe('calendarSchema', () => {
  it('accepts YAML Date objects and defaults `as` to Monday', () => {
    const parsed = calendarSchema.parse({
      holidays: [{ name: '元旦', from: new Date('2026-01-01'), to: '2026-01-03' }],
      workdays: [{ date: new Date('2026-01-04'), name: '元旦调休' }],
    });
    expect(parsed).toEqual({
      holidays: [{ name: '元旦', from: '2026-01-01', to: '2026-01-03' }],
      workdays: [{ date: '2026-01-04', name: '元旦调休', as: 'Mo' }],
    });
  });

  it('rejects malformed and impossible dates', () => {
    expect(messages(holiday('2026-02-30', '2026-03-01'))).toEqual(['“2026-02-30”不是有效日期，应写作 YYYY-MM-DD，例如 2020-08-01']);
    expect(messages(holiday('2026/10/01', '2026-10-07'))[0]).toMatch(/不是有效日期/);
  });

  it('rejects a range that ends before it starts', () => {
    expect(messages(holiday('2026-10-07', '2026-10-01'))).toEqual(['结束日期 2026-10-01 早于开始日期 2026-10-07，请检查是否写反']);
  });

  it('rejects an implausibly long holiday (a mistyped year)', () => {
    expect(messages(holiday('2026-10-01', '2027-10-07'))[0]).toMatch(/超过 31 天/);
  });

  it('rejects an unknown `as` weekday', () => {
    expect(messages({ holidays: [], workdays: [{ date: '2026-10-10', name: '国庆节调休', as: 'Mon' }] })).toEqual([
      '应为 Mo、Tu、We、Th、Fr、Sa、Su 之一，表示这天按星期几的时间开放',
    ]);
  });

  it('rejects a working day that is not a weekend day', () => {
    expect(messages({ workdays: [{ date: '2026-10-09', name: '国庆节调休' }] })[0]).toMatch(/不是周六或周日/);
  });

  it('rejects a date that is both holiday and working day, and duplicates', () => {
    expect(
      messages({
        holidays: [{ name: '国庆节', from: '2026-10-01', to: '2026-10-07' }],
        workdays: [{ date: '2026-10-03', name: '国庆节调休' }],
      })[0],
    ).toMatch(/既是“国庆节”假期，又是“国庆节调休”上班日/);
    expect(
      messages({
        workdays: [
          { date: '2026-10-10', name: '国庆节调休' },
          { date: '2026-10-10', name: '国庆节调休' },
        ],
      }),
    ).toEqual(['调休上班日 2026-10-10 重复出现']);
    expect(
      messages({
        holidays: [
          { name: '中秋节', from: '2026-09-25', to: '2026-10-01' },
          { name: '国庆节', from: '2026-10-01', to: '2026-10-07' },
        ],
      }),
    ).toEqual(['2026-10-01 重复出现在“中秋节”和“国庆节”两个假期中']);
  });

  it('rejects misspelt keys rather than ignoring them', () => {
    expect(messages({ holidays: [{ name: '国庆节', form: '2026-10-01', to: '2026-10-07' }] })).toContain('假日只能有 name、from、to 三项');
  });
});

describe('loadCalendar', () => {
  it('rejects 2026-02-30 in the YAML file instead of rolling it over to March', () => {
    const root = mkdtempSync(join(tmpdir(), 'calendar-'));
    mkdirSync(join(root, 'content'));
    try {
      writeFileSync(join(root, 'content', 'calendar.yaml'), 'holidays:\n  - { name: 春节, from: 2026-02-30, to: 2026-03-02 }\n');
      expect(() => loadCalendar(root)).toThrow(ZodError);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
