/**
 * Related reading: entries that share topics count most, then shared places, then the same region.
 * Pure so it can be unit-tested; ties go to the newer entry.
 */
export interface Relatable {
  id: string;
  data: { region: string; topics?: string[]; places?: string[]; date?: Date };
}

export function relatedness(a: Relatable, b: Relatable): number {
  const shared = (x: string[] = [], y: string[] = []) => x.filter((item) => y.includes(item)).length;
  return shared(a.data.topics, b.data.topics) * 3 + shared(a.data.places, b.data.places) * 2 + (a.data.region === b.data.region ? 1 : 0);
}

export function relatedCases<T extends Relatable>(entry: T, all: T[], limit: number): T[] {
  return all
    .filter((other) => other.id !== entry.id)
    .map((other) => ({ other, score: relatedness(entry, other) }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || (b.other.data.date?.getTime() ?? 0) - (a.other.data.date?.getTime() ?? 0))
    .slice(0, limit)
    .map(({ other }) => other);
}
