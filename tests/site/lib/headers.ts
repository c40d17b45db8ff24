/**
 * Security-header gate: what every response of the production server must carry. Returns problems
 * as text (empty = passes), so the same checks run on real nginx responses and on bad examples.
 */
import { isHashedAsset } from '../../../tools/caching.ts';
import { parseCsp } from './csp.ts';

type HeaderSource = Headers | Record<string, string>;
const read = (headers: HeaderSource, name: string) =>
  headers instanceof Headers ? headers.get(name) : (Object.entries(headers).find(([k]) => k.toLowerCase() === name)?.[1] ?? null);

/** What a policy may allow beyond the public pages' one, by directive; and whether the page searches. */
export interface CspAllowance {
  extra?: Record<string, string[]>;
  pagefind?: boolean;
}

/**
 * The form editor's allowance (deploy/nginx.conf, location /admin/), measured in Chromium: Decap CMS
 * compiles JSON schemas with new Function, writes its styles as <style> elements and previews an
 * image chosen for upload from a blob: URL. It does not search.
 */
export const ADMIN_CSP: CspAllowance = { extra: { 'script-src': ["'unsafe-eval'"], 'style-src': ["'unsafe-inline'"], 'img-src': ['blob:'] }, pagefind: false };

export function checkSecurityHeaders(headers: HeaderSource, { extra = {}, pagefind = true }: CspAllowance = {}): string[] {
  const problems: string[] = [];
  const header = read(headers, 'content-security-policy');
  if (!header) problems.push('no Content-Security-Policy');
  const csp = parseCsp(header ?? '');
  const script = csp['script-src'] ?? csp['default-src'] ?? [];
  if (!script.includes("'self'")) problems.push("CSP script-src lacks 'self'");
  if (pagefind && !script.includes("'wasm-unsafe-eval'")) problems.push("CSP script-src lacks 'wasm-unsafe-eval' (Pagefind needs it)");
  for (const [directive, values] of Object.entries(csp)) {
    for (const bad of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", '*', 'data:', 'blob:', 'http:', 'https:'])
      if (values.includes(bad) && !(directive === 'img-src' && bad === 'data:') && !extra[directive]?.includes(bad)) problems.push(`CSP ${directive} allows ${bad}`);
    const foreign = values.filter((v) => /^(https?:)?\/\/|^[\w-]+\.[\w.-]+/.test(v));
    if (foreign.length > 0) problems.push(`CSP ${directive} allows other origins: ${foreign.join(' ')}`);
  }
  if ((csp['default-src'] ?? []).join(' ') !== "'self'") problems.push("CSP default-src is not 'self'");
  if ((csp['object-src'] ?? []).join(' ') !== "'none'") problems.push("CSP object-src is not 'none'");
  if (!csp['base-uri']) problems.push('CSP has no base-uri');
  if ((csp['frame-ancestors'] ?? []).join(' ') !== "'none'") problems.push("CSP frame-ancestors is not 'none'");
  if (read(headers, 'x-content-type-options') !== 'nosniff') problems.push('X-Content-Type-Options is not nosniff');
  const referrer = read(headers, 'referrer-policy');
  if (!referrer || !['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin'].includes(referrer))
    problems.push(`Referrer-Policy "${referrer ?? ''}" leaks more than the origin`);
  const permissions = (read(headers, 'permissions-policy') ?? '').split(',').map((p) => p.trim());
  if (!permissions.includes('geolocation=(self)')) problems.push('Permissions-Policy lacks geolocation=(self)');
  for (const feature of ['camera', 'microphone']) if (!permissions.includes(`${feature}=()`)) problems.push(`Permissions-Policy does not turn off ${feature}`);
  return problems;
}

export function checkCaching(path: string, headers: HeaderSource): string[] {
  const value = read(headers, 'cache-control') ?? '';
  if (isHashedAsset(path)) {
    return /\bimmutable\b/.test(value) && /max-age=31536000/.test(value) ? [] : [`${path}: hashed asset without long immutable caching ("${value}")`];
  }
  if (/\bimmutable\b|max-age=[1-9]/.test(value)) return [`${path}: not hashed but cached ("${value}"): a new build would not be seen`];
  return value === 'no-cache' ? [] : [`${path}: expected Cache-Control no-cache, got "${value}"`];
}
