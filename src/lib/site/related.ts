/**
 * Related reading: an entry scores 3 for each topic it shares, 2 for each place it shares and 1 for
 * being in the same region. Pure so it can be unit-tested; ties go to the newer entry, then to the one
 * listed first.
 */
export interface Relatable {
  id: string;
  data: { region: string; topics?: string[]; places?: string[]; date?: Date };
}

const TOPIC_WEIGHT = 3;
const PLACE_WEIGHT = 2;
const REGION_WEIGHT = 1;

/**
 * The `limit` most related entries of every entry, best first, by id, computed for the whole build
 * at once. Comparing every pair on every case page made the build grow as N²; here only entries
 * sharing a topic or place are scored (through an index of who has which), and the region's newest
 * fill any places left, since the region alone scores lowest.
 */
export function relatedByEntry<T extends Relatable>(all: T[], limit: number): Map<string, T[]> {
  const time = all.map((entry) => entry.data.date?.getTime() ?? 0);
  const before = (i: number, j: number, score: Float64Array) => score[i] > score[j] || (score[i] === score[j] && (time[i] > time[j] || (time[i] === time[j] && i < j)));

  const index = new Map<string, number[]>();
  const post = (key: string, at: number) => {
    const list = index.get(key);
    if (list) list.push(at);
    else index.set(key, [at]);
  };
  all.forEach((entry, at) => {
    for (const topic of new Set(entry.data.topics)) post(`topic:${topic}`, at);
    for (const place of new Set(entry.data.places)) post(`place:${place}`, at);
    post(`region:${entry.data.region}`, at);
  });
  const newestFirst = (list: number[]) => [...list].sort((i, j) => time[j] - time[i] || i - j);
  const regionNewest = new Map([...index].filter(([key]) => key.startsWith('region:')).map(([key, list]) => [key, newestFirst(list)]));

  const score = new Float64Array(all.length);
  const related = new Map<string, T[]>();
  all.forEach((entry, self) => {
    const touched: number[] = [];
    const add = (key: string, weight: number) => {
      for (const other of index.get(key) ?? []) {
        if (other === self) continue;
        if (score[other] === 0) touched.push(other);
        score[other] += weight;
      }
    };
    for (const topic of entry.data.topics ?? []) add(`topic:${topic}`, TOPIC_WEIGHT);
    for (const place of entry.data.places ?? []) add(`place:${place}`, PLACE_WEIGHT);
    for (const other of touched) if (all[other].data.region === entry.data.region) score[other] += REGION_WEIGHT;

    const best: number[] = [];
    for (const other of touched) {
      let at = best.length;
      while (at > 0 && before(other, best[at - 1], score)) at--;
      if (at < limit) {
        best.splice(at, 0, other);
        if (best.length > limit) best.pop();
      }
    }
    for (const other of regionNewest.get(`region:${entry.data.region}`) ?? []) {
      if (best.length >= limit) break;
      if (other !== self && score[other] === 0) best.push(other);
    }
    for (const other of touched) score[other] = 0;
    related.set(entry.id, best.map((at) => all[at]));
  });
  return related;
}
