import { describe, expect, it } from 'vitest';
import { editDistance } from '../../src/lang/edit-distance.ts';
import type { Alignment } from '../../src/names/align.ts';
import { recall, remember } from '../../src/names/compare-memo.ts';
import { spellings } from '../../src/names/conventions.ts';
import { PackedAlignments } from '../../src/names/packed-alignments.ts';
import { compareWords, type ComparedWord, type WordMatch } from '../../src/names/similarity.ts';
import { distanceLowerBound } from '../../src/names/distance-bound.ts';
import { random } from './helpers.ts';

const LETTERS = 'aeiouyhkszcjlnrtdmbpgvwfxq-é';

function word(next: () => number, min = 2, max = 11): string {
  const n = min + Math.floor(next() * (max - min + 1));
  let s = '';
  for (let i = 0; i < n; i++) s += LETTERS[Math.floor(next() * (next() < 0.7 ? 12 : LETTERS.length))];
  return s;
}

/** A word as the index makes it, but with phonetic keys of our own choosing (the tests vary them). */
function compared(folded: string, key: string, memo: boolean): ComparedWord {
  const s = spellings([folded]);
  const w: ComparedWord = { folded, same: s.same, spellings: s.all, conventions: s.conventions, keys: [key] };
  if (memo) Object.assign(w, { memoId: 0, memoEpoch: -1 });
  return w;
}

describe('the distance bound of compareWords (similarity.ts)', () => {
  it('is never over the edit distance, for words of any letters', () => {
    const next = random(7);
    for (let i = 0; i < 20_000; i++) {
      const a = word(next, 0);
      // half the time a near copy, which the bound must not overstate
      let b = word(next, 0);
      if (next() < 0.5) b = a.slice(0, Math.floor(next() * a.length)) + word(next, 0, 2) + a.slice(Math.floor(next() * a.length));
      expect(distanceLowerBound(a, b)).toBeLessThanOrEqual(editDistance(a, b));
    }
  });

  it('answers as the full comparison does, with the shortcuts and the memo or without them', () => {
    const next = random(11);
    const names = ['zelensky', 'selenskyj', 'starmer', 'starrer', 'haftar', 'hafter', 'tykwer', 'tucker', 'jongun', 'kharkiv', 'kharkov'];
    for (let i = 0; i < 3_000; i++) {
      const a = next() < 0.3 ? (names[Math.floor(next() * names.length)] as string) : word(next);
      const b = next() < 0.3 ? (names[Math.floor(next() * names.length)] as string) : word(next);
      // first keys alike a tenth of the time: the weak matches the shortcut must leave to the full comparison
      const ka = next() < 0.1 ? 'K' : 'A' + i;
      const kb = next() < 0.1 ? 'K' : 'B' + i;
      const plain = compareWords(compared(a, ka, false), compared(b, kb, false));
      const memoWords = [compared(a, ka, true), compared(b, kb, true)] as const;
      // twice: computed, then from the memo
      for (let round = 0; round < 2; round++) {
        const m = compareWords(memoWords[0], memoWords[1]);
        expect(m.kind).toBe(plain.kind);
        if (m.kind !== 'none') expect(m).toEqual(plain);
      }
    }
  });
});

describe('the comparisons memo (compare-memo.ts)', () => {
  it('gives back what was kept, or nothing, across growth and starting afresh', () => {
    const none = { kind: 'none' } as WordMatch;
    const words = Array.from({ length: 1_500 }, () => ({}) as { memoId?: number; memoEpoch?: number });
    const answer = (i: number, j: number) => (((i * 31 + j) % 7 === 0 ? { kind: 'bent', edits: i, canonEdits: j } : none) as WordMatch);
    // 1,500 x 500 pairs: more than the table holds, so it starts afresh on the way
    for (let i = 0; i < words.length; i++) for (let j = 0; j < 500; j++) remember(words[i]!, words[j]!, answer(i, j), none);
    const next = random(3);
    let found = 0;
    for (let k = 0; k < 20_000; k++) {
      const i = Math.floor(next() * words.length);
      const j = Math.floor(next() * 500);
      const m = recall(words[i]!, words[j]!, none);
      if (m === undefined) continue;
      found++;
      expect(m).toEqual(answer(i, j));
    }
    // the pairs stored since the table last started afresh are still there
    expect(found).toBeGreaterThan(1_000);
  });
});

describe('packed alignments (packed-alignments.ts)', () => {
  it('reads back each alignment as kept, moved to where its run is', () => {
    const match = { kind: 'bent', score: 0.8 } as WordMatch;
    const other = { kind: 'exact', score: 1 } as WordMatch;
    const packed = new PackedAlignments();
    const kept: [number, Alignment][] = [];
    for (let i = 0; i < 3_000; i++) {
      const al: Alignment = {
        pairs: Array.from({ length: 1 + (i % 3) }, (_, p) => ({ word: 100 + i + p, words: 1 + (p % 2), termWord: p, termWords: 1, match: p === 0 ? match : other })),
        first: 100 + i,
        last: 102 + i,
        inserted: i % 2,
        termCovered: 1 + (i % 3),
        missingBefore: i % 4,
        missingAfter: i % 5,
      };
      kept.push([packed.put(al, -100), al]);
    }
    for (const [at, al] of kept) expect(packed.get(at, 100)).toEqual(al);
    expect(packed.get(kept[5]![0], 0).first).toBe(kept[5]![1].first - 100);
  });
});
