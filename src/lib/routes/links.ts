/** Addresses of the route tools, in one place for pages, the planner and tests. */
import { stopsParam, type PlanStop } from './plan-url.ts';
import type { TravelMode } from './modes.ts';

export const PLANNER_PATH = '/routes/plan/';
/** The plan's A4 print view; takes the same query as the planner. */
export const PLANNER_PRINT_PATH = '/routes/plan/print/';
/** The plannable places and holidays, fetched by the planner and its print view (the pages stay the same size however many places there are). */
export const PLANNER_DATA_PATH = '/routes/plan/places.json';
export const gpxPath = (routeId: string) => `/routes/${routeId}.gpx`;
export const printPath = (routeId: string) => `/routes/${routeId}/print/`;
/** "加入我的行程": the planner appends the place to the visitor's current plan. */
export const addToPlanPath = (placeId: string) => `${PLANNER_PATH}?add=${placeId}`;

/** A ready-made route opened in the planner; with no date in the address the planner uses today. */
export const plannerPathFor = (stops: readonly PlanStop[], start: string, mode: TravelMode) =>
  `${PLANNER_PATH}?stops=${stopsParam(stops)}&start=${start}&mode=${mode}`;
