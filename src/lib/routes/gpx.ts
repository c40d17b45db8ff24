/**
 * GPX 1.1 (https://www.topografix.com/GPX/1/1/) of a route: every stop as a waypoint, and the
 * stops in order as one <rte>. Written through the W3C DOM, which escapes names and attributes:
 * the browser's own document/XMLSerializer in the planner (no library shipped), @xmldom/xmldom at
 * build time (gpx-node.ts). GPX coordinates are WGS-84, as the content stores them.
 */
const GPX_NS = 'http://www.topografix.com/GPX/1/1';
const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';

/** The part of the DOM this module uses, which both the browser and xmldom provide. */
interface XmlNodeLike {
  appendChild(node: never): unknown;
}
interface XmlElementLike extends XmlNodeLike {
  setAttribute(name: string, value: string): void;
  setAttributeNS(namespace: string, name: string, value: string): void;
}
export interface XmlDocumentLike {
  documentElement: unknown;
  createElementNS(namespace: string, name: string): XmlElementLike;
  createTextNode(text: string): XmlNodeLike;
}
export interface XmlTools {
  createDocument(namespace: string, rootName: string): XmlDocumentLike;
  serialize(document: XmlDocumentLike): string;
}

interface GpxStop {
  name: string;
  lng: number;
  lat: number;
  /** Shown by GPS apps under the name: stay, arrival time, notes. */
  description?: string;
  /** The stop's page. */
  url?: string;
}

export interface GpxRoute {
  name: string;
  description?: string;
  /** The route or plan page the file came from. */
  url?: string;
  stops: readonly GpxStop[];
}

/** 6 decimals ≈ 0.1 m, as in the map links. */
const coordinate = (value: number) => value.toFixed(6);

export function buildGpx(route: GpxRoute, xml: XmlTools): string {
  const doc = xml.createDocument(GPX_NS, 'gpx');
  const root = doc.documentElement as XmlElementLike;
  const element = (parent: XmlNodeLike, name: string, text?: string, attributes: Record<string, string> = {}) => {
    const child = doc.createElementNS(GPX_NS, name);
    for (const [key, value] of Object.entries(attributes)) child.setAttribute(key, value);
    if (text !== undefined) child.appendChild(doc.createTextNode(text) as never);
    parent.appendChild(child as never);
    return child;
  };
  const link = (parent: XmlNodeLike, href: string | undefined, text: string) => {
    if (href !== undefined) element(element(parent, 'link', undefined, { href }), 'text', text);
  };

  root.setAttribute('version', '1.1');
  root.setAttribute('creator', '海南城市基层党建');
  root.setAttributeNS(XSI_NS, 'xsi:schemaLocation', `${GPX_NS} ${GPX_NS}/gpx.xsd`);

  // GPX requires this order of children: metadata, wpt*, rte*.
  const metadata = element(root, 'metadata');
  element(metadata, 'name', route.name);
  if (route.description !== undefined) element(metadata, 'desc', route.description);
  link(metadata, route.url, route.name);

  const point = (name: 'wpt' | 'rtept', parent: XmlNodeLike, stop: GpxStop, index: number) => {
    const node = element(parent, name, undefined, { lat: coordinate(stop.lat), lon: coordinate(stop.lng) });
    element(node, 'name', `${index + 1}. ${stop.name}`);
    if (stop.description !== undefined) element(node, 'desc', stop.description);
    link(node, stop.url, stop.name);
  };
  route.stops.forEach((stop, index) => point('wpt', root, stop, index));
  const rte = element(root, 'rte');
  element(rte, 'name', route.name);
  route.stops.forEach((stop, index) => point('rtept', rte, stop, index));

  return `<?xml version="1.0" encoding="UTF-8"?>\n${xml.serialize(doc)}\n`;
}
