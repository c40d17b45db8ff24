/**
 * Build-time inline SVG "schematic map" (示意图) of places on Hainan Island.
 *
 * Why a schematic and not a map: the site loads nothing from the network (no tiles), and a
 * published map of China needs approval (审图号). So we draw only Hainan's simplified coastline
 * as context, never a national or administrative boundary, and say plainly that it is a 示意图.
 * Uses node:fs, so import it only from Astro frontmatter, never from browser scripts.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoBounds, geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export interface SchematicMarker {
  /** Stable identifier, emitted as data-id so page scripts or tests can find the marker. */
  id: string;
  label: string;
  /** WGS-84 */
  lng: number;
  lat: number;
  href: string;
  /** Shown inside the circle (e.g. the stop number of a route); without it the label is drawn beside the circle. */
  number?: number;
}

export interface SchematicMapOptions {
  markers: readonly SchematicMarker[];
  /** Pairs of indices into `markers`, drawn as dashed lines with an arrow from the first to the second. */
  legs?: ReadonlyArray<readonly [number, number]>;
  width?: number;
  height?: number;
  title: string;
}

/** Polygons wholly inside this box are Hainan and its islets; the mainland's polygon reaches beyond it and is left out. */
const HAINAN_BOX = { west: 108.4, east: 111.4, south: 17.9, north: 20.4 };
/** Markers closer together than this are shown with at least this much of the island around them. */
const MIN_SPAN_DEGREES = 0.3;
/** Room between the outermost markers and the edge, for circles and labels. */
const PADDING = 32;
const NUMBERED_RADIUS = 11;
const PLAIN_RADIUS = 6;
/** Gap between a leg's end and the marker circle, so lines do not run under the circles. */
const LEG_GAP = 3;
/** The locator inset (whole island) takes this share of the map's width. */
const INSET_WIDTH_RATIO = 0.25;
const INSET_MARGIN = 8;

// A missing coordinate becomes NaN, which fails every comparison: the point counts as outside.
const inHainanBox = ([lng = NaN, lat = NaN]: Position) =>
  lng >= HAINAN_BOX.west && lng <= HAINAN_BOX.east && lat >= HAINAN_BOX.south && lat <= HAINAN_BOX.north;

let hainanLand: Feature<MultiPolygon> | undefined;

/** Hainan's land polygons from Natural Earth 1:50m (via world-atlas), read once per build. */
function loadHainanLand(): Feature<MultiPolygon> {
  if (hainanLand) return hainanLand;
  const require = createRequire(import.meta.url);
  const path = require.resolve('world-atlas/countries-50m.json');
  const topology = JSON.parse(readFileSync(path, 'utf8')) as Topology<{ countries: GeometryCollection }>;
  const polygons: Position[][][] = [];
  for (const country of feature(topology, topology.objects.countries).features) {
    const geometry = country.geometry;
    const candidates: Polygon['coordinates'][] =
      geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
    for (const polygon of candidates) {
      if (polygon[0]?.every(inHainanBox)) polygons.push(polygon);
    }
  }
  if (polygons.length === 0) throw new Error(`schematic-map: no land polygon of Hainan found in ${path}`);
  hainanLand = { type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: polygons } };
  return hainanLand;
}

const escapeXml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c);

/** One decimal of a pixel is invisible and keeps the markup small. */
const r1 = (value: number) => String(Math.round(value * 10) / 10);

const markerName = (m: SchematicMarker) => (m.number === undefined ? m.label : `${m.number}. ${m.label}`);

interface PlacedMarker {
  marker: SchematicMarker;
  x: number;
  y: number;
  radius: number;
}

/** The markers' bounding box, widened to MIN_SPAN_DEGREES, as two corners for fitExtent. */
function markersExtent(markers: readonly SchematicMarker[]) {
  const lngs = markers.map((m) => m.lng);
  const lats = markers.map((m) => m.lat);
  const span = (values: number[]): [number, number] => {
    const min = Math.min(...values);
    const max = Math.max(...values);
    const half = Math.max(max - min, MIN_SPAN_DEGREES) / 2;
    const mid = (min + max) / 2;
    return [mid - half, mid + half];
  };
  const [west, east] = span(lngs);
  const [south, north] = span(lats);
  return { type: 'MultiPoint' as const, coordinates: [[west, south], [east, north]] };
}

function renderLeg(a: PlacedMarker, b: PlacedMarker): string {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length = Math.hypot(dx, dy);
  const gapA = a.radius + LEG_GAP;
  const gapB = b.radius + LEG_GAP;
  // Markers that touch or overlap leave no room for a visible line.
  if (length <= gapA + gapB) return '';
  const ux = dx / length;
  const uy = dy / length;
  const midX = (a.x + b.x) / 2;
  const midY = (a.y + b.y) / 2;
  const point = (x: number, y: number) => `${r1(x)},${r1(y)}`;
  // Arrowhead at the midpoint (no <marker>: that needs an id, which would clash when a page has two maps).
  const tip = point(midX + ux * 5, midY + uy * 5);
  const left = point(midX - ux * 5 - uy * 4, midY - uy * 5 + ux * 4);
  const right = point(midX - ux * 5 + uy * 4, midY - uy * 5 - ux * 4);
  return (
    `<polyline class="map-leg" points="${point(a.x + ux * gapA, a.y + uy * gapA)} ${point(b.x - ux * gapB, b.y - uy * gapB)}"` +
    ` stroke-dasharray="6 4"/><path class="map-leg-arrow" d="M${tip}L${left}L${right}Z"/>`
  );
}

function renderMarker({ marker, x, y, radius }: PlacedMarker, width: number): string {
  const circle = `<circle class="map-marker" cx="${r1(x)}" cy="${r1(y)}" r="${radius}"/>`;
  let text: string;
  if (marker.number === undefined) {
    // The label goes on the side with more room; its stroke, painted under the fill, is a halo
    // that keeps it legible over land and lines.
    const onRight = x < width * 0.6;
    const labelX = onRight ? x + radius + 4 : x - radius - 4;
    text =
      `<text class="map-label" x="${r1(labelX)}" y="${r1(y)}" dy="0.35em"${onRight ? '' : ' text-anchor="end"'}` +
      ` font-size="13" paint-order="stroke">${escapeXml(marker.label)}</text>`;
  } else {
    text = `<text class="map-marker-number" x="${r1(x)}" y="${r1(y)}" dy="0.35em" text-anchor="middle" font-size="12">${marker.number}</text>`;
  }
  // The <title> names the link for assistive technology and shows as a tooltip on hover.
  return (
    `<a href="${escapeXml(marker.href)}" data-id="${escapeXml(marker.id)}">` +
    `<title>${escapeXml(markerName(marker))}</title>${circle}${text}</a>`
  );
}

/** Mercator maps every lng/lat to a pixel and back; a null from d3 would mean a bug, so fail loudly. */
function project(projection: GeoProjection, lngLat: [number, number]): [number, number] {
  const point = projection(lngLat);
  if (!point) throw new RangeError(`schematic-map: cannot project ${lngLat.join(', ')}`);
  return point;
}

function unproject(projection: GeoProjection, point: [number, number]): [number, number] {
  const lngLat = projection.invert?.(point);
  if (!lngLat) throw new RangeError(`schematic-map: cannot unproject ${point.join(', ')}`);
  return lngLat;
}

interface ViewExtent {
  west: number;
  east: number;
  south: number;
  north: number;
}

interface Corner {
  name: string;
  x: number;
  y: number;
}

/**
 * When the main view shows only part of the island, a small whole-island map in a corner
 * (with a frame marking the main view) says where on Hainan the places are.
 * The corner is the first, in a fixed order, that covers the fewest markers.
 */
function renderInset(land: Feature<MultiPolygon>, view: ViewExtent, placed: PlacedMarker[], width: number, height: number) {
  const w = Math.round(width * INSET_WIDTH_RATIO);
  const h = Math.round(w * 0.8);
  const right = width - w - INSET_MARGIN;
  const bottom = height - h - INSET_MARGIN;
  const corners: Corner[] = [
    { name: '右下角', x: right, y: bottom },
    { name: '左下角', x: INSET_MARGIN, y: bottom },
    { name: '右上角', x: right, y: INSET_MARGIN },
    { name: '左上角', x: INSET_MARGIN, y: INSET_MARGIN },
  ];
  // Leave room for a marker's circle and the start of its label.
  const covered = ({ x, y }: Corner) =>
    placed.filter((p) => p.x > x - p.radius - 16 && p.x < x + w + p.radius + 16 && p.y > y - p.radius - 8 && p.y < y + h + p.radius + 8).length;
  const corner = corners.reduce((best, c) => (covered(c) < covered(best) ? c : best));
  const { x, y } = corner;

  const inset = geoMercator().fitExtent(
    [
      [x + 4, y + 4],
      [x + w - 4, y + h - 4],
    ],
    land,
  );
  // The main view's extent drawn in the inset, clamped to its frame.
  const clampX = (v: number) => Math.min(Math.max(v, x), x + w);
  const clampY = (v: number) => Math.min(Math.max(v, y), y + h);
  const [x0, y0] = project(inset, [view.west, view.north]);
  const [x1, y1] = project(inset, [view.east, view.south]);
  const viewX = clampX(x0);
  const viewY = clampY(y0);
  // At least 3 px, so a small area still shows as a visible box.
  const viewW = Math.max(clampX(x1) - viewX, 3);
  const viewH = Math.max(clampY(y1) - viewY, 3);
  const svg =
    `<g class="map-inset"><rect class="map-inset-frame" x="${x}" y="${y}" width="${w}" height="${h}"/>` +
    `<path class="map-land" d="${geoPath(inset).digits(1)(land) ?? ''}"/>` +
    `<rect class="map-inset-view" x="${r1(viewX)}" y="${r1(viewY)}" width="${r1(viewW)}" height="${r1(viewH)}"/></g>`;
  return { svg, corner: corner.name };
}

/**
 * Accessible, deterministic inline SVG. Colours come from the site's stylesheet through the
 * classes map-sea, map-land, map-leg, map-leg-arrow, map-marker, map-marker-number and map-label
 * (the CSP forbids inline styles, and the stylesheet owns contrast).
 */
export function renderSchematicMap({ markers, legs = [], width = 640, height = 420, title }: SchematicMapOptions): string {
  const land = loadHainanLand();
  const projection = geoMercator()
    .fitExtent(
      [
        [PADDING, PADDING],
        [width - PADDING, height - PADDING],
      ],
      markers.length > 0 ? markersExtent(markers) : land,
    )
    .clipExtent([
      [0, 0],
      [width, height],
    ]);

  const placed = markers.map((marker): PlacedMarker => {
    const [x, y] = project(projection, [marker.lng, marker.lat]);
    return { marker, x, y, radius: marker.number === undefined ? PLAIN_RADIUS : NUMBERED_RADIUS };
  });
  const legsSvg = legs
    .map(([from, to]) => {
      const a = placed[from];
      const b = placed[to];
      if (!a || !b) throw new RangeError(`renderSchematicMap: leg [${from}, ${to}] refers to a marker that does not exist`);
      return renderLeg(a, b);
    })
    .join('');
  const markersSvg = placed.map((p) => renderMarker(p, width)).join('');

  const landPath = geoPath(projection).digits(1)(land);
  const [west, north] = unproject(projection, [0, 0]);
  const [east, south] = unproject(projection, [width, height]);
  const view = { west, east, south, north };
  const [[islandWest, islandSouth], [islandEast, islandNorth]] = geoBounds(land);
  const showsWholeIsland = west <= islandWest && east >= islandEast && south <= islandSouth && north >= islandNorth;
  const inset = showsWholeIsland ? undefined : renderInset(land, view, placed, width, height);
  const fullTitle = title.includes('示意图') ? title : `${title}（示意图）`;
  const description = [
    '示意图，不是标准地图：海岸线经过简化，只示意各地点的大致相对位置，不表示准确的位置、距离或边界。',
    legs.length > 0 ? '虚线箭头表示先后顺序，不是实际道路。' : '',
    inset ? `${inset.corner}小图为海南岛全图，其中方框为本图范围。` : '',
    markers.length > 0 ? `图中地点：${markers.map(markerName).join('；')}。` : '',
  ].join('');

  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"` +
    // A group, not role="img": an image role would hide the marker links inside it from screen readers.
    ` role="group" aria-label="${escapeXml(fullTitle)}" class="schematic-map" font-family="inherit">` +
    `<title>${escapeXml(fullTitle)}</title><desc>${escapeXml(description)}</desc>` +
    `<rect class="map-sea" width="${width}" height="${height}"/>` +
    (landPath ? `<path class="map-land" d="${landPath}"/>` : '') +
    legsSvg +
    (inset?.svg ?? '') +
    markersSvg +
    '</svg>'
  );
}
