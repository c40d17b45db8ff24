import { describe, expect, it } from 'vitest';
import { PLACE_COLLECTIONS } from '../../schemas/index.ts';
import { loadVocabularies } from '../../schemas/vocabularies.ts';
import { LISTED_COLLECTIONS, PLACE_TYPES, listedPlaceType, placeType } from './place-types.ts';

const vocabularies = loadVocabularies();

describe('place types', () => {
  it('describe every place collection, each with a vocabulary that exists and a schema.org type', () => {
    expect(Object.keys(PLACE_TYPES).sort()).toEqual([...PLACE_COLLECTIONS].sort());
    for (const collection of PLACE_COLLECTIONS) {
      const type = placeType(collection);
      expect(type.collection).toBe(collection);
      expect(Object.keys(vocabularies[type.kindVocabulary]).length, type.kindVocabulary).toBeGreaterThan(0);
      expect(type.schemaTypes.length).toBeGreaterThan(0);
      expect(type.regionListing('wenchang')).toBe(`/${collection}/region/wenchang/`);
    }
    expect(new Set(PLACE_COLLECTIONS.map((c) => placeType(c).kindVocabulary)).size).toBe(PLACE_COLLECTIONS.length);
  });

  it('give the listed types distinct pages under their own folder and data files under /data/', () => {
    const all: string[] = [];
    for (const collection of LISTED_COLLECTIONS) {
      const { paths, regionListing } = listedPlaceType(collection);
      const own = [paths.index, regionListing('wenchang'), paths.town('wenchang', 'wencheng'), paths.kind('grid-station'), paths.regionData('wenchang')];
      for (const path of own) expect(path.startsWith(`/${collection}/`), path).toBe(true);
      // The town page sits under its region's page; the region's data file beside it.
      expect(paths.town('wenchang', 'wencheng').startsWith(regionListing('wenchang'))).toBe(true);
      expect(paths.regionData('wenchang')).toBe(`/${collection}/region/wenchang.json`);
      expect(paths.openData).toEqual({ geojson: `/data/${collection}.geojson`, json: `/data/${collection}.json` });
      all.push(...own, paths.openData.geojson, paths.openData.json);
    }
    expect(new Set(all).size).toBe(all.length);
  });

  it('offer the community and service filters only where the schema has those fields', () => {
    expect(listedPlaceType('service-points').filters).toEqual({ community: true, services: true });
    expect(listedPlaceType('workstations').filters).toEqual({ community: false, services: false });
  });
});
