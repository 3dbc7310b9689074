import { describe, expect, it } from 'vitest';
import { createDocument } from '../../src/document/document.ts';
import { CHUNK_CHARS, chunkSegments } from '../../src/engine/chunks.ts';

/**
 * The cuts of a one-segment document as chunkSegments made them with an unbounded search: the last
 * paragraph break, else line break, else space before the part's end (lastIndexOf over the whole
 * text, which read back to its start when the part had none), else a hard cut at CHUNK_CHARS.
 */
function cutsAsBefore(text: string): number[] {
  const breakBefore = (from: number, to: number) => {
    for (const sep of ['\n\n', '\n', ' ']) {
      const at = text.lastIndexOf(sep, to - sep.length);
      if (at > from) return at + sep.length;
    }
    return from;
  };
  const cuts: number[] = [];
  let start = 0;
  while (text.length - start > CHUNK_CHARS) {
    const cut = breakBefore(start, start + CHUNK_CHARS);
    start = cut > start ? cut : start + CHUNK_CHARS;
    cuts.push(start);
  }
  return cuts;
}

const cuts = (text: string) => chunkSegments(createDocument(text)).slice(1).map((p) => p[0]!.start);

/** `count` pieces of `length` letters, each followed by `sep` (a seeded mix of lengths). */
function pieces(count: number, sep: string, lengths: number[]): string {
  let s = '';
  for (let i = 0; i < count; i++) s += 'x'.repeat(lengths[i % lengths.length]!) + sep;
  return s;
}

describe('chunkSegments cuts ordinary text where it did', () => {
  it.each<[string, string]>([
    ['paragraphs of sentences', pieces(4000, '\n\n', [180, 420, 95, 260])],
    ['lines only', pieces(9000, '\n', [60, 130, 77])],
    ['words only, one line', pieces(200_000, ' ', [3, 7, 5, 11])],
    ['paragraph breaks far apart, lines between', pieces(30, '\n\n', [300_000, 90_000]).replace(/x{5000}/g, (m) => `${m.slice(1)}\n`)],
    ['a paragraph break only at the start, then lines', `a\n\n${pieces(12_000, '\n', [70])}`],
    ['a run with no break, then words', `${'y'.repeat(CHUNK_CHARS * 2 + 17)} ${pieces(100_000, ' ', [6])}`],
    ['words, then a run with no break', `${pieces(60_000, ' ', [6])}${'y'.repeat(CHUNK_CHARS * 3)}`],
  ])('%s', (_, text) => {
    const expected = cutsAsBefore(text);
    expect(expected.length).toBeGreaterThanOrEqual(2);
    expect(cuts(text)).toEqual(expected);
  });
});

describe('chunkSegments on one long line without a break', () => {
  // each part searched back to the start of the text for a break it did not have: 6.25 MB took 2.0 s
  // through `check`, 50 MB 47 s. Linear: 4x the text takes about 4x the time; it took 12x at 4 and 16 MB.
  it('takes time linear in its length (n against 4n)', () => {
    const time = (text: string) => {
      const doc = createDocument(text);
      const t0 = process.cpuUsage();
      chunkSegments(doc);
      const t = process.cpuUsage(t0);
      return (t.user + t.system) / 1000;
    };
    const small = 'a'.repeat(2_000_000);
    const large = 'a'.repeat(8_000_000);
    time(small);
    let best = Infinity;
    for (let round = 0; round < 3 && best > 8; round++) {
      let s = Infinity;
      let l = Infinity;
      for (let k = 0; k < 3; k++) {
        s = Math.min(s, time(small));
        l = Math.min(l, time(large));
      }
      best = Math.min(best, l / Math.max(s, 1));
    }
    expect(best).toBeLessThan(8);
  });
});
