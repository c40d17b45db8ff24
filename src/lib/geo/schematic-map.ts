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
  /** Show the whole island even when the markers would allow a closer view (home and hub pages). */
  wholeIsland?: boolean;
}

/** Polygons wholly inside this box are Hainan and its islets; the mainland's polygon reaches beyond it and is left out. */
const HAINAN_BOX = { west: 108.4, east: 111.4, south: 17.9, north: 20.4 };
/** Markers closer together than this are shown with at least this much of the island around them. */
const MIN_SPAN_DEGREES = 0.3;
/** Room between the outermost markers and the edge, for circles and labels. */
const PADDING = 32;
/**
 * The map is drawn 400 units wide and scaled to its box: on a 360 px phone (about 310 px of map in
 * elder mode) a 16-unit label renders at 12 px or more. The box is capped in CSS (SchematicMap.astro)
 * so labels do not grow huge on a desktop.
 */
const DEFAULT_WIDTH = 400;
const DEFAULT_HEIGHT = 300;
const LABEL_SIZE = 16;
const NUMBER_SIZE = 16;
const NUMBERED_RADIUS = 14;
const PLAIN_RADIUS = 8;
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

export const markerName = (m: SchematicMarker) => (m.number === undefined ? m.label : `${m.number}. ${m.label}`);

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

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Where a label's text starts and how it is anchored. */
interface LabelSpot {
  x: number;
  y: number;
  anchor: 'start' | 'end' | 'middle';
}

/** Rough width of a label: Chinese characters are square, digits and Latin letters about half. */
const labelWidth = (text: string) => [...text].reduce((w, c) => w + (c.charCodeAt(0) > 0x2e7f ? 1 : 0.6), 0) * LABEL_SIZE;

const overlap = (a: Box, b: Box) => Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0)) * Math.max(0, Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0));

/**
 * Puts each label on the first side (right, left, above, below) where it stays inside the map and
 * clear of the markers and of the labels placed before it; failing that, where it overlaps least.
 */
function placeLabels(items: Array<{ x: number; y: number; half: number; text: string }>, markers: Box[], width: number, height: number): LabelSpot[] {
  const taken = [...markers];
  return items.map(({ x, y, half, text }) => {
    const w = labelWidth(text);
    const h = LABEL_SIZE * 1.2;
    const right = (dy: number) => ({ spot: { x: x + half + 4, y: y + dy, anchor: 'start' as const }, box: { x0: x + half + 4, y0: y + dy - h / 2, x1: x + half + 4 + w, y1: y + dy + h / 2 } });
    const left = (dy: number) => ({ spot: { x: x - half - 4, y: y + dy, anchor: 'end' as const }, box: { x0: x - half - 4 - w, y0: y + dy - h / 2, x1: x - half - 4, y1: y + dy + h / 2 } });
    const middle = (dy: number) => ({ spot: { x, y: y + dy, anchor: 'middle' as const }, box: { x0: x - w / 2, y0: y + dy - h / 2, x1: x + w / 2, y1: y + dy + h / 2 } });
    const off = half + h / 2 + 2;
    const candidates = [right(0), left(0), middle(-off), middle(off), right(-h / 2), right(h / 2), left(-h / 2), left(h / 2)];
    const outside = (b: Box) => Math.max(0, -b.x0) + Math.max(0, b.x1 - width) + Math.max(0, -b.y0) + Math.max(0, b.y1 - height);
    const cost = (b: Box) => outside(b) * 1000 + taken.reduce((sum, t) => sum + overlap(b, t), 0);
    const best = candidates.reduce((a, c) => (cost(c.box) < cost(a.box) ? c : a));
    taken.push(best.box);
    return best.spot;
  });
}

const labelText = (spot: LabelSpot, text: string) =>
  `<text class="map-label" x="${r1(spot.x)}" y="${r1(spot.y)}" dy="0.35em"${spot.anchor === 'start' ? '' : ` text-anchor="${spot.anchor}"`}` +
  ` font-size="${LABEL_SIZE}" paint-order="stroke">${escapeXml(text)}</text>`;

function renderMarker({ marker, x, y, radius }: PlacedMarker, spot: LabelSpot | undefined): string {
  const circle = `<circle class="map-marker" cx="${r1(x)}" cy="${r1(y)}" r="${radius}"/>`;
  // A numbered marker shows its number; a plain one its name beside it, with a halo (its stroke,
  // painted under the fill) that keeps it legible over land and lines.
  const text = spot
    ? labelText(spot, marker.label)
    : `<text class="map-marker-number" x="${r1(x)}" y="${r1(y)}" dy="0.35em" text-anchor="middle" font-size="${NUMBER_SIZE}">${marker.number}</text>`;
  // The <title> names the link for assistive technology and shows as a tooltip on hover.
  return (
    `<a href="${escapeXml(marker.href)}" data-id="${escapeXml(marker.id)}">` +
    `<title>${escapeXml(markerName(marker))}</title>${circle}${text}</a>`
  );
}

/**
 * Places that share one point (often one approximate reference point for a whole town) get one
 * marker: the stop numbers of a route ("1、2"), or how many places it stands for ("6 处"). Their
 * names go in a list beside the map (SchematicMap.astro), where they stay legible at any size.
 */
const groupBadge = (group: PlacedMarker[]) => {
  const numbers = group.map((p) => p.marker.number).filter((n): n is number => n !== undefined);
  return numbers.length === group.length ? numbers.join('、') : String(group.length);
};
const groupHalfWidth = (badge: string) => Math.max(NUMBERED_RADIUS, (badge.length * NUMBER_SIZE * 0.6 + 10) / 2);

function renderGroup(group: PlacedMarker[], spot: LabelSpot | undefined): string {
  const { x, y } = group[0]!;
  const names = group.map((p) => markerName(p.marker));
  const badge = groupBadge(group);
  const halfWidth = groupHalfWidth(badge);
  return (
    `<g class="map-group"><title>${escapeXml(`同一位置的 ${group.length} 个地点：${names.join('；')}`)}</title>` +
    `<rect class="map-marker" x="${r1(x - halfWidth)}" y="${r1(y - NUMBERED_RADIUS)}" width="${r1(halfWidth * 2)}" height="${NUMBERED_RADIUS * 2}" rx="${NUMBERED_RADIUS}"/>` +
    `<text class="map-marker-number" x="${r1(x)}" y="${r1(y)}" dy="0.35em" text-anchor="middle" font-size="${NUMBER_SIZE}">${badge}</text>` +
    `${spot ? labelText(spot, `${group.length} 处`) : ''}</g>`
  );
}

const pointKey = (m: SchematicMarker) => `${m.lng.toFixed(4)},${m.lat.toFixed(4)}`;

/** Markers grouped by position (equal to four decimals, about 10 m), in the order of their first marker. */
export function groupMarkers<T extends SchematicMarker>(markers: readonly T[]): T[][] {
  const groups = new Map<string, T[]>();
  for (const m of markers) {
    const group = groups.get(pointKey(m));
    if (group) group.push(m);
    else groups.set(pointKey(m), [m]);
  }
  return [...groups.values()];
}

/**
 * The coastline drawn by a projection. Many maps share one view (every place at the same
 * approximate point, every inset in the same corner): each view's path, about 1 ms of d3, is drawn once.
 */
const landPaths = new Map<string, string | null>();
function landPath(projection: GeoProjection, land: Feature<MultiPolygon>): string | null {
  const [tx, ty] = projection.translate();
  const key = `${projection.scale()},${tx},${ty},${JSON.stringify(projection.clipExtent())}`;
  if (!landPaths.has(key)) landPaths.set(key, geoPath(projection).digits(1)(land));
  return landPaths.get(key)!;
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
    `<path class="map-land" d="${landPath(inset, land) ?? ''}"/>` +
    `<rect class="map-inset-view" x="${r1(viewX)}" y="${r1(viewY)}" width="${r1(viewW)}" height="${r1(viewH)}"/></g>`;
  return { svg, corner: corner.name };
}

/**
 * Accessible, deterministic inline SVG. Colours come from the site's stylesheet through the
 * classes map-sea, map-land, map-leg, map-leg-arrow, map-marker, map-marker-number and map-label
 * (the CSP forbids inline styles, and the stylesheet owns contrast).
 */
export function renderSchematicMap({ markers, legs = [], width = DEFAULT_WIDTH, height = DEFAULT_HEIGHT, title, wholeIsland = false }: SchematicMapOptions): string {
  const land = loadHainanLand();
  const projection = geoMercator()
    .fitExtent(
      [
        [PADDING, PADDING],
        [width - PADDING, height - PADDING],
      ],
      markers.length > 0 && !wholeIsland ? markersExtent(markers) : land,
    )
    .clipExtent([
      [0, 0],
      [width, height],
    ]);

  const placed = markers.map((marker): PlacedMarker => {
    const [x, y] = project(projection, [marker.lng, marker.lat]);
    return { marker, x, y, radius: marker.number === undefined ? PLAIN_RADIUS : NUMBERED_RADIUS };
  });
  const placedById = new Map(placed.map((p) => [p.marker, p]));
  const groups = groupMarkers(markers).map((group) => group.map((m) => placedById.get(m)!));
  for (const group of groups) if (group.length > 1) for (const p of group) p.radius = NUMBERED_RADIUS;
  const legsSvg = legs
    .map(([from, to]) => {
      const a = placed[from];
      const b = placed[to];
      if (!a || !b) throw new RangeError(`renderSchematicMap: leg [${from}, ${to}] refers to a marker that does not exist`);
      return renderLeg(a, b);
    })
    .join('');
  // Labels: a plain marker's name, a group of unnumbered places' count; numbered markers carry their number.
  const half = (group: PlacedMarker[]) => (group.length === 1 ? group[0]!.radius : groupHalfWidth(groupBadge(group)));
  // Groups first: their count is the label most likely to be crowded out.
  const labelled = groups.filter((group) => group.every((p) => p.marker.number === undefined)).sort((a, b) => b.length - a.length);
  const spots = placeLabels(
    labelled.map((group) => ({ x: group[0]!.x, y: group[0]!.y, half: half(group), text: group.length === 1 ? group[0]!.marker.label : `${group.length} 处` })),
    groups.map((group) => ({ x0: group[0]!.x - half(group), y0: group[0]!.y - NUMBERED_RADIUS, x1: group[0]!.x + half(group), y1: group[0]!.y + NUMBERED_RADIUS })),
    width,
    height,
  );
  const spotOf = new Map(labelled.map((group, i) => [group, spots[i]]));
  const markersSvg = groups.map((group) => (group.length === 1 ? renderMarker(group[0]!, spotOf.get(group)) : renderGroup(group, spotOf.get(group)))).join('');

  const coast = landPath(projection, land);
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
    groups.some((g) => g.length > 1) ? '几个地点共用一个位置时只画一个标记，标记上是各站序号或地点个数，名称列在图下。' : '',
  ].join('');

  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"` +
    // A group, not role="img": an image role would hide the marker links inside it from screen readers.
    ` role="group" aria-label="${escapeXml(fullTitle)}" class="schematic-map" font-family="inherit">` +
    `<title>${escapeXml(fullTitle)}</title><desc>${escapeXml(description)}</desc>` +
    `<rect class="map-sea" width="${width}" height="${height}"/>` +
    (coast ? `<path class="map-land" d="${coast}"/>` : '') +
    legsSvg +
    (inset?.svg ?? '') +
    markersSvg +
    '</svg>'
  );
}
