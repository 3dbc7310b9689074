import { describe, expect, it } from 'vitest';
import { alignedRows, type AlignedPair } from '../../../web/review/src/aligned-rows.ts';

const original = 'Erster Satz. Zweiter Satz fehlt. Dritter Satz.  Vierter.';
const story = 'First sentence.\n\nAdded here. Third sentence. Fourth.';
const at = (text: string, piece: string) => ({ start: text.indexOf(piece), end: text.indexOf(piece) + piece.length });
const pair = (s: string, t: string, confidence: number): AlignedPair => ({ source: at(original, s), target: at(story, t), confidence });

describe('alignedRows (review page: the original beside the story)', () => {
  it('puts each pair side by side and what only one side has in a row of its own, trimmed, in the story order', () => {
    const pairs = [pair('Vierter.', 'Fourth.', 0.3), pair('Erster Satz.', 'First sentence.', 1), pair('Dritter Satz.', 'Third sentence.', 0.9)];
    const rows = alignedRows(original, story, pairs).map((r) => [r.source && original.slice(r.source.start, r.source.end), r.target && story.slice(r.target.start, r.target.end), r.sure]);
    expect(rows).toEqual([
      ['Erster Satz.', 'First sentence.', true],
      ['Zweiter Satz fehlt.', undefined, false],
      [undefined, 'Added here.', false],
      ['Dritter Satz.', 'Third sentence.', true],
      ['Vierter.', 'Fourth.', false],
    ]);
  });

  it('shows both whole texts, unaligned, when there are no pairs', () => {
    expect(alignedRows(' a ', 'b\n', [])).toEqual([
      { source: { start: 1, end: 2 }, sure: false },
      { target: { start: 0, end: 1 }, sure: false },
    ]);
    expect(alignedRows('', '', [])).toEqual([]);
  });
});
