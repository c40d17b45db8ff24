/** The site's identity (content/site.yaml), read once per build. */
import { loadSiteIdentity } from '../../schemas/site.ts';

export const site = loadSiteIdentity();

/** The absolute address of a page on the published site. */
export const absoluteUrl = (path: string) => new URL(path, site.url).href;
