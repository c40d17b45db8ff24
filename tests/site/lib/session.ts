/**
 * The set-up every browser test file shares: Chromium and a static server over a built site,
 * started before the file's tests and closed after them.
 */
import { afterAll, beforeAll } from 'vitest';
import { openBrowserAndServer, type BrowserAndServer } from '../../../tools/browser.ts';
import type { StaticServerOptions } from '../../../tools/static-server.ts';

/**
 * Registers the hooks and returns the session, filled in before the first test runs. `dist` may be
 * a function, for a folder known only then (the fixture site, from inject()).
 */
export function useBrowserAndServer(dist: string | (() => string), options: StaticServerOptions = {}): BrowserAndServer {
  const session = {} as BrowserAndServer;
  beforeAll(async () => {
    Object.assign(session, await openBrowserAndServer(typeof dist === 'function' ? dist() : dist, options));
  });
  afterAll(async () => {
    await session.close?.();
  });
  return session;
}
