/**
 * The moment this build started: every page's schedule starts from the same day. SITE_BUILD_DATE
 * (YYYY-MM-DD) pins it, for reproducible builds and for tests of dates around holidays.
 */
export const BUILD_TIME = process.env.SITE_BUILD_DATE ? new Date(`${process.env.SITE_BUILD_DATE}T00:00:00+08:00`) : new Date();
