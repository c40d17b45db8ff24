import { openDataPaths, jsonResponse, placesGeoJson } from '../../lib/site/open-data.ts';
import type { ListedCollection } from '../../lib/site/place-types.ts';
import { listedPlaces } from '../../lib/site/place-listing.ts';

export const getStaticPaths = openDataPaths;
export const GET = async ({ params }: { params: { collection: ListedCollection } }) =>
  jsonResponse(placesGeoJson(await listedPlaces(params.collection)), 'application/geo+json');
