/** The planner's data file: the plannable places with their compiled hours, and the holidays (see planner-data.ts). */
import { getPlannerData } from '../../../lib/site/planner-source.ts';

export const GET = async () => new Response(JSON.stringify(await getPlannerData()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
