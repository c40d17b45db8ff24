import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCalendar } from '../../schemas/calendar.ts';
import { compileSchedule } from './compile.ts';
import { holidayLine, hoursRemarks } from './weekly-table.ts';

const calendar = loadCalendar(fileURLToPath(new URL('../../..', import.meta.url)));
const sh = (wallClock: string) => new Date(`${wallClock}:00+08:00`);
const lateInYear = (hours: string) => compileSchedule(hours, calendar, { from: sh('2026-12-20T00:00'), days: 400 });

describe('holidayLine', () => {
  it('says how holidays and 调休 days are kept while the calendar covers the coming fortnight', () => {
    const now = sh('2026-12-01T10:00');
    expect(holidayLine(lateInYear('Mo-Fr 08:00-17:00'), now)).toBe('法定节假日休息；调休上班日按对应工作日的时间开放。');
    expect(holidayLine(lateInYear('Tu-Su,PH 09:00-17:00'), now)).toBe('法定节假日 09:00–17:00 开放；调休上班日按对应工作日的时间开放。');
    expect(holidayLine(lateInYear('Mo-Fr,PH 08:00-17:00; Sa 09:00-12:00'), now)).toMatch(/^法定节假日的开放时间因星期而异/);
  });

  it('past the calendar, says the table is the usual week and lists that year’s statutory holidays ahead', () => {
    expect(holidayLine(lateInYear('Mo-Fr 08:00-17:00'), sh('2027-05-10T10:00'))).toBe(
      '上表是平常的开放时间。2027年法律规定的假日还有：端午节6月9日；中秋节9月15日；国庆节10月1日至3日，这些日子休息。',
    );
    // From late December, when the coming fortnight reaches the new year.
    expect(holidayLine(lateInYear('Mo-Fr 08:00-17:00'), sh('2026-12-24T10:00'))).toBe(
      '上表是平常的开放时间。2027年法律规定的假日：元旦1月1日；春节2月5日至8日（除夕至正月初三）；清明节4月5日；劳动节5月1日至2日；端午节6月9日；中秋节9月15日；国庆节10月1日至3日，这些日子休息。',
    );
    expect(holidayLine(lateInYear('Mo-Fr 08:00-17:00'), sh('2027-12-20T10:00'))).toBe('上表是平常的开放时间。2028年法律规定的假日：元旦1月1日，这些日子休息。');
    expect(holidayLine(lateInYear('Tu-Su,PH 09:00-17:00'), sh('2027-05-10T10:00'))).toMatch(/，这些日子按法定节假日的时间开放。$/);
  });
});

describe('hoursRemarks', () => {
  it('gives the comments of an OSM string once each', () => {
    expect(hoursRemarks('Tu-Fr 09:00-17:00 open "16:30停止入馆"; Sa,Su 09:00-18:00 open "16:30停止入馆"; PH off')).toEqual(['16:30停止入馆']);
    expect(hoursRemarks('Mo-Fr 08:00-17:00')).toEqual([]);
  });
});

describe('holidayLine for a build in the unrecorded year', () => {
  it('says which of the year’s statutory holidays are still ahead', () => {
    const built = compileSchedule('Mo-Fr 08:00-17:00', calendar, { from: sh('2027-03-16T00:00'), days: 400 });
    expect(holidayLine(built, sh('2027-03-16T10:00'))).toBe('上表是平常的开放时间。2027年法律规定的假日还有：清明节4月5日；劳动节5月1日至2日；端午节6月9日；中秋节9月15日；国庆节10月1日至3日，这些日子休息。');
  });
});
