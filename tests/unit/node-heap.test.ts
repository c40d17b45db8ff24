import { describe, expect, it } from 'vitest';
import { astroHeap, isOutOfMemory, outOfMemoryAdvice } from '../../tools/node-heap.ts';

const GB = 1024 ** 3;

describe('the heap the build gives Astro', () => {
  it('is half the machine’s memory when that is above Node’s default', () => {
    expect(astroHeap({ totalBytes: 24 * GB, defaultLimitBytes: 4144 * 1024 ** 2, nodeOptions: '' })).toEqual({ flag: '--max-old-space-size=12288', limit: '12288 MB，本机内存的一半' });
  });
  it('stays Node’s default on a small machine (never less than the default)', () => {
    expect(astroHeap({ totalBytes: 7 * GB, defaultLimitBytes: 4144 * 1024 ** 2, nodeOptions: '' })).toEqual({ limit: 'Node 的默认上限 4144 MB' });
  });
  it('leaves a limit given in NODE_OPTIONS alone', () => {
    expect(astroHeap({ totalBytes: 24 * GB, defaultLimitBytes: 4144 * 1024 ** 2, nodeOptions: '--enable-source-maps --max-old-space-size=6000' })).toEqual({ limit: 'NODE_OPTIONS 里给出的上限' });
  });
});

describe('running out of memory', () => {
  it('is recognised from Node’s own message, and nothing else', () => {
    expect(isOutOfMemory('FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory')).toBe(true);
    expect(isOutOfMemory('[ERROR] Could not render /cases/x/')).toBe(false);
  });
  it('tells the maintainer the limit used and how to raise it', () => {
    const advice = outOfMemoryAdvice('12288 MB，本机内存的一半');
    expect(advice).toContain('12288 MB');
    expect(advice).toContain('NODE_OPTIONS=--max-old-space-size=');
  });
});
