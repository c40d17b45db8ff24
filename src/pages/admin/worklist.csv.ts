import { worklistCsv } from '../../lib/content/worklist.ts';
import { getWorklist } from '../../lib/site/worklist.ts';

export const GET = async () => {
  const { items, calendarYears } = await getWorklist();
  return new Response(worklistCsv(items, calendarYears), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
