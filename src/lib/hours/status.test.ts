import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCalendar, type Calendar } from '../../schemas/calendar.ts';
import { compileSchedule } from './compile.ts';
import { closuresAhead, closuresSummary, daySchedule, formatStatus, statusAt } from './status.ts';

const calendar = loadCalendar(fileURLToPath(new URL('../../..', import.meta.url)));
const HOURS = 'Mo-Fr 08:00-12:00,14:30-17:30; Sa 09:00-12:00';
/** An instant given as Shanghai wall-clock time. */
const sh = (wallClock: string) => new Date(`${wallClock}:00+08:00`);
const schedule = compileSchedule(HOURS, calendar, { from: sh('2026-09-01T00:00'), days: 90 });

describe('statusAt on ordinary days', () => {
  it('is open on a weekday morning, closing at the lunch break', () => {
    const status = statusAt(schedule, sh('2026-09-08T10:00')); // Tuesday
    expect(status).toEqual({ state: 'open', date: '2026-09-08', closesAt: '12:00' });
    expect(formatStatus(status)).toBe('正在开放，12:00 关门');
  });

  it('opens at the first minute and closes at the last', () => {
    expect(statusAt(schedule, sh('2026-09-08T08:00')).state).toBe('open');
    expect(statusAt(schedule, sh('2026-09-08T07:59')).state).toBe('closed');
    expect(statusAt(schedule, sh('2026-09-08T11:59')).state).toBe('open');
  });

  it('is closed over lunch and reopens at 14:30 the same day', () => {
    const status = statusAt(schedule, sh('2026-09-08T12:00'));
    expect(status).toEqual({
      state: 'closed',
      date: '2026-09-08',
      opensAt: { date: '2026-09-08', time: '14:30', weekdayLabel: '周二' },
    });
    expect(formatStatus(status)).toBe('已关闭，14:30 开门');
    expect(formatStatus(statusAt(schedule, sh('2026-09-08T16:00')))).toBe('正在开放，17:30 关门');
  });

  it('is closed on Sunday and next opens on Monday morning', () => {
    const status = statusAt(schedule, sh('2026-09-13T10:00'));
    expect(status).toEqual({
      state: 'closed',
      date: '2026-09-13',
      opensAt: { date: '2026-09-14', time: '08:00', weekdayLabel: '周一' },
    });
    expect(formatStatus(status)).toBe('已关闭，周一 08:00 开门');
  });
});

describe('statusAt with the holiday calendar', () => {
  it('is closed on National Day and names the holiday, reopening after it', () => {
    const status = statusAt(schedule, sh('2026-10-01T10:00'));
    expect(status).toEqual({
      state: 'closed',
      date: '2026-10-01',
      reason: '国庆节',
      opensAt: { date: '2026-10-08', time: '08:00', weekdayLabel: '周四' },
    });
    expect(formatStatus(status)).toBe('今天休息（国庆节），10月8日 08:00 开门');
  });

  it('after hours on the eve of a holiday points past the whole holiday', () => {
    const status = statusAt(schedule, sh('2026-09-30T18:00'));
    expect(status.opensAt).toEqual({ date: '2026-10-08', time: '08:00', weekdayLabel: '周四' });
    expect(formatStatus(status)).toBe('已关闭，10月8日 08:00 开门');
  });

  it('opens on an adjusted working Saturday with Monday hours', () => {
    expect(daySchedule(schedule, '2026-10-10')).toEqual({
      date: '2026-10-10',
      day: 'Sa',
      weekdayLabel: '周六',
      intervals: [[480, 720], [870, 1050]],
      reason: '国庆节调休',
    });
    const status = statusAt(schedule, sh('2026-10-10T15:00'));
    expect(status).toEqual({ state: 'open', date: '2026-10-10', closesAt: '17:30', reason: '国庆节调休' });
    expect(formatStatus(status)).toBe('正在开放（国庆节调休），17:30 关门');
    // An ordinary Saturday afternoon, for contrast.
    expect(statusAt(schedule, sh('2026-10-17T15:00')).state).toBe('closed');
  });

  it('uses the weekday named in `as`, not always Monday', () => {
    const fridayShort: Calendar = { holidays: [], workdays: [{ date: '2026-10-10', name: '国庆节调休', as: 'Fr' }] };
    const s = compileSchedule('Mo-Th 08:00-17:00; Fr 08:00-12:00', fridayShort, { from: sh('2026-10-01T00:00'), days: 14 });
    expect(daySchedule(s, '2026-10-10')?.intervals).toEqual([[480, 720]]);
    expect(statusAt(s, sh('2026-10-10T13:00'))).toMatchObject({ state: 'closed', opensAt: { date: '2026-10-12', time: '08:00' } });
  });

  it('after hours on an adjusted working day is plain "closed", not a day off', () => {
    const status = statusAt(schedule, sh('2026-10-10T18:00'));
    expect(status.reason).toBeUndefined();
    expect(formatStatus(status)).toBe('已关闭，周一 08:00 开门');
  });
});

describe('time zones', () => {
  it('answers in Shanghai time for a visitor whose clock is elsewhere', () => {
    // Friday 21:30 in New York is Saturday 09:30 in Shanghai: the adjusted working day.
    const visitor = new Date('2026-10-09T21:30:00-04:00');
    expect(statusAt(schedule, visitor)).toEqual({ state: 'open', date: '2026-10-10', closesAt: '12:00', reason: '国庆节调休' });
    // 23:30 UTC on 30 September is already National Day in Shanghai.
    expect(statusAt(schedule, new Date('2026-09-30T23:30:00Z'))).toMatchObject({ state: 'closed', date: '2026-10-01', reason: '国庆节' });
  });
});

describe('outside the compiled window', () => {
  it('is unknown rather than guessing', () => {
    expect(statusAt(schedule, sh('2026-08-31T10:00'))).toEqual({ state: 'unknown', date: '2026-08-31' });
    const after = statusAt(schedule, sh('2026-11-30T10:00'));
    expect(after).toEqual({ state: 'unknown', date: '2026-11-30', knownUntil: '2026-11-29' });
    expect(formatStatus(after)).toBe('开放安排只核实到2026年11月29日，今天是否开放请先电话确认');
    expect(formatStatus(statusAt(schedule, sh('2026-08-31T10:00')))).toBe('今天的开放安排尚未核实，请先电话确认');
    expect(daySchedule(schedule, '2026-11-30')).toBeUndefined();
  });

  it('does not promise an opening beyond the window', () => {
    const status = statusAt(schedule, sh('2026-11-29T10:00')); // last day, a Sunday
    expect(status).toEqual({ state: 'closed', date: '2026-11-29' });
    expect(formatStatus(status)).toBe('已关闭');
  });
});

describe('closuresAhead', () => {
  it('lists the holiday days that lose hours, with the reason', () => {
    const closures = closuresAhead(schedule, sh('2026-09-28T09:00'));
    // Sunday 4 October was closed anyway, and the extra working Saturday is not a closure.
    expect(closures.map((c) => c.date)).toEqual(['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-05', '2026-10-06', '2026-10-07']);
    expect(closures[0]).toEqual({ date: '2026-10-01', weekdayLabel: '周四', intervals: [], reason: '国庆节' });
  });

  it('is empty in an ordinary fortnight and respects the day count', () => {
    expect(closuresAhead(schedule, sh('2026-09-01T09:00'))).toEqual([]);
    expect(closuresAhead(schedule, sh('2026-09-28T09:00'), 4).map((c) => c.date)).toEqual(['2026-10-01']);
  });
});

describe('a year whose holidays are not in the calendar yet', () => {
  // Built late in the last year the calendar lists: the window reaches into a year nobody has recorded holidays for.
  const lateInYear = compileSchedule(HOURS, calendar, { from: sh('2026-12-20T00:00'), days: 400 });
  const status = (wallClock: string) => formatStatus(statusAt(lateInYear, sh(wallClock)));

  it('keeps the recorded year as it was', () => {
    expect(lateInYear.arrangedUntil).toBe('2026-12-31');
    expect(statusAt(lateInYear, sh('2026-12-31T10:00'))).toEqual({ state: 'open', date: '2026-12-31', closesAt: '12:00' });
  });

  it('follows the usual week far from any holiday, saying so', () => {
    expect(statusAt(lateInYear, sh('2027-03-16T10:00'))).toEqual({
      state: 'open',
      date: '2027-03-16',
      closesAt: '12:00',
      unannounced: { year: 2027, unsettled: false },
    });
    expect(status('2027-03-16T10:00')).toBe('正在开放，12:00 关门（按平常的开放时间；2027年的节假日安排本站尚未录入）');
    expect(status('2027-03-16T18:00')).toBe('已关闭，周三 08:00 开门（按平常的开放时间；2027年的节假日安排本站尚未录入）');
  });

  it('is closed on the statutory days the law fixes, without promising when it reopens', () => {
    expect(statusAt(lateInYear, sh('2027-10-01T10:00'))).toMatchObject({ state: 'closed', reason: '国庆节', unannounced: { unsettled: false } });
    expect(statusAt(lateInYear, sh('2027-10-01T10:00')).opensAt).toBeUndefined();
    expect(status('2027-10-01T10:00')).toBe('今天休息（国庆节）。2027年的节假日安排本站尚未录入，国庆节法定假日为10月1日至3日，前后是否调休请先电话确认');
    // 除夕 2027 is 5 February; 春节 runs to 正月初三, 8 February.
    expect(status('2027-02-05T10:00')).toBe('今天休息（春节）。2027年的节假日安排本站尚未录入，春节法定假日为2月5日至8日（除夕至正月初三），前后是否调休请先电话确认');
    expect(status('2027-01-01T10:00')).toBe('今天休息（元旦）。2027年的节假日安排本站尚未录入，元旦法定假日为1月1日，前后是否调休请先电话确认');
  });

  it('gives no status on the days around a holiday, where bridge days and 调休 fall', () => {
    expect(statusAt(lateInYear, sh('2027-10-04T10:00'))).toMatchObject({ state: 'unknown', date: '2027-10-04', unannounced: { unsettled: true } });
    expect(status('2027-10-04T10:00')).toBe('2027年的节假日安排本站尚未录入，国庆节法定假日为10月1日至3日，其后是否调休请先电话确认');
    expect(status('2027-01-04T10:00')).toBe('2027年的节假日安排本站尚未录入，元旦法定假日为1月1日，其后是否调休请先电话确认');
    // A weekend day can become a 调休 working day further out than a weekday can become a day off.
    expect(status('2027-03-27T10:00')).toBe('2027年的节假日安排本站尚未录入，清明节法定假日为4月5日，前后是否调休请先电话确认');
    expect(statusAt(lateInYear, sh('2027-03-24T10:00')).state).toBe('open');
    // The day before such days cannot promise the next opening either.
    expect(status('2027-09-30T10:00')).toMatch(/^2027年的节假日安排本站尚未录入，国庆节/);
    // Monday 27 September is too far out for a bridge day, but Tuesday is not: no next opening is promised.
    expect(status('2027-09-27T18:00')).toBe('已关闭（按平常的开放时间；2027年的节假日安排本站尚未录入）');
  });

  it('still ends at the compiled window', () => {
    expect(lateInYear.validUntil).toBe('2028-01-23');
    expect(statusAt(lateInYear, sh('2028-01-24T10:00'))).toEqual({ state: 'unknown', date: '2028-01-24', knownUntil: '2028-01-23' });
  });

  it('in the fortnight view, lists the statutory days and says what is not known around them', () => {
    expect(closuresSummary(lateInYear, sh('2026-12-24T09:00'))).toEqual({
      closures: [{ date: '2027-01-01', weekdayLabel: '周五', intervals: [], reason: '元旦' }],
      notice: '2027年的节假日安排本站尚未录入，元旦法定假日为1月1日，前后是否调休请先电话确认。',
    });
    expect(closuresSummary(lateInYear, sh('2027-10-04T09:00'))).toEqual({
      closures: [],
      notice: '2027年的节假日安排本站尚未录入，国庆节法定假日为10月1日至3日，其后是否调休请先电话确认。',
    });
    expect(closuresSummary(lateInYear, sh('2027-09-10T09:00'))).toEqual({
      closures: [{ date: '2027-09-15', weekdayLabel: '周三', intervals: [], reason: '中秋节' }],
      notice: '2027年的节假日安排本站尚未录入，中秋节法定假日为9月15日，国庆节法定假日为10月1日至3日，前后是否调休请先电话确认。',
    });
    expect(closuresSummary(lateInYear, sh('2027-03-01T09:00'))).toEqual({
      closures: [],
      notice: '2027年的节假日安排本站尚未录入，这期间没有法定假日，按平常的开放时间。',
    });
    expect(closuresSummary(lateInYear, sh('2026-12-01T09:00'))).toEqual({ closures: [], none: '没有节假日调整。' });
  });

  it('says up to which day nothing changes when the unrecorded year starts within the fortnight', () => {
    const sundays = compileSchedule('Su 09:00-12:00', calendar, { from: sh('2026-12-20T00:00'), days: 400 });
    // 1 January 2027 is a Friday: closed anyway, so nothing to list before the unknown part.
    expect(closuresSummary(sundays, sh('2026-12-24T09:00'))).toEqual({
      closures: [],
      none: '12月31日之前没有节假日调整。',
      notice: '2027年的节假日安排本站尚未录入，元旦法定假日为1月1日，前后是否调休请先电话确认。',
    });
  });

  it('keeps the holidays it knows and adds a notice at the end of the window', () => {
    const summary = closuresSummary(schedule, sh('2026-11-20T09:00'));
    expect(summary.closures).toEqual([]);
    expect(summary.notice).toBe('2026年11月30日起的开放和节假日安排本站尚未核实，请以现场公告为准。');
    expect(closuresSummary(schedule, sh('2026-09-28T09:00'))).toMatchObject({ closures: expect.arrayContaining([expect.objectContaining({ reason: '国庆节' })]) });
    expect(closuresSummary(schedule, sh('2026-09-28T09:00')).notice).toBeUndefined();
  });
});

describe('hours past midnight', () => {
  it('follows the closing time into the next day', () => {
    const late = compileSchedule('Mo-Fr 18:00-02:00', { holidays: [], workdays: [] }, { from: sh('2026-09-01T00:00'), days: 30 });
    const status = statusAt(late, sh('2026-09-07T23:00')); // Monday night
    expect(status).toEqual({ state: 'open', date: '2026-09-07', closesAt: '02:00', closesOn: '2026-09-08' });
    expect(formatStatus(status)).toBe('正在开放，周二 02:00 关门');
  });
});
