import type { Page } from 'playwright-core';

/** The planner and its print view fetch their places before drawing: wait until they show. */
export const plannerReady = (page: Page) => page.locator('#planner, #plan-print').first().waitFor({ state: 'visible' });
