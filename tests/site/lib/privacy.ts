/**
 * Privacy gate, static half: resources a page would load by itself from another origin (scripts,
 * stylesheets, fonts, images, map tiles, frames, preconnects). Links a reader clicks (<a href>) are
 * not loads and are only listed by the links gate. The browser half — every request a loaded page
 * actually makes — is the request guard in browser.ts (newGuardedContext).
 */
import { parseHtml } from '../../../tools/dom.ts';
import { cssUrls, LOADING_URL_ATTRIBUTES, SRCSET_ELEMENTS, srcsetUrls } from './page-urls.ts';

const LOADING_LINK_RELS = new Set(['stylesheet', 'icon', 'apple-touch-icon', 'manifest', 'preload', 'modulepreload', 'prefetch', 'preconnect', 'dns-prefetch', 'prerender']);

interface ThirdPartyLoad {
  where: string;
  url: string;
}

function foreign(ref: string, pageUrl: string, siteOrigin: string): string | undefined {
  try {
    const url = new URL(ref.trim(), `http://site.invalid${pageUrl}`);
    if (url.protocol === 'data:' || url.protocol === 'blob:') return undefined;
    return url.origin === 'http://site.invalid' || url.origin === siteOrigin ? undefined : url.href;
  } catch {
    return undefined;
  }
}

export function findThirdPartyLoads(source: string, pageUrl: string, siteOrigin: string): ThirdPartyLoad[] {
  const { elements, attr, text } = parseHtml(source);
  const loads: ThirdPartyLoad[] = [];
  const check = (where: string, ref: string | undefined) => {
    if (!ref) return;
    const url = foreign(ref, pageUrl, siteOrigin);
    if (url) loads.push({ where, url });
  };
  for (const el of elements) {
    for (const name of LOADING_URL_ATTRIBUTES[el.tagName] ?? []) {
      check(`${el.tagName}[${name}]`, attr(el, name) ?? (name === 'href' ? el.attrs.find((a) => a.prefix === 'xlink' && a.name === 'href')?.value : undefined));
    }
    if (SRCSET_ELEMENTS.has(el.tagName)) for (const url of srcsetUrls(attr(el, 'srcset') ?? '')) check(`${el.tagName}[srcset]`, url);
    if (el.tagName === 'link') {
      const rels = (attr(el, 'rel') ?? '').toLowerCase().split(/\s+/);
      if (rels.some((r) => LOADING_LINK_RELS.has(r))) check(`link[rel=${rels.join(' ')}]`, attr(el, 'href'));
    }
    if (el.tagName === 'style') for (const load of findThirdPartyCss(text(el), pageUrl, siteOrigin)) loads.push({ ...load, where: `<style> ${load.where}` });
    const style = attr(el, 'style');
    if (style) for (const load of findThirdPartyCss(style, pageUrl, siteOrigin)) loads.push({ ...load, where: `${el.tagName}[style] ${load.where}` });
  }
  return loads;
}

/** url() and @import in CSS (web fonts, background images) that point at another origin. */
export function findThirdPartyCss(css: string, fileUrl: string, siteOrigin: string): ThirdPartyLoad[] {
  const loads: ThirdPartyLoad[] = [];
  for (const { url: ref, at } of cssUrls(css)) {
    const url = foreign(ref, fileUrl, siteOrigin);
    if (url) loads.push({ where: `css ${at}`, url });
  }
  return loads;
}
