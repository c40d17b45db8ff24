/**
 * How much a listing page shows one by one before it lists regions (or towns) instead, so that no
 * page grows with the whole site. Pure constants, so tests at scale read the same figures. The
 * SITE_* variables lower them, for tests of listings too big for one page.
 */

/** Places a page lists one by one, at most: about 10 KB of gzip per 100 places, far under 50 KB. */
export const PLACES_PER_PAGE = Number(process.env.SITE_PLACES_PER_PAGE) || 150;

/**
 * Places of each type a region's page names one by one; past it, the region's towns with their
 * counts, linking to the type's listing. The region's page shows three types, cases and routes.
 */
export const PLACES_ON_REGION_PAGE = Number(process.env.SITE_PLACES_ON_REGION_PAGE) || 30;

/** Routes the routes page lists one by one (a card is a few hundred bytes of gzip); past it, regions. */
export const ROUTES_PER_PAGE = Number(process.env.SITE_ROUTES_PER_PAGE) || 100;

/** Routes a region's page shows as cards; past it, a link to the region's routes page. */
export const ROUTES_ON_REGION_PAGE = Number(process.env.SITE_ROUTES_ON_REGION_PAGE) || 10;

/** A region's newest cases on the cases page, a topic's page and the region's page. */
export const NEWEST_PER_REGION = Number(process.env.SITE_CASES_PER_REGION) || 10;

/** Cases on each of a region's case pages: about 6 KB of gzip per 10 cases. */
export const CASES_PER_PAGE = NEWEST_PER_REGION * 5;
