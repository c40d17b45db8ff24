/**
 * Region-first listings of cases. The cases page, each topic's page and each region's page show a
 * region's newest NEWEST_PER_REGION cases; the rest are on the region's case pages (all its cases,
 * or all on one topic), CASES_PER_PAGE to a page. No page grows as years of cases pile up.
 */
import type { GetStaticPathsOptions } from 'astro';
import { getCases, getRegions, vocabularies, type Case } from './entries.ts';
import { groupByRegion } from './place-groups.ts';

/** SITE_CASES_PER_REGION lowers it, for tests of listings that do not show every case. */
export const NEWEST_PER_REGION = Number(process.env.SITE_CASES_PER_REGION) || 10;
/** About 6 KB of gzip per 10 cases: a page stays far under 50 KB. */
export const CASES_PER_PAGE = NEWEST_PER_REGION * 5;

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
