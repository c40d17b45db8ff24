/**
 * Region-first listings of cases. The cases page, each topic's page and each region's page show a
 * region's newest NEWEST_PER_REGION cases; the rest are on the region's case pages (all its cases,
 * or all on one topic), CASES_PER_PAGE to a page. No page grows as years of cases pile up.
 */
import type { GetStaticPathsOptions } from 'astro';
import { getCases, getRegions, vocabularies, type Case } from './entries.ts';
import { CASES_PER_PAGE, NEWEST_PER_REGION } from './listing-limits.ts';
import { groupByRegion } from './place-groups.ts';


export const casesByRegion = async (cases: readonly Case[]) => groupByRegion(await getRegions(), cases, (entry) => entry.data.region);

export const casesOfTopic = async (topic: string) => (await getCases()).filter((entry) => entry.data.topics.includes(topic));

/** getStaticPaths of a region's case pages: every region with cases. */
export async function regionCasePaths({ paginate }: GetStaticPathsOptions) {
  return (await casesByRegion(await getCases())).flatMap(({ region, items }) =>
    paginate(items, { pageSize: CASES_PER_PAGE, params: { region: region.id }, props: { region } }),
  );
}

/** getStaticPaths of a region's pages on a topic: only where the topic's page cannot show all of the region's cases. */
export async function topicInRegionPaths({ paginate }: GetStaticPathsOptions) {
  const paths = await Promise.all(
    Object.entries(vocabularies.topics).map(async ([topic, name]) =>
      (await casesByRegion(await casesOfTopic(topic)))
        .filter(({ items }) => items.length > NEWEST_PER_REGION)
        .flatMap(({ region, items }) => paginate(items, { pageSize: CASES_PER_PAGE, params: { id: topic, region: region.id }, props: { topic, name, region } })),
    ),
  );
  return paths.flat();
}
