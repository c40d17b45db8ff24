import { getServicePoints } from '../../lib/site/entries.ts';
import { jsonResponse, placesJson } from '../../lib/site/open-data.ts';

export const GET = async () => jsonResponse(placesJson(await getServicePoints()), 'application/json');
