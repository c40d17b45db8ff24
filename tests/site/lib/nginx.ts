/**
 * Runs the production nginx configuration (deploy/nginx.conf) with Debian's nginx on 127.0.0.1 and a
 * free high port, serving a given folder. Only the machine-specific lines are swapped: the listen
 * port, the root, and the pid/log/temp paths (into a temporary folder, so nothing under /var or /run
 * is touched and it runs as root in CI). Everything that matters — headers, caching, gzip, the 404
 * page — is the production file as written.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

interface RenderOptions {
  root: string;
  port: number;
  /** Folder for pid, logs and temp files. */
  dir: string;
}

/** The production config with the machine-specific lines swapped; throws if one is not found. */
export function renderNginxConfig(template: string, { root, port, dir }: RenderOptions): string {
  const swaps: Array<[RegExp, string]> = [
    // Workers need to read the site wherever the checkout is: as root, keep them root (CI);
    // otherwise nginx runs as the current user and the directive must go.
    [/^user\s+[^;]+;/m, typeof process.getuid === 'function' && process.getuid() === 0 ? 'user root root;' : ''],
    [/^worker_processes\s+[^;]+;/m, 'worker_processes 1;'],
    [/^pid\s+[^;]+;/m, `pid ${join(dir, 'nginx.pid')};`],
    [/^error_log\s+[^;]+;/m, `error_log ${join(dir, 'error.log')} warn;`],
    [/^(\s*)access_log\s+[^;]+;/m, `$1access_log ${join(dir, 'access.log')};`],
    [/^(\s*)listen\s+80;/m, `$1listen 127.0.0.1:${port};`],
    [/^(\s*)listen\s+\[::\]:80;\n/m, ''],
    [/^(\s*)root\s+[^;]+;/m, `$1root ${root};`],
    [
      /^http\s*\{\n/m,
      `http {\n${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `    ${t}_temp_path ${join(dir, `${t}_temp`)};\n`).join('')}`,
    ],
  ];
  let config = template;
  for (const [pattern, replacement] of swaps) {
    if (!pattern.test(config)) throw new Error(`deploy/nginx.conf: expected a line matching ${pattern}`);
    config = config.replace(pattern, replacement);
  }
  return config;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface RunningNginx {
  origin: string;
  port: number;
  dir: string;
  /** The rendered configuration it runs with. */
  config: string;
  errorLog: () => string;
  stop: () => Promise<void>;
}

/** Starts nginx with `configFile` serving `root`; resolves once it answers HTTP. */
export async function startNginx(configFile: string, root: string): Promise<RunningNginx> {
  if (!existsSync(NGINX)) throw new Error(`${NGINX} not found: install Debian's nginx (apt-get install nginx)`);
  const template = readFileSync(configFile, 'utf8');
  let lastError: unknown;
  for (let attempt = 0; attempt < 3; attempt++) {
    const dir = mkdtempSync(join(tmpdir(), 'gates-nginx-'));
    const port = await freePort();
    const config = renderNginxConfig(template, { root, port, dir });
    const file = join(dir, 'nginx.conf');
    writeFileSync(file, config);
    const args = ['-e', join(dir, 'error.log'), '-p', dir, '-c', file];
    const test = spawnSync(NGINX, [...args, '-t'], { encoding: 'utf8' });
    if (test.status !== 0) throw new Error(`nginx -t failed for deploy/nginx.conf:\n${test.stderr}`);
    const child: ChildProcess = spawn(NGINX, [...args, '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr?.on('data', (chunk) => (stderr += chunk));
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    const origin = `http://127.0.0.1:${port}`;
    const errorLog = () => (existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8') : '') + stderr;
    const stop = async () => {
      if (child.exitCode === null) {
        child.kill('SIGQUIT');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
        await exited;
        clearTimeout(timer);
      }
      rmSync(dir, { recursive: true, force: true });
    };
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline && child.exitCode === null) {
      try {
        await fetch(`${origin}/`, { method: 'HEAD' });
        return { origin, port, dir, config, errorLog, stop };
      } catch {
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    lastError = new Error(`nginx did not start on port ${port}:\n${errorLog()}`);
    await stop();
  }
  throw lastError;
}
