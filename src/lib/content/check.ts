import { z } from 'astro/zod';
import { lastCoveredDay, loadCalendar, REMIND_DAYS_BEFORE } from '../../schemas/calendar.ts';
import { daysBetween, shanghaiWallClock } from '../hours/dates.ts';
import { buildSchemas, PLACE_COLLECTIONS } from '../../schemas/index.ts';
import { loadVocabularies, VOCABULARIES_FILE } from '../../schemas/vocabularies.ts';
import { checkBodies } from './body.ts';
import { loadRawEntries } from './load.ts';
import { problemsFromZod, type ContentProblem } from './messages.ts';
import { checkReferences, type ValidEntry } from './references.ts';

export interface CheckResult {
  problems: ContentProblem[];
  entries: ValidEntry[];
}

/** Validates all content under root: every problem at once, never stopping at the first. */
export function checkContent(root: string): CheckResult {
  let vocabularies;
  try {
    vocabularies = loadVocabularies(root);
  } catch (error) {
    const problems = error instanceof z.ZodError ? problemsFromZod(VOCABULARIES_FILE, error) : [{ file: VOCABULARIES_FILE, field: '（整个文件）', message: `无法读取词表：${String(error)}` }];
    return { problems, entries: [] };
  }
  const schemas = buildSchemas(vocabularies);
  const { entries: raw, problems } = loadRawEntries(root);
  problems.push(...checkCalendar(root));
  const entries: ValidEntry[] = [];
  for (const entry of raw) {
    const result = schemas[entry.collection].safeParse(entry.data);
    if (result.success) entries.push({ ...entry, data: result.data as Record<string, unknown> });
    else problems.push(...problemsFromZod(entry.file, result.error));
  }
  // Existence is judged on every file, valid or not, so one mistake is not reported again in each file that refers to it.
  const rawPlaces = raw.filter((e) => (PLACE_COLLECTIONS as readonly string[]).includes(e.collection));
  problems.push(...checkReferences(entries, rawPlaces, raw, root), ...checkBodies(entries, new Set(rawPlaces.map((e) => e.id)), root));
  return { problems, entries };
}

const CALENDAR_FILE = 'content/calendar.yaml';

function checkCalendar(root: string): ContentProblem[] {
  try {
    loadCalendar(root);
    return [];
  } catch (error) {
    if (error instanceof z.ZodError) return problemsFromZod(CALENDAR_FILE, error);
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return [{ file: CALENDAR_FILE, field: '（整个文件）', message: `无法读取节假日日历：${reason}` }];
  }
}

/**
 * A reminder, not a mistake: the holiday calendar runs out soon (or has), after which pages give no
 * open-now status. Undefined when there is time yet, or when the calendar is broken (the check says so).
 */
export function calendarReminder(root: string, now: Date): string | undefined {
  let end;
  try {
    end = lastCoveredDay(loadCalendar(root));
  } catch {
    return undefined;
  }
  const { date: today } = shanghaiWallClock(now);
  const next = end ? Number(end.slice(0, 4)) + 1 : Number(today.slice(0, 4));
  if (end && daysBetween(today, end) >= REMIND_DAYS_BEFORE) return undefined;
  const reach = end ? `只录入到 ${end}` : '还没有录入任何假期';
  const effect = end && end >= today ? `在补上之前，${next} 年的日期在网站上显示为“开放安排尚未核实”。` : '在补上之前，网站不显示各场所是否正在开放。';
  return `提醒：${CALENDAR_FILE} 的节假日安排${reach}。国务院办公厅公布 ${next} 年的部分节假日安排后，请照通知补上。${effect}`;
}
