import { openingHoursSpecification, specialOpeningHoursSpecification } from '../hours/json-ld.ts';
import type { Place } from './entries.ts';
import { placeType } from './place-types.ts';
import { scheduleFor } from './schedules.ts';
import { paths } from './urls.ts';
import { site } from '../../site.config.ts';

/** schema.org for a place: only the facts the entry has, so unconfirmed details are never asserted. */
export function placeJsonLd(place: Place) {
  const { data } = place;
  const schedule = scheduleFor(data.hours);
  return {
    '@context': 'https://schema.org',
    '@type': placeType(place.collection).schemaTypes,
    name: data.name,
    description: data.summary,
    url: new URL(paths.entry(place.collection, place.id), site.url).href,
    ...(data.address && { address: { '@type': 'PostalAddress', streetAddress: data.address, addressRegion: '海南省', addressCountry: 'CN' } }),
    ...(data.telephone && { telephone: data.telephone }),
    ...(data.location && { geo: { '@type': 'GeoCoordinates', longitude: data.location.lng, latitude: data.location.lat } }),
    ...(schedule && {
      openingHoursSpecification: openingHoursSpecification(schedule),
      specialOpeningHoursSpecification: specialOpeningHoursSpecification(schedule),
    }),
  };
}
