import { describe, expect, it } from 'vitest';
import { activeFiltersLabel, finderAttributes, NO_HOURS_YET, readFinderRecord, type FinderRecord } from './finder-record.ts';
import { CHECK_BEFORE_VISIT } from './visit-advice.ts';

const dataset = (attributes: Record<string, string>) =>
  Object.fromEntries(Object.entries(attributes).map(([name, value]) => [name.slice(5).replace(/-(\w)/g, (_, c: string) => c.toUpperCase()), value]));

describe('finder records', () => {
  it('survive the round trip through data attributes', () => {
    const full: FinderRecord = {
      id: 'xinfeng-shequ', region: 'wenchang', town: 'wencheng', community: 'xinfeng', kind: 'community-station',
      services: ['reading-corner', 'party-activities'], lng: 110.753, lat: 19.615, exact: true, schedule: 'h1abc',
    };
    expect(readFinderRecord(dataset(finderAttributes(full)))).toEqual(full);
  });

  it('leave out what a place does not have, and read an approximate position as not exact', () => {
    const bare: FinderRecord = { id: 'a', region: 'lingao', town: '', kind: 'doctoral', lng: 109.69, lat: 19.91, exact: false };
    const attributes = finderAttributes(bare);
    expect(Object.keys(attributes)).toEqual(['data-place', 'data-region', 'data-town', 'data-kind', 'data-lng', 'data-lat']);
    expect(readFinderRecord(dataset(attributes))).toEqual({ ...bare, community: undefined, services: undefined, schedule: undefined });
  });
});

describe('finder wording', () => {
  it('counts active filters', () => {
    expect(activeFiltersLabel(0)).toBe('未筛选');
    expect(activeFiltersLabel(2)).toBe('已选 2 项');
  });

  it('sends visitors to the same hotline as the place pages when no hours are known', () => {
    expect(NO_HOURS_YET).toContain(CHECK_BEFORE_VISIT);
    expect(CHECK_BEFORE_VISIT).toContain('12345');
  });
});
