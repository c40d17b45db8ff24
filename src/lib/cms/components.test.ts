import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MDX_COMPONENTS } from '../content/body.ts';
import { CHILDREN_FIELD, componentFromMatch, componentPattern, componentToMdx, EDITOR_COMPONENTS } from './components.ts';

const spec = (name: string) => EDITOR_COMPONENTS.find((c) => c.name === name)!;

/** Every component line editors have written in content/. */
function writtenBlocks(): string[] {
  const lines: string[] = [];
  for (const folder of readdirSync('content', { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const file of readdirSync(join('content', folder.name)).filter((f) => f.endsWith('.mdx'))) {
      lines.push(...readFileSync(join('content', folder.name, file), 'utf8').split('\n').filter((l) => /^<[A-Z]/.test(l.trim())).map((l) => l.trim()));
    }
  }
  return lines;
}

describe('MDX components as editor blocks', () => {
  it('one block per component the content check allows', () => {
    expect(EDITOR_COMPONENTS.map((c) => c.name)).toEqual([...MDX_COMPONENTS]);
  });

  it('reads every block already in content/ and writes it back unchanged', () => {
    const blocks = writtenBlocks();
    expect(blocks.length).toBeGreaterThan(5);
    for (const block of blocks) {
      const component = EDITOR_COMPONENTS.find((c) => componentPattern(c).test(block));
      expect(component, block).toBeDefined();
      expect(componentToMdx(component!, componentFromMatch(component!, block.match(componentPattern(component!))!))).toBe(block);
    }
  });

  it('writes self-closing and wrapping components, leaving out empty attributes', () => {
    expect(componentToMdx(spec('KeyFigure'), { value: '56', unit: '', label: '网格' })).toBe('<KeyFigure value="56" label="网格" />');
    expect(componentToMdx(spec('PullQuote'), { source: '', [CHILDREN_FIELD]: '小事不出网格' })).toBe('<PullQuote>小事不出网格</PullQuote>');
  });

  it('keeps what MDX would misread out of attributes and text', () => {
    const written = componentToMdx(spec('PullQuote'), { source: '他说"好"', [CHILDREN_FIELD]: '用 {括号} 和 <尖括号>\n换行' });
    expect(written).toBe('<PullQuote source="他说”好”">用 ｛括号｝ 和 《尖括号》 换行</PullQuote>');
    expect(componentPattern(spec('PullQuote')).test(written)).toBe(true);
  });
});
