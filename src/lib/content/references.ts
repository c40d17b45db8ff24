import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { CollectionName } from '../../schemas/index.ts';
import type { RawEntry } from './load.ts';
import type { ContentProblem } from './messages.ts';

/** An entry after its schema accepted it. */
export interface ValidEntry {
  collection: CollectionName;
  id: string;
  file: string;
  data: Record<string, any>;
  body: string;
  source: string;
}

/**
 * What the schemas cannot see on their own: references between entries (places, sources), ids shared
 * by two places, towns and communities that the region does not list, and images missing from public/.
 */
export function checkReferences(entries: ValidEntry[], rawPlaces: RawEntry[], raw: RawEntry[], root: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const validRegions = new Map(entries.filter((e) => e.collection === 'regions').map((e) => [e.id, e]));
  const regionIds = raw.filter((e) => e.collection === 'regions').map((e) => e.id);
  const places = new Map<string, RawEntry>();

  for (const entry of rawPlaces) {
    const other = places.get(entry.id);
    if (other) {
      problems.push({ file: entry.file, field: '文件名', message: `标识“${entry.id}”已被 ${other.file} 使用。地点（基地、工作站、服务点）的文件名必须互不相同，请改用另一个文件名` });
    } else {
      places.set(entry.id, entry);
    }
  }

  const requireRegion = (entry: ValidEntry) => {
    if (!regionIds.includes(entry.data.region)) {
      problems.push({ file: entry.file, field: 'region', message: `市县“${entry.data.region}”不存在。可用的值：${regionIds.join('、')}` });
    }
    return validRegions.get(entry.data.region);
  };
  const placeHint = () => `可引用的地点见 content/sites、content/workstations、content/service-points 中的文件名`;
  const sourceIds = raw.filter((e) => e.collection === 'sources').map((e) => e.id);

  for (const entry of entries) {
    if (entry.collection === 'sources') continue;
    entry.data.sources.forEach((id: string, index: number) => {
      if (!sourceIds.includes(id)) {
        problems.push({ file: entry.file, field: `sources[${index}]`, message: `来源“${id}”不存在。可用的值：${sourceIds.join('、') || '（content/sources 中还没有来源）'}。新的来源请先在 content/sources 中建一个文件` });
      }
    });
    if (entry.collection === 'regions') continue;
    const region = requireRegion(entry);

    if (entry.collection === 'cases') {
      entry.data.places.forEach((id: string, index: number) => {
        if (!places.has(id)) problems.push({ file: entry.file, field: `places[${index}]`, message: `地点“${id}”不存在。${placeHint()}` });
      });
    }

    if (entry.collection === 'routes') {
      entry.data.stops.forEach((stop: { place: string }, index: number) => {
        if (!places.has(stop.place)) {
          problems.push({ file: entry.file, field: `stops[${index}].place`, message: `地点“${stop.place}”不存在。${placeHint()}` });
        } else if (!places.get(stop.place)!.data.location) {
          problems.push({ file: entry.file, field: `stops[${index}].place`, message: `地点“${stop.place}”没有位置（location），无法计算路程。请先为该地点补充位置` });
        }
        if (index > 0 && entry.data.stops[index - 1].place === stop.place) {
          problems.push({ file: entry.file, field: `stops[${index}].place`, message: `与上一站相同（${stop.place}）。同一地点不能连续出现两次，请删去一站或合并停留时间` });
        }
      });
    }

    if (entry.collection === 'service-points' && region) {
      const towns: Array<{ id: string; communities: Array<{ id: string }> }> = region.data.towns;
      const town = towns.find((t) => t.id === entry.data.town);
      if (!town) {
        problems.push({ file: entry.file, field: 'town', message: `镇“${entry.data.town}”不在 ${region.file} 的 towns 中。可用的值：${towns.map((t) => t.id).join('、') || '（该市县尚未列出镇）'}` });
      } else if (entry.data.community && !town.communities.some((c) => c.id === entry.data.community)) {
        problems.push({ file: entry.file, field: 'community', message: `社区“${entry.data.community}”不在 ${region.file} 中 ${town.id} 的 communities 里。可用的值：${town.communities.map((c) => c.id).join('、') || '（尚未列出社区）'}` });
      }
    } else if (entry.data.town && region && !region.data.towns.some((t: { id: string }) => t.id === entry.data.town)) {
      problems.push({ file: entry.file, field: 'town', message: `镇“${entry.data.town}”不在 ${region.file} 的 towns 中。可用的值：${region.data.towns.map((t: { id: string }) => t.id).join('、')}` });
    }

    if (entry.data.cover && !existsSync(join(root, 'public', entry.data.cover.src))) {
      problems.push({ file: entry.file, field: 'cover.src', message: `图片 public${entry.data.cover.src} 不存在。请先把图片放进 public/images/ 再引用` });
    }
  }

  for (const region of validRegions.values()) {
    const seen = new Set<string>();
    region.data.towns.forEach((town: { id: string; communities: Array<{ id: string }> }, index: number) => {
      if (seen.has(town.id)) problems.push({ file: region.file, field: `towns[${index}].id`, message: `镇标识“${town.id}”重复` });
      seen.add(town.id);
      const communities = new Set<string>();
      town.communities.forEach((community, ci) => {
        if (communities.has(community.id)) problems.push({ file: region.file, field: `towns[${index}].communities[${ci}].id`, message: `社区标识“${community.id}”重复` });
        communities.add(community.id);
      });
    });
  }
  return problems;
}
