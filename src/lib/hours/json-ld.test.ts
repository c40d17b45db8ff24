import { describe, expect, it } from 'vitest';
import type { Calendar } from '../../schemas/calendar.ts';
import { compileSchedule } from './compile.ts';
import { openingHoursSpecification, specialOpeningHoursSpecification } from './json-ld.ts';
import { weeklyTable } from './weekly-table.ts';

const calendar: Calendar = {
  holidays: [{ name: '国庆节', from: '2026-10-01', to: '2026-10-07' }],
  workdays: [{ date: '2026-10-10', name: '国庆节调休', as: 'Mo' }],
};
const window = { from: new Date('2026-09-28T00:00:00+08:00'), days: 14 };
const schedule = compileSchedule('Mo-Fr 08:00-12:00,14:30-17:30; Sa 09:00-12:00', calendar, window);
const day = (name: string) => `https://schema.org/${name}`;
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'].map(day);

describe('openingHoursSpecification', () => {
  it('groups weekdays sharing an interval and leaves closed days out', () => {
    expect(openingHoursSpecification(schedule)).toEqual([
      { '@type': 'OpeningHoursSpecification', dayOfWeek: WEEKDAYS, opens: '08:00', closes: '12:00' },
      { '@type': 'OpeningHoursSpecification', dayOfWeek: [day('Saturday')], opens: '09:00', closes: '12:00' },
      { '@type': 'OpeningHoursSpecification', dayOfWeek: WEEKDAYS, opens: '14:30', closes: '17:30' },
    ]);
  });

  it('writes midnight closing as 23:59, since xsd:time has no 24:00', () => {
    const allDay = compileSchedule('24/7', { holidays: [], workdays: [] }, window);
    const [spec] = openingHoursSpecification(allDay);
    expect(spec).toMatchObject({ opens: '00:00', closes: '23:59' });
    expect(spec.dayOfWeek).toHaveLength(7);
  });
});

describe('specialOpeningHoursSpecification', () => {
  it('gives a holiday as one closed range and an adjusted working day with its hours', () => {
    expect(specialOpeningHoursSpecification(schedule)).toEqual([
      { '@type': 'OpeningHoursSpecification', opens: '00:00', closes: '00:00', validFrom: '2026-10-01', validThrough: '2026-10-07', name: '国庆节' },
      { '@type': 'OpeningHoursSpecification', opens: '08:00', closes: '12:00', validFrom: '2026-10-10', validThrough: '2026-10-10', name: '国庆节调休' },
      { '@type': 'OpeningHoursSpecification', opens: '14:30', closes: '17:30', validFrom: '2026-10-10', validThrough: '2026-10-10', name: '国庆节调休' },
    ]);
  });
});

describe('weeklyTable', () => {
  it('gives seven rows from Monday, with 休息 for closed days', () => {
    const rows = weeklyTable(schedule);
    expect(rows.map((r) => r.label)).toEqual(['周一', '周二', '周三', '周四', '周五', '周六', '周日']);
    expect(rows[0]).toEqual({ day: 'Mo', label: '周一', text: '08:00–12:00，14:30–17:30', parts: ['08:00–12:00', '14:30–17:30'] });
    expect(rows[6].parts).toEqual(['休息']);
    expect(rows[5].text).toBe('09:00–12:00');
    expect(rows[6].text).toBe('休息');
  });
});

describe('past the recorded calendar', () => {
  it('lists the statutory holidays the law fixes, and nothing for the bridge days nobody knows yet', () => {
    const recorded2026: Calendar = { holidays: [{ name: '元旦', from: '2026-01-01', to: '2026-01-03' }], workdays: [] };
    const late = compileSchedule('Mo-Fr 08:00-17:00', recorded2026, { from: new Date('2027-09-20T00:00:00+08:00'), days: 30 });
    expect(specialOpeningHoursSpecification(late)).toEqual([
      { '@type': 'OpeningHoursSpecification', opens: '00:00', closes: '00:00', validFrom: '2027-10-01', validThrough: '2027-10-03', name: '国庆节' },
    ]);
  });
});
