import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCalendar } from '../../schemas/calendar.ts';
import { addDays } from './dates.ts';
import { knownHolidays, statutoryHolidays } from './statutory.ts';

const calendar = loadCalendar(fileURLToPath(new URL('../../..', import.meta.url)));
const byName = (year: number) => Object.fromEntries(statutoryHolidays(year).map((h) => [h.name, [h.from, h.to]]));

describe('statutoryHolidays', () => {
  it('gives the Gregorian dates of 2025 and 2026 published by the State Council', () => {
    expect(byName(2025)).toEqual({
      元旦: ['2025-01-01', '2025-01-01'],
      春节: ['2025-01-28', '2025-01-31'], // 除夕 28 January, 正月初一 29 January
      清明节: ['2025-04-04', '2025-04-04'],
      劳动节: ['2025-05-01', '2025-05-02'],
      端午节: ['2025-05-31', '2025-05-31'],
      中秋节: ['2025-10-06', '2025-10-06'],
      国庆节: ['2025-10-01', '2025-10-03'],
    });
    expect(byName(2026)).toEqual({
      元旦: ['2026-01-01', '2026-01-01'],
      春节: ['2026-02-16', '2026-02-19'], // 除夕 16 February, 正月初一 17 February
      清明节: ['2026-04-05', '2026-04-05'],
      劳动节: ['2026-05-01', '2026-05-02'],
      端午节: ['2026-06-19', '2026-06-19'],
      中秋节: ['2026-09-25', '2026-09-25'],
      国庆节: ['2026-10-01', '2026-10-03'],
    });
  });

  it.each([2025, 2026])('puts every statutory day of %i inside the published holiday of the same name', (year) => {
    for (const { name, from, to } of statutoryHolidays(year)) {
      for (let day = from; day <= to; day = addDays(day, 1)) {
        // 2025 published 国庆节 and 中秋节 as one holiday, named “国庆节、中秋节”.
        const published = calendar.holidays.find((h) => h.name.split('、').includes(name) && h.from <= day && day <= h.to);
        expect(published, `${name} ${day}`).toBeDefined();
      }
    }
  });

  it('has 13 days a year in date order, 春节 being 除夕 to 正月初三 whether the twelfth month has 29 or 30 days', () => {
    for (const year of [2027, 2028, 2030]) {
      const holidays = statutoryHolidays(year);
      const days = holidays.reduce((n, h) => n + Math.round((Date.parse(h.to) - Date.parse(h.from)) / 86_400_000) + 1, 0);
      expect(days, String(year)).toBe(13);
      expect(holidays.map((h) => h.from)).toEqual(holidays.map((h) => h.from).sort());
    }
    // 除夕 is 十二月廿九 in 2025 and 2027 (a short month) and 十二月三十 in 2030.
    expect(byName(2027).春节).toEqual(['2027-02-05', '2027-02-08']);
    expect(byName(2030).春节).toEqual(['2030-02-02', '2030-02-05']);
    expect(byName(2027).中秋节).toEqual(['2027-09-15', '2027-09-15']);
  });
});

describe('knownHolidays', () => {
  it('keeps the recorded arrangements and adds only the statutory days of the years after them', () => {
    const holidays = knownHolidays(calendar, 1);
    expect(holidays).toContainEqual(expect.objectContaining({ name: '国庆节', from: '2026-10-01', to: '2026-10-07' }));
    expect(holidays.filter((h) => h.from.startsWith('2027'))).toEqual(statutoryHolidays(2027));
    expect(holidays.some((h) => h.from.startsWith('2028'))).toBe(false);
  });
});
