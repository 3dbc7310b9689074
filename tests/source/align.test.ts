import { describe, expect, it } from 'vitest';
import { alignSentences, MAX_SENTENCES, type AlignItem } from '../../src/source/align.ts';

const item = (length: number, anchors: string[] = [], paragraphStart = false): AlignItem => ({ length, anchors, paragraphStart });
const shape = (source: AlignItem[], target: AlignItem[]) => alignSentences(source, target).map((b) => `${b.s1 - b.s0}-${b.t1 - b.t0}`);

describe('alignSentences', () => {
  it('pairs sentences of like length one to one', () => {
    expect(shape([item(40), item(80), item(30)], [item(42), item(77), item(33)])).toEqual(['1-1', '1-1', '1-1']);
  });

  it('joins a sentence the translation split in two', () => {
    expect(shape([item(40), item(120), item(30)], [item(42), item(60), item(58), item(33)])).toEqual(['1-1', '1-2', '1-1']);
  });

  it('is surer of a pair whose anchors agree than of one whose anchors disagree', () => {
    const agree = alignSentences([item(40, ['1000', 'SELE'])], [item(41, ['1000', 'SELE'])]);
    const disagree = alignSentences([item(40, ['1000', 'SELE'])], [item(41, ['100', 'STAR'])]);
    expect(agree[0]!.confidence).toBeGreaterThan(disagree[0]!.confidence);
  });

  it('is less sure of a bead that swallowed a sentence the translation dropped', () => {
    const beads = alignSentences(
      [item(40, ['3']), item(60, ['7']), item(30, ['2024']), item(50), item(45, ['9'])],
      [item(42, ['3']), item(31, ['2024']), item(52), item(44, ['9'])],
    );
    expect(beads.map((b) => `${b.s1 - b.s0}-${b.t1 - b.t0}`)).toEqual(['2-1', '1-1', '1-1', '1-1']);
    expect(beads[0]!.confidence).toBeLessThan(Math.min(...beads.slice(1).map((b) => b.confidence)));
  });

  it('does not align texts past its cap', () => {
    const many = Array.from({ length: MAX_SENTENCES + 1 }, () => item(10));
    expect(alignSentences(many, many)).toEqual([]);
  });
});
