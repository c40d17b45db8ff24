/**
 * Driving the form editor (Decap CMS at /admin/) in Chromium: the local backend (decap-server)
 * against a folder, and the form's fields by their Chinese labels, as an editor sees them.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { freePort } from './nginx.ts';
import { ROOT } from '../../../tools/paths.ts';

/** Where the generated configuration points the local backend (LOCAL_BACKEND_URL in src/lib/cms/config.ts). */
export const LOCAL_BACKEND_ORIGIN = 'http://localhost:8081';

export interface DecapServer {
  origin: string;
  stop: () => Promise<void>;
}

/** decap-server writing into `folder`, on a free port of 127.0.0.1 (never the fixed 8081 others may use). */
export async function startDecapServer(folder: string): Promise<DecapServer> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [join(ROOT, 'node_modules/decap-server/dist/index.js')], {
    // vitest sets MODE=test, which decap-server would read as its (unknown) proxy mode.
    env: { ...process.env, MODE: 'fs', PORT: String(port), BIND_HOST: '127.0.0.1', GIT_REPO_DIRECTORY: folder, LOG_LEVEL: 'error' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 15_000;
  for (;;) {
    try {
      await fetch(`${origin}/api/v1`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ action: 'info' }) });
      break;
    } catch (error) {
      if (Date.now() > deadline || child.exitCode !== null) throw new Error(`decap-server did not start: ${String(error)}\n${stderr}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    origin,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill();
        await exited;
      }
    },
  };
}

/** The page talks to the local backend at its usual address; these requests go to `server` instead. */
export async function forwardLocalBackend(context: BrowserContext, server: DecapServer): Promise<void> {
  await context.route(`${LOCAL_BACKEND_ORIGIN}/**`, async (route) => {
    const response = await route.fetch({ url: route.request().url().replace(LOCAL_BACKEND_ORIGIN, server.origin) });
    await route.fulfill({ response });
  });
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A field's input by its label; optional fields' labels end in “(可选)”. `within` narrows to a part of the form. */
export function field(scope: Page | Locator, label: string): Locator {
  return scope.getByLabel(new RegExp(`^${escape(label)}(?: \\(可选\\))?$`)).first();
}

/** What the opening-hours field says under its box (its accessible description): the reading, or what it could not read. */
export async function hoursReading(input: Locator): Promise<{ kind: string | null; text: string }> {
  const id = await input.getAttribute('aria-describedby');
  if (!id) throw new Error('the hours field describes nothing');
  const note = input.page().locator(`[id="${id}"]`);
  return { kind: await note.getAttribute('data-kind'), text: await note.innerText() };
}

/** Picks a choice in a select or relation field: types part of it and takes the matching option. */
export async function choose(page: Page, input: Locator, typed: string, option: string | RegExp = typed): Promise<void> {
  await input.click();
  await input.pressSequentially(typed);
  const match = page.locator('[id*="-option-"]').filter({ hasText: option }).first();
  await match.waitFor({ timeout: 15_000 });
  await match.click();
}

export async function login(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}/admin/`);
  await page.getByRole('button', { name: '登录' }).click({ timeout: 30_000 });
  await page.getByRole('link', { name: '党群服务点' }).first().waitFor({ timeout: 30_000 });
}

/** Opens the form for a new entry of `collection` (Decap's header names it by its label). */
export async function newEntry(page: Page, origin: string, collection: string, label: string): Promise<void> {
  await page.goto(`${origin}/admin/#/collections/${collection}/new`);
  await page.getByText(`正在集合“${label}”中编写`).waitFor();
}

/** 发布 → 立即发布; once saved, Decap moves from the new-entry form to the entry's own address. */
export async function publish(page: Page): Promise<void> {
  await page.getByRole('button', { name: '发布' }).first().click();
  await page.getByText('立即发布', { exact: true }).click();
  await page.waitForURL(/#\/collections\/[^/]+\/entries\//, { timeout: 30_000 });
}
