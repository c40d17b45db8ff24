/** What an entry's page has on record, as label and value, for the prefilled correction message. */
import type { Case, Place, Route, Source } from './entries.ts';
import { UNKNOWN } from './report.ts';
import { formatReportedDate } from '../hours/dates.ts';

type Fields = Array<readonly [string, string]>;

const yesNo = (value: boolean | undefined, yes: string, no: string) => (value === undefined ? UNKNOWN : value ? yes : no);

export const sourceLine = (source: Source) => `《${source.data.title}》（${formatReportedDate(source.data.date)}）`;

export function placeRecord(place: Place): Fields {
  const { data } = place;
  const fields: Fields = [
    ['名称', data.name],
    ['地址', data.address ?? UNKNOWN],
    ['电话', data.telephone ?? UNKNOWN],
    ['开放时间', data.hours ?? UNKNOWN],
    ['位置', data.location ? `经度 ${data.location.lng}，纬度 ${data.location.lat}（${data.location.precision === 'exact' ? '准确位置' : '大致位置'}）` : UNKNOWN],
  ];
  if (place.collection === 'sites') fields.push(['团体参观', yesNo(place.data.receivesGroups, '接待', '不接待')]);
  if (place.collection === 'workstations') fields.push(['研学参观', yesNo(place.data.receivesStudyVisits, '接待', '不接待')]);
  fields.push(['核实情况', data.confirmation.status === 'confirmed' ? '已核实' : UNKNOWN]);
  return fields;
}

export function caseRecord(entry: Case, sources: Source[]): Fields {
  return [
    ['标题', entry.data.title],
    ['来源', sources.map(sourceLine).join('；')],
  ];
}

export function routeRecord(route: Route, stopNames: string[]): Fields {
  return [
    ['线路', route.data.title],
    ['各站', stopNames.join(' → ')],
  ];
}
