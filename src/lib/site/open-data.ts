import { isoDate } from '../hours/dates.ts';
import type { Place } from './entries.ts';
import { placeKindLabel, vocabularies } from './entries.ts';
import { LISTED_COLLECTIONS } from './place-types.ts';
import { paths } from './urls.ts';
import { site } from './identity.ts';

/** Plain properties of a place, shared by the JSON and GeoJSON exports. Only what the entry states. */
function properties(place: Place) {
  const { data } = place;
  return {
    id: place.id,
    name: data.name,
    kind: data.kind,
    kindLabel: placeKindLabel(place),
    region: data.region,
    town: data.town ?? null,
    ...('community' in data && { community: data.community ?? null }),
    ...('services' in data && { services: data.services, serviceLabels: data.services.map((s) => vocabularies.services[s]) }),
    ...('host' in data && { host: data.host, offers: data.offers }),
    summary: data.summary,
    address: data.address ?? null,
    telephone: data.telephone ?? null,
    openingHours: data.hours ?? null,
    locationPrecision: data.location?.precision ?? null,
    confirmed: data.confirmation.status === 'confirmed',
    checkedOn: data.confirmation.checkedOn ? isoDate(data.confirmation.checkedOn) : null,
    source: data.confirmation.source,
    url: new URL(paths.entry(place.collection, place.id), site.url).href,
  };
}

/** RFC 7946 FeatureCollection (WGS-84 lng/lat); places without a location have a null geometry. */
export function placesGeoJson(places: Place[]) {
  return {
    type: 'FeatureCollection',
    features: places.map((place) => ({
      type: 'Feature',
      id: place.id,
      geometry: place.data.location ? { type: 'Point', coordinates: [place.data.location.lng, place.data.location.lat] } : null,
      properties: properties(place),
    })),
  };
}

export function placesJson(places: Place[]) {
  return {
    source: site.name,
    generated: new Date().toISOString(),
    note: '位置为 WGS-84 经纬度；locationPrecision 为 approximate 的是大致位置。confirmed 为 false 的条目，地址、电话、开放时间尚未核实。',
    items: places.map((place) => ({ ...properties(place), location: place.data.location ? { lng: place.data.location.lng, lat: place.data.location.lat } : null })),
  };
}

export const jsonResponse = (body: unknown, type: string) =>
  new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': `${type}; charset=utf-8` } });

/** getStaticPaths of the open-data files: one of each format per listed place type. */
export const openDataPaths = () => LISTED_COLLECTIONS.map((collection) => ({ params: { collection } }));
