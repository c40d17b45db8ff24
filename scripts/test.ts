/**
 * `npm test`: the strict type check (astro check) and the tests (vitest: unit, then the site gates
 * over the shared builds) side by side. The type check is one core's work for half a minute, while
 * the tests' builds and browsers leave room beside it; run one after the other, it was the wait at
 * the start of every run. Its output is held and printed when it ends, so it never interleaves with
 * vitest's. Any failure fails the command; a type error stops the tests at once.
 *
 *   npm test                         everything
 *   npm test -- tests/site/a11y      vitest's own filters and options are passed on
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../tools/paths.ts';

const bin = (name: string) => join(ROOT, 'node_modules', '.bin', name);
const exited = (child: ReturnType<typeof spawn>) => new Promise<number>((done) => child.on('close', (code) => done(code ?? 1)));

const check = spawn(bin('astro'), ['check', '--minimumSeverity', 'error'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
const checkExit = exited(check);
const held: Buffer[] = [];
// The check first writes .astro/ (content types and modules), which the tests' build also writes:
// the tests start only once it has moved on to reading the code.
const synced = new Promise<void>((done) => {
  check.stdout.on('data', (chunk: Buffer) => {
    held.push(chunk);
    if (Buffer.concat(held).includes('Getting diagnostics')) done();
  });
  check.stderr.on('data', (chunk: Buffer) => held.push(chunk));
  void checkExit.then(() => done());
});
await synced;
const tests = spawn(bin('vitest'), ['run', '--project', 'unit', '--project', 'site', ...process.argv.slice(2)], { cwd: ROOT, stdio: 'inherit' });
const testsExit = exited(tests);
if ((await checkExit) !== 0) {
  tests.kill();
  await testsExit;
  process.stderr.write(Buffer.concat(held));
  console.error('\nnpm test: 类型检查（astro check）未通过，测试已停止。');
  process.exit(1);
}
console.log(`\n[npm test] astro check: ${/Result \([^)]*\):[^\n]*\n[^\n]*/.exec(Buffer.concat(held).toString())?.[0].replace(/\s+/g, ' ') ?? '通过'}\n`);
process.exit(await testsExit);
