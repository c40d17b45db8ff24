import { describe, expect, it } from 'vitest';
import { inlineJson } from './inline-json.ts';

describe('inlineJson', () => {
  it('cannot close the script element it is written into, and reads back the same', () => {
    const data = { name: '</script><script>alert(1)</script>', note: 'a < b' };
    const text = inlineJson(data);
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual(data);
  });
});
