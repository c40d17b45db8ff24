/**
 * Related reading: entries that share topics count most, then shared places, then the same region.
 * Pure so it can be unit-tested; ties go to the newer entry.
 */
export interface Relatable {
  id: string;
  data: { region: string; topics?: string[]; places?: string[]; date?: Date };
}

export function relatedness(a: Relatable, b: Relatable): number {
  // Counted without building arrays: this runs for every pair of cases.
  const shared = (x: string[] = [], y: string[] = []) => {
    let count = 0;
    for (const item of x) if (y.includes(item)) count++;
    return count;
  };
  return shared(a.data.topics, b.data.topics) * 3 + shared(a.data.places, b.data.places) * 2 + (a.data.region === b.data.region ? 1 : 0);
}

/**
 * The `limit` most related entries, best first. One pass keeping only the best few: every case page
 * calls this over all cases, so sorting the whole list each time made the build grow as N².
 */
export function relatedCases<T extends Relatable>(entry: T, all: T[], limit: number): T[] {
  const best: { other: T; score: number; time: number }[] = [];
  for (const other of all) {
    if (other.id === entry.id) continue;
    const score = relatedness(entry, other);
    if (score === 0) continue;
    const time = other.data.date?.getTime() ?? 0;
    // Earlier entries win exact ties, as a stable sort would.
    let at = best.length;
    while (at > 0 && (score > best[at - 1].score || (score === best[at - 1].score && time > best[at - 1].time))) at--;
    if (at < limit) {
      best.splice(at, 0, { other, score, time });
      if (best.length > limit) best.pop();
    }
  }
  return best.map(({ other }) => other);
}
