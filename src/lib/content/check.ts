import { z } from 'astro/zod';
import { lastCoveredDay, loadCalendar, REMIND_DAYS_BEFORE } from '../../schemas/calendar.ts';
import { isChineseHours, readHours } from '../hours/chinese.ts';
import { daysBetween, shanghaiWallClock } from '../hours/dates.ts';
import { buildSchemas, PLACE_COLLECTIONS } from '../../schemas/index.ts';
import { loadSiteIdentity, SITE_IDENTITY_FILE } from '../../schemas/site.ts';
import { loadVocabularies, VOCABULARIES_FILE } from '../../schemas/vocabularies.ts';
import { checkBodies } from './body.ts';
import { checkPracticalClaims } from './claims.ts';
import { checkDates } from './dates.ts';
import { loadRawEntries } from './load.ts';
import { problemsFromZod, type ContentProblem } from './messages.ts';
import { checkReferences, type ValidEntry } from './references.ts';

export interface CheckResult {
  problems: ContentProblem[];
  entries: ValidEntry[];
  /** Hours written in Chinese and how they were read, for the editor to compare with what they meant. */
  hoursReadings: HoursReadingNote[];
}

export interface HoursReadingNote {
  file: string;
  written: string;
  osm: string;
  reading: string;
}

/**
 * Validates all content under root: every problem at once, never stopping at the first.
 * `now` is when the check runs (the build time): no date may be later than its day in Shanghai.
 * `parseBodies: false` skips the MDX syntax parse (the check's costliest part), for a build whose
 * Astro step compiles every body anyway; the build parses them only when Astro fails (see body.ts).
 */
export function checkContent(root: string, now: Date = new Date(), { parseBodies = true } = {}): CheckResult {
  let vocabularies;
  try {
    vocabularies = loadVocabularies(root);
  } catch (error) {
    const problems = error instanceof z.ZodError ? problemsFromZod(VOCABULARIES_FILE, error) : [{ file: VOCABULARIES_FILE, field: '（整个文件）', message: `无法读取词表：${String(error)}` }];
    return { problems, entries: [], hoursReadings: [] };
  }
  const schemas = buildSchemas(vocabularies);
  const { entries: raw, problems } = loadRawEntries(root);
  problems.push(...checkCalendar(root), ...checkSiteIdentity(root));
  const entries: ValidEntry[] = [];
  const hoursReadings: HoursReadingNote[] = [];
  for (const entry of raw) {
    const result = schemas[entry.collection].safeParse(entry.data);
    if (result.success) entries.push({ ...entry, data: result.data as Record<string, unknown> });
    else problems.push(...problemsFromZod(entry.file, result.error));
    const written = entry.data.hours;
    if (result.success && typeof written === 'string' && isChineseHours(written)) {
      const read = readHours(written);
      if (read.ok) hoursReadings.push({ file: entry.file, written, osm: read.osm, reading: read.reading });
    }
  }
  // Existence is judged on every file, valid or not, so one mistake is not reported again in each file that refers to it.
  const rawPlaces = raw.filter((e) => (PLACE_COLLECTIONS as readonly string[]).includes(e.collection));
  problems.push(
    ...checkReferences(entries, rawPlaces, raw, root),
    ...checkBodies(entries, new Set(rawPlaces.map((e) => e.id)), root, { parse: parseBodies }),
    ...checkPracticalClaims(entries),
    ...checkDates(entries, shanghaiWallClock(now).date),
  );
  return { problems, entries, hoursReadings };
}

/** What `npm run check` prints for hours written in Chinese. */
export function formatHoursReadings(readings: HoursReadingNote[]): string {
  if (readings.length === 0) return '';
  return [
    `以下 ${readings.length} 个文件的开放时间用中文书写，网站是这样读的，请核对：`,
    ...readings.map(({ file, written, osm, reading }) => `${file}
  写的是：${written}
  读作：${reading}
  OpenStreetMap 写法：${osm}`),
  ].join('\n');
}

const CALENDAR_FILE = 'content/calendar.yaml';

function checkSiteIdentity(root: string): ContentProblem[] {
  try {
    loadSiteIdentity(root);
    return [];
  } catch (error) {
    if (error instanceof z.ZodError) return problemsFromZod(SITE_IDENTITY_FILE, error);
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return [{ file: SITE_IDENTITY_FILE, field: '（整个文件）', message: `无法读取网站信息：${reason}` }];
  }
}

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
 * A reminder, not a mistake: the holiday calendar runs out soon (or has), after which pages know only
 * the statutory holidays, not the year's bridge days and 调休. Undefined when there is time yet, or
 * when the calendar is broken (the check says so).
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
  const effect = end
    ? `在补上之前，网站对 ${next} 年起的日期只按平常的开放时间和法律规定的假日显示，节前节后的日子提示读者先电话确认。`
    : '在补上之前，网站不知道任何节假日，节假日当天也按平常的时间显示是否开放。';
  return `提醒：${CALENDAR_FILE} 的节假日安排${reach}。国务院办公厅公布 ${next} 年的部分节假日安排后，请照通知补上。${effect}`;
}
