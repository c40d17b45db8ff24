/**
 * Region-first listings of cases (the cases page and each topic's page): by region, the newest
 * NEWEST_PER_REGION of each, and a link to the rest (the region's page, or the topic's page for
 * that region). Keeps these pages light as years of cases pile up in every county.
 */
import { getCases, getRegions, vocabularies, type Case } from './entries.ts';
import { groupByRegion } from './place-groups.ts';

/** SITE_CASES_PER_REGION lowers it, for tests of listings that do not show every case. */
export const NEWEST_PER_REGION = Number(process.env.SITE_CASES_PER_REGION) || 10;

export const casesByRegion = async (cases: readonly Case[]) => groupByRegion(await getRegions(), cases, (entry) => entry.data.region);

export const casesOfTopic = async (topic: string) => (await getCases()).filter((entry) => entry.data.topics.includes(topic));

/** getStaticPaths of a topic's page per region: only where the topic's page cannot show all of a region's cases. */
export async function topicInRegionPaths() {
  const paths = await Promise.all(
    Object.entries(vocabularies.topics).map(async ([topic, name]) =>
      (await casesByRegion(await casesOfTopic(topic)))
        .filter(({ items }) => items.length > NEWEST_PER_REGION)
        .map(({ region, items }) => ({ params: { id: topic, region: region.id }, props: { topic, name, region, cases: items } })),
    ),
  );
  return paths.flat();
}
