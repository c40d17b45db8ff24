import './error-map.ts';
import { caseSchema } from './cases.ts';
import { regionSchema } from './regions.ts';
import { routeSchema } from './routes.ts';
import { servicePointSchema } from './service-points.ts';
import { siteSchema } from './sites.ts';
import { sourceSchema } from './sources.ts';
import type { Vocabularies } from './vocabularies.ts';
import { workstationSchema } from './workstations.ts';

/** Collection name → its folder under content/ and its schema. The single source of truth. */
export function buildSchemas(vocabularies: Vocabularies) {
  return {
    regions: regionSchema,
    cases: caseSchema(vocabularies),
    sites: siteSchema(vocabularies),
    routes: routeSchema(vocabularies),
    workstations: workstationSchema(vocabularies),
    'service-points': servicePointSchema(vocabularies),
    sources: sourceSchema,
  };
}

type Schemas = ReturnType<typeof buildSchemas>;
export type CollectionName = keyof Schemas;
export const COLLECTIONS = ['regions', 'cases', 'sites', 'routes', 'workstations', 'service-points', 'sources'] as const satisfies readonly CollectionName[];
export const PLACE_COLLECTIONS = ['sites', 'workstations', 'service-points'] as const satisfies readonly CollectionName[];
export type PlaceCollection = (typeof PLACE_COLLECTIONS)[number];

export const COLLECTION_LABELS: Record<CollectionName, string> = {
  regions: '市县',
  cases: '党建案例',
  sites: '红色教育基地',
  routes: '红色教育线路',
  workstations: '人才工作站',
  'service-points': '党群服务点',
  sources: '来源',
};
