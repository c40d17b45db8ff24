import type { ReportedDate } from '../../schemas/common.ts';
import type { ContentProblem } from './messages.ts';
import type { ValidEntry } from './references.ts';

const iso = (date: Date) => date.toISOString().slice(0, 10);
/** The first day a date of any precision can mean: 2027 is not in the past before 1 January 2027. */
const firstDay = ({ year, month = 1, day = 1 }: ReportedDate) => `${year}-${pad(month)}-${pad(day)}`;
/** As the editor wrote it: 2020, 2020-06 or 2020-06-01. */
const written = ({ year, month, day }: ReportedDate) => [year, ...(month ? [pad(month)] : []), ...(day ? [pad(day)] : [])].join('-');
const pad = (n: number) => String(n).padStart(2, '0');

/** Calendar dates written by editors, as [field, YYYY-MM-DD, how to show it]. */
function datesOf(entry: ValidEntry): Array<[string, string, string]> {
  const { data } = entry;
  const dates: Array<[string, string, string]> = [];
  for (const field of ['published', 'updated', 'accessed'] as const) {
    if (data[field] instanceof Date) dates.push([field, iso(data[field]), iso(data[field])]);
  }
  if (data.confirmation?.checkedOn instanceof Date) dates.push(['confirmation.checkedOn', iso(data.confirmation.checkedOn), iso(data.confirmation.checkedOn)]);
  if (entry.collection === 'sources') dates.push(['date', firstDay(data.date), written(data.date)]);
  return dates;
}

/**
 * A date later than today is a typo (a wrong year, day and month swapped): nothing is published,
 * checked or reported in the future. `today` is the Shanghai calendar day of the build.
 */
export function checkDates(entries: ValidEntry[], today: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const entry of entries) {
    for (const [field, date, shown] of datesOf(entry)) {
      if (date > today) problems.push({ file: entry.file, field, message: `日期 ${shown} 晚于今天（${today}），请检查年份和月份` });
    }
    const { published, updated } = entry.data;
    if (published instanceof Date && updated instanceof Date && updated < published) {
      problems.push({ file: entry.file, field: 'updated', message: `修改日期 ${iso(updated)} 早于发布日期 ${iso(published)}，请检查是否写反` });
    }
  }
  return problems;
}
