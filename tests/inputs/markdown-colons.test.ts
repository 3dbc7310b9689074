import { describe, expect, it } from 'vitest';
import { partsWithColons } from '../../src/inputs/markdown.ts';
import { growth } from '../helpers/growth.ts';

describe('the parts of a Markdown file read first for their definitions', () => {
  it.each([
    ['none holds one', 'aaaa\nbbbb\ncccc\n', [0, 5, 10], [false, false, false]],
    ['the first holds one', '[a]: /x\nbbbb\ncccc\n', [0, 8, 13], [true, false, false]],
    ['a middle one holds one', 'aaaa\n[^1]: n\ncccc\n', [0, 5, 13], [false, true, false]],
    ['the last holds one', 'aaaa\nbbbb\n[c]: /y\n', [0, 5, 10], [false, false, true]],
    ['every one holds one', '[a]: /x\n[b]: /y\n[c]: /z\n', [0, 8, 16], [true, true, true]],
    ['two in one part, none after', '[a]: /x [b]: /y\nbbbb\n', [0, 16], [true, false]],
    ['one part, the whole text', 'x [a]: /x\n', [0], [true]],
  ])('%s', (_name, text, starts, holding) => {
    expect(partsWithColons(text, starts)).toEqual(holding);
  });

  it('are found in time linear in the number of parts (each part looked at once, not to the end of the file)', () => {
    // n parts of 64 characters with no "]:" but at the very end: asked from each part's start to the end
    // of the file, the work is quadratic (about 64 for 8n against n), linear about 8
    const make = (n: number) => {
      const text = 'word '.repeat(12).concat('\n', '-'.repeat(3)).padEnd(64, '.').repeat(n) + '[z]: /end\n';
      return { text, starts: Array.from({ length: n + 1 }, (_, k) => k * 64) };
    };
    const inputs = new Map<number, ReturnType<typeof make>>();
    const ratio = growth((n) => {
      const { text, starts } = inputs.get(n) ?? inputs.set(n, make(n)).get(n)!;
      expect(partsWithColons(text, starts).filter(Boolean)).toHaveLength(1);
    }, 4_000);
    expect(ratio).toBeLessThan(24);
  });
});
