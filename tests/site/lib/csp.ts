/** Content-Security-Policy helpers: parse a header, and record violations in the browser. */
import type { BrowserContext, Page } from 'playwright-core';

/** 'default-src 'self'; img-src data:' → { 'default-src': ["'self'"], 'img-src': ['data:'] } */
export function parseCsp(header: string): Record<string, string[]> {
  const policy: Record<string, string[]> = {};
  for (const part of header.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) policy[name.toLowerCase()] = values;
  }
  return policy;
}

/** Records every securitypolicyviolation event of every page in the context, from the first script on. */
export async function watchCsp(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[] };
    w.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      w.__cspViolations.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile || ''}:${event.lineNumber})`);
    });
  });
}

export function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
}
