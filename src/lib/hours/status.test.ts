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
  // Built late in the last year the calendar lists: the window reaches into a year nobody has holidays for.
  const lateInYear = compileSchedule(HOURS, calendar, { from: sh('2026-12-20T00:00'), days: 400 });

  it('vouches only up to the calendar’s last day, and is unknown after it', () => {
    expect(lateInYear.validUntil).toBe('2026-12-31');
    expect(statusAt(lateInYear, sh('2026-12-31T10:00')).state).toBe('open');
    // 1 January is 元旦 every year, but which days around it are off is only known once the notice is out.
    expect(statusAt(lateInYear, sh('2027-01-01T10:00'))).toEqual({ state: 'unknown', date: '2027-01-01', knownUntil: '2026-12-31' });
    expect(statusAt(lateInYear, sh('2027-01-05T10:00')).state).toBe('unknown');
  });

  it('says from which day the coming fortnight is not known, instead of "no changes"', () => {
    expect(closuresSummary(lateInYear, sh('2026-12-24T09:00'))).toEqual({
      closures: [],
      none: '12月31日之前没有节假日调整。',
      notice: '2027年1月1日起的开放和节假日安排本站尚未核实，请以现场公告为准。',
    });
    expect(closuresSummary(lateInYear, sh('2027-01-02T09:00'))).toEqual({ closures: [], notice: '2027年1月2日起的开放和节假日安排本站尚未核实，请以现场公告为准。' });
    expect(closuresSummary(lateInYear, sh('2026-12-01T09:00'))).toEqual({ closures: [], none: '没有节假日调整。' });
  });

  it('keeps the holidays it knows and adds the notice', () => {
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
