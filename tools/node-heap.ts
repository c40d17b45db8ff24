/**
 * How much memory the Astro build may use. Astro (with Rollup) keeps every compiled MDX body in memory
 * until the pages are written, so its heap grows with the number of entries: at 10,000 entries it runs
 * at Node's default heap limit (about 4 GB here), spending its time in garbage collection, and at 15,000
 * it stops with "JavaScript heap out of memory" (npm run bench). The build therefore lets Astro use up
 * to half the machine's memory, never less than Node's default; an explicit --max-old-space-size in
 * NODE_OPTIONS wins.
 */
import { totalmem } from 'node:os';
import { getHeapStatistics } from 'node:v8';

const MB = 1024 ** 2;

export interface Machine {
  totalBytes: number;
  /** Node's default heap limit on this machine. */
  defaultLimitBytes: number;
  nodeOptions: string;
}

const thisMachine = (): Machine => ({ totalBytes: totalmem(), defaultLimitBytes: getHeapStatistics().heap_size_limit, nodeOptions: process.env.NODE_OPTIONS ?? '' });

/** The flag to start Astro's Node with (none when Node's default or the reader's own setting stands), and the limit in words. */
export function astroHeap(machine: Machine = thisMachine()): { flag?: string; limit: string } {
  if (/--max-old-space-size[=\s]/.test(machine.nodeOptions)) return { limit: 'NODE_OPTIONS 里给出的上限' };
  const half = Math.floor(machine.totalBytes / 2 / MB);
  const defaultMb = Math.floor(machine.defaultLimitBytes / MB);
  if (half <= defaultMb) return { limit: `Node 的默认上限 ${defaultMb} MB` };
  return { flag: `--max-old-space-size=${half}`, limit: `${half} MB，本机内存的一半` };
}

/** Node's own words when a process ran out of heap. */
export const isOutOfMemory = (output: string) => /JavaScript heap out of memory|Reached heap limit/.test(output);

/** What the maintainer reads when Astro ran out of memory. */
export const outOfMemoryAdvice = (limit: string) =>
  `Astro 构建时内存不够用（这次的上限：${limit}）。内容条目越多，构建需要的内存越多：请在内存更大的机器上构建，或用 NODE_OPTIONS=--max-old-space-size=<MB> 给出更高的上限。`;
