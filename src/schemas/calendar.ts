import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { z } from 'astro/zod';
import { dateField } from './common.ts';

const WEEKDAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] as const;

/** A holiday longer than this is almost certainly a mistyped year or month. */
const MAX_HOLIDAY_DAYS = 31;

/** Parsed dates stay 'YYYY-MM-DD' strings: they name Shanghai calendar days, not instants. */
const calendarDate = dateField.transform((date) => date.toISOString().slice(0, 10));

const DAY_MS = 24 * 60 * 60 * 1000;
const utc = (date: string) => Date.parse(`${date}T00:00:00Z`);

function eachDay(from: string, to: string): string[] {
  const days: string[] = [];
  for (let t = utc(from); t <= utc(to); t += DAY_MS) days.push(new Date(t).toISOString().slice(0, 10));
  return days;
}

const holiday = z
  .object(
    {
      name: z.string({ required_error: '必填：假日名称，例如 国庆节' }).min(1, '必填：假日名称，例如 国庆节'),
      from: calendarDate,
      to: calendarDate,
    },
    { invalid_type_error: '每个假日应写作 { name: 国庆节, from: 2026-10-01, to: 2026-10-07 }' },
  )
  .strict('假日只能有 name、from、to 三项')
  .superRefine(({ from, to }, ctx) => {
    if (to < from) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: `结束日期 ${to} 早于开始日期 ${from}，请检查是否写反` });
    } else if (eachDay(from, to).length > MAX_HOLIDAY_DAYS) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: `假期 ${from} 至 ${to} 超过 ${MAX_HOLIDAY_DAYS} 天，请检查年份或月份` });
    }
  });

const workday = z
  .object(
    {
      date: calendarDate,
      name: z.string({ required_error: '必填：调休名称，例如 国庆节调休' }).min(1, '必填：调休名称，例如 国庆节调休'),
      as: z
        .enum(WEEKDAYS, { errorMap: () => ({ message: '应为 Mo、Tu、We、Th、Fr、Sa、Su 之一，表示这天按星期几的时间开放' }) })
        .default('Mo'),
    },
    { invalid_type_error: '每个调休上班日应写作 { date: 2026-10-10, name: 国庆节调休, as: Mo }' },
  )
  .strict('调休上班日只能有 date、name、as 三项')
  .superRefine(({ date }, ctx) => {
    // 调休 only ever turns a weekend day into a working day; a weekday here is a typo.
    const day = new Date(utc(date)).getUTCDay();
    if (day !== 0 && day !== 6) {
      ctx.addIssue({ code: 'custom', path: ['date'], message: `${date} 不是周六或周日，调休上班日应为周末，请检查日期` });
    }
  });

export const calendarSchema = z
  .object(
    {
      holidays: z.array(holiday, { invalid_type_error: 'holidays 应为列表' }).default([]),
      workdays: z.array(workday, { invalid_type_error: 'workdays 应为列表' }).default([]),
    },
    { invalid_type_error: '日历文件应包含 holidays 和 workdays 两个列表' },
  )
  .strict('日历文件只能包含 holidays 和 workdays 两项')
  .superRefine(({ holidays, workdays }, ctx) => {
    const holidayOn = new Map<string, string>();
    holidays.forEach(({ name, from, to }, index) => {
      if (to < from) return; // already reported on the entry
      for (const date of eachDay(from, to)) {
        const other = holidayOn.get(date);
        if (other !== undefined) {
          ctx.addIssue({ code: 'custom', path: ['holidays', index], message: `${date} 重复出现在“${other}”和“${name}”两个假期中` });
          return;
        }
        holidayOn.set(date, name);
      }
    });
    const workdayOn = new Set<string>();
    workdays.forEach(({ date, name }, index) => {
      if (workdayOn.has(date)) {
        ctx.addIssue({ code: 'custom', path: ['workdays', index, 'date'], message: `调休上班日 ${date} 重复出现` });
      }
      workdayOn.add(date);
      const holidayName = holidayOn.get(date);
      if (holidayName !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['workdays', index, 'date'],
          message: `${date} 既是“${holidayName}”假期，又是“${name}”上班日，只能是其中之一`,
        });
      }
    });
  });

export type Calendar = z.output<typeof calendarSchema>;

/** Reads content/calendar.yaml; throws a ZodError when the editors' file is malformed. */
export function loadCalendar(root: string = process.cwd()): Calendar {
  const text = readFileSync(join(root, 'content', 'calendar.yaml'), 'utf8');
  // CORE_SCHEMA keeps dates as strings: the default schema would silently roll 2026-02-30 over to March 2.
  return calendarSchema.parse(yaml.load(text, { schema: yaml.CORE_SCHEMA }));
}

/** The State Council's notice for next year usually comes out in October or November: remind this many days before the calendar runs out. */
export const REMIND_DAYS_BEFORE = 61;

/**
 * The last day the calendar vouches for: 31 December of the latest year it lists holidays for.
 * Past it, whether a day is a holiday or a 调休 workday is not known, so no opening status is given.
 */
export function lastCoveredDay(calendar: Calendar): string | undefined {
  const years = calendar.holidays.map(({ from }) => Number(from.slice(0, 4)));
  return years.length > 0 ? `${Math.max(...years)}-12-31` : undefined;
}
