import { getServicePoints } from '../../lib/site/entries.ts';
import { jsonResponse, placesGeoJson } from '../../lib/site/open-data.ts';

export const GET = async () => jsonResponse(placesGeoJson(await getServicePoints()), 'application/geo+json');
