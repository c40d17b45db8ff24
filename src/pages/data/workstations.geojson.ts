import { getWorkstations } from '../../lib/site/entries.ts';
import { jsonResponse, placesGeoJson } from '../../lib/site/open-data.ts';

export const GET = async () => jsonResponse(placesGeoJson(await getWorkstations()), 'application/geo+json');
