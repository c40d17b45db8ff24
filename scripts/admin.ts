/**
 * `npm run admin`: the form editor on this computer. Starts decap-server, which reads and writes
 * the files in content/ of this working copy, and Astro's development server, which serves /admin/
 * and shows every saved change on the site at once. Commit the changed files as usual afterwards.
 * Stop with Ctrl+C.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';
import { LOCAL_BACKEND_URL } from '../src/lib/cms/config.ts';

const root = resolve(process.argv[2] ?? process.cwd());
const SITE_PORT = 4321;
const backendPort = new URL(LOCAL_BACKEND_URL).port;

const children: ChildProcess[] = [];
function start(name: string, args: string[], env: Record<string, string> = {}): void {
  const child = spawn(process.execPath, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  child.on('exit', (code) => {
    if (stopping) return;
    console.error(`${name} 已退出（${code ?? '信号'}），表单编辑器停止。`);
    stop(1);
  });
  children.push(child);
}

let stopping = false;
function stop(code = 0): void {
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exit(code);
}
process.on('SIGINT', () => stop());
process.on('SIGTERM', () => stop());

start('decap-server', [join(root, 'node_modules/decap-server/dist/index.js')], { MODE: 'fs', PORT: backendPort, BIND_HOST: '127.0.0.1', GIT_REPO_DIRECTORY: root, LOG_LEVEL: 'warn' });
start('astro dev', [join(root, 'node_modules/astro/astro.js'), 'dev', '--root', root, '--host', '127.0.0.1', '--port', String(SITE_PORT)]);
console.log(`\n表单编辑器：用浏览器打开 http://localhost:${SITE_PORT}/admin/ ，点“登录”即可编辑本机 content/ 中的文件。`);
console.log('保存后网站预览（同一地址去掉 /admin/）立即更新；检查无误后照常提交（git commit）。按 Ctrl+C 停止。\n');
