/**
 * Public API of the geo module. Browser scripts should import './distance.ts' directly:
 * schematic-map.ts reads files with node:fs and belongs to build time only.
 */
export { distanceMeters, formatDistance, sortByDistance, withinWalk, type LngLat, type WithDistance } from './distance.ts';
export { toBd09, toGcj02 } from './china-coordinates.ts';
export {
  AMAP_MAX_MARKERS,
  amapMarkerUrl,
  amapNavigationUrl,
  amapRouteUrl,
  baiduMarkerUrl,
  osmUrl,
  type AmapMode,
  type NamedPoint,
} from './directions.ts';
export { renderSchematicMap, type SchematicMapOptions, type SchematicMarker } from './schematic-map.ts';
