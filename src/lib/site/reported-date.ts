import type { ReportedDate } from '../../schemas/common.ts';

/** 2020年, 2020年6月 or 2020年6月1日: a source's date, only as precise as the source gives it. */
export function formatReportedDate({ year, month, day }: ReportedDate) {
  return `${year}年${month ? `${month}月` : ''}${month && day ? `${day}日` : ''}`;
}

/** The same in ISO 8601 reduced to the known precision (2020, 2020-06), as schema.org accepts. */
export function isoReportedDate({ year, month, day }: ReportedDate) {
  const pad = (n: number) => String(n).padStart(2, '0');
  return [String(year), ...(month ? [pad(month)] : []), ...(month && day ? [pad(day)] : [])].join('-');
}
