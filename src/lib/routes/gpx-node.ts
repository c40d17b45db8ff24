/** GPX at build time (and in tests): the DOM of @xmldom/xmldom stands in for the browser's. */
import { DOMImplementation, XMLSerializer } from '@xmldom/xmldom';
import { buildGpx, type GpxRoute, type XmlDocumentLike, type XmlTools } from './gpx.ts';

const xmldom: XmlTools = {
  createDocument: (namespace, rootName) => new DOMImplementation().createDocument(namespace, rootName, null) as unknown as XmlDocumentLike,
  serialize: (document) => new XMLSerializer().serializeToString(document as never),
};

export const buildGpxOnServer = (route: GpxRoute) => buildGpx(route, xmldom);
