import { openingHoursSpecification, specialOpeningHoursSpecification } from '../hours/json-ld.ts';
import type { Place, Source } from './entries.ts';
import { scheduleFor } from './schedules.ts';
import { paths } from './urls.ts';
import { absoluteUrl } from './identity.ts';
import { sourceJsonLd } from './source-json-ld.ts';

const SCHEMA_TYPES: Record<Place['collection'], string[]> = {
  sites: ['LandmarksOrHistoricalBuildings', 'TouristAttraction'],
  workstations: ['GovernmentOffice'],
  'service-points': ['GovernmentOffice', 'CivicStructure'],
};

/**
 * schema.org for a place: only the facts the entry has, so unconfirmed details are never asserted.
 * The sources it rests on are works about it (`subjectOf`): a Place has no `citation`.
 */
export function placeJsonLd(place: Place, sources: Source[]) {
  const { data } = place;
  const schedule = scheduleFor(data.hours);
  return {
    '@context': 'https://schema.org',
    '@type': SCHEMA_TYPES[place.collection],
    name: data.name,
    description: data.summary,
    url: absoluteUrl(paths.entry(place.collection, place.id)),
    ...(data.address && { address: { '@type': 'PostalAddress', streetAddress: data.address, addressRegion: '海南省', addressCountry: 'CN' } }),
    ...(data.telephone && { telephone: data.telephone }),
    ...(data.location && { geo: { '@type': 'GeoCoordinates', longitude: data.location.lng, latitude: data.location.lat } }),
    ...(schedule && {
      openingHoursSpecification: openingHoursSpecification(schedule),
      specialOpeningHoursSpecification: specialOpeningHoursSpecification(schedule),
    }),
    subjectOf: sources.map(sourceJsonLd),
  };
}
