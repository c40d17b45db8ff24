import { describe, expect, it } from 'vitest';
import { holidayRule, mentionsHolidays, ordinaryDayRule } from './osm-holidays.ts';

describe('PH rewritten for the opening_hours library', () => {
  it('drops PH on ordinary days', () => {
    expect(ordinaryDayRule('Mo-Fr 08:00-17:00; PH off')).toBe('Mo-Fr 08:00-17:00');
    expect(ordinaryDayRule('Tu-Su,PH 09:00-17:00')).toBe('Tu-Su 09:00-17:00');
    expect(ordinaryDayRule('PH 09:00-12:00')).toBe('off');
    expect(ordinaryDayRule('Mo-Fr 08:00-17:00')).toBe('Mo-Fr 08:00-17:00');
  });

  it('reads PH as the holiday’s weekday, outside comments only', () => {
    expect(holidayRule('Mo-Fr 08:00-17:00; PH off', 'Th')).toBe('Mo-Fr 08:00-17:00; Th off');
    expect(holidayRule('Tu-Su,PH 09:00-17:00 open "PH; 照常"', 'Mo')).toBe('Tu-Su,Mo 09:00-17:00 open "PH; 照常"');
    expect(mentionsHolidays('Mo-Fr 08:00-17:00 open "PH"')).toBe(false);
  });

  it('refuses PH where it cannot be rewritten', () => {
    expect(() => ordinaryDayRule('Jan-Mar PH off')).toThrow(/PH（法定节假日）应写在一条规则的开头/);
  });
});
