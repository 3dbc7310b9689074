import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/document/tokens.ts';
import type { GlossaryMatch } from '../../src/glossary/compile.ts';
import { COMBINED_CHUNK_CHARS, COMBINED_MEMO_SIZE, RegexVariants } from '../../src/glossary/regex-variants.ts';
import type { GlossaryEntry } from '../../src/glossary/types.ts';
import { growth } from '../helpers/growth.ts';
import { LINEAR_TIMEOUT } from '../rules/linear-timing.ts';

const entryOf = (term: string, source: string, caseSensitive = false): GlossaryEntry => ({
  term,
  variants: [{ kind: 'regex', source, flags: '', text: `/${source}/` }],
  category: 'term',
  caseSensitive,
  fix: 'auto',
  glossary: 'code',
});

function variantsOf(entries: readonly GlossaryEntry[]): RegexVariants {
  const rx = new RegexVariants();
  for (const e of entries) for (const v of e.variants) if (v.kind === 'regex') rx.add(e, v);
  return rx;
}

/** Each hit as `term@start-end`, in order. */
function hits(rx: RegexVariants, text: string): string[] {
  const segments = [{ start: 0, end: text.length }];
  const out: GlossaryMatch[] = [];
  rx.match(text, tokenize(text, segments), segments, out);
  return out.map((m) => `${m.entry.term}@${m.start}-${m.end}`).sort();
}

/** A word of six letters from a number (base 26), distinct for distinct numbers. */
const word = (n: number): string => Array.from({ length: 6 }, (_, i) => String.fromCharCode(97 + (Math.floor(n / 26 ** i) % 26))).join('');

describe('regular-expression variants', () => {
  it('keeps the combined expressions of a bounded number of pattern sets, however many texts name new ones', () => {
    // each pattern has its own required literal, so each text makes its own set of active patterns
    const words = Array.from({ length: 400 }, (_, i) => word(i * 7919 + 13));
    const rx = variantsOf(words.map((w, i) => entryOf(`T${i}`, `${w}s?`)));
    let seed = 1;
    const random = (n: number) => ((seed = (seed * 48271) % 2147483647) % n);
    for (let t = 0; t < 3 * COMBINED_MEMO_SIZE; t++) {
      const picked = [...new Set(Array.from({ length: 5 }, () => random(words.length)))];
      const text = `We saw ${picked.map((i) => words[i]).join(' and ')} today.`;
      const expected = picked.map((i) => `T${i}@${text.indexOf(words[i] as string)}-${text.indexOf(words[i] as string) + 6}`).sort();
      expect(hits(rx, text)).toEqual(expected);
      expect(rx.memoSize).toBeLessThanOrEqual(COMBINED_MEMO_SIZE);
    }
    expect(rx.memoSize).toBeGreaterThan(0);
  });

  it('combines patterns that are always active (no required literal) in chunks that act as one alternation', () => {
    // 20,000 of these in one expression are "too large" for V8; chunked, they compile and match
    // (the compiling takes most of this test's time: V8 needs about 0.3 ms a pattern)
    const n = 20_000;
    const entries = Array.from({ length: n }, (_, i) => entryOf(`T${i}`, `(?!zz${word(i)}(?![\\p{L}\\p{N}]))(?:${word(i)})`));
    // the first pattern's match hides one of the last (in another chunk) that starts inside it,
    // as the earlier alternative of one alternation does
    entries.unshift(entryOf('first', '(?!q)foo bar'));
    entries.push(entryOf('last', '(?!q)bar baz'), entryOf('later', '(?!q)baz qux'));
    const rx = variantsOf(entries);
    const text = `${word(0)} x ${word(n - 1)} foo bar baz qux ${word(12_345)}.`;
    const at = (w: string) => `${text.indexOf(w)}-${text.indexOf(w) + w.length}`;
    expect(hits(rx, text)).toEqual([`T0@${at(word(0))}`, `T12345@${at(word(12_345))}`, `T${n - 1}@${at(word(n - 1))}`, `first@${at('foo bar')}`, `later@${at('baz qux')}`].sort());
    // the same patterns a few at a time find the same
    const few = variantsOf([entries[0], entries[1], entries[n], entries[12_346], entries[n + 1], entries[n + 2]] as GlossaryEntry[]);
    expect(hits(few, text)).toEqual(hits(rx, text));
    expect(COMBINED_CHUNK_CHARS).toBeLessThan(n * 20);
  }, 60_000);

  it('finds a match of a later chunk at a position where an earlier chunk matches only inside a word', () => {
    // always active (no required literal): several chunks lie between the two
    const filler = Array.from({ length: 2_000 }, (_, i) => entryOf(`F${i}`, `(?!zz${word(i)}(?![\\p{L}\\p{N}]))(?:${word(i)})`));
    expect(2_000 * 40).toBeGreaterThan(2 * COMBINED_CHUNK_CHARS);
    const rx = variantsOf([entryOf('ab', '(?!q)ab'), ...filler, entryOf('abc', '(?!q)abc')]);
    expect(hits(rx, 'x abc ab.')).toEqual(['ab@6-8', 'abc@2-5']);
  });

  it('is linear in the text when a later chunk stops matching early (it is not searched again at every hit)', () => {
    // "said" in the first chunk hits all through the text; 900 patterns needing "qqq" (present once, at
    // the end, never matched) fill a second chunk. Searching it again after each hit was quadratic:
    // 8,000 sentences took 270 s.
    const fill = Array.from({ length: 900 }, (_, i) => entryOf(`Q${i}`, `[a-z]{2,9}qqq[0-9]{${i + 1}}x`));
    const rx = variantsOf([entryOf('said', 'said'), ...fill]);
    expect(fill.reduce((n, e) => n + ((e.variants[0] as { source: string }).source.length), 0)).toBeGreaterThan(COMBINED_CHUNK_CHARS);
    const cpu = (n: number): number => {
      const text = 'He said. '.repeat(n) + ' qqq';
      let best = Infinity;
      for (let k = 0; k < 3; k++) {
        const t = process.cpuUsage();
        expect(hits(rx, text)).toHaveLength(n);
        const d = process.cpuUsage(t);
        best = Math.min(best, (d.user + d.system) / 1000);
      }
      return best;
    };
    cpu(500); // warm-up
    expect(cpu(8 * 1_000)).toBeLessThan(40 * cpu(1_000) + 100);
  }, LINEAR_TIMEOUT);

  it('reads only the segments to tell which patterns can match, however long the text around them', () => {
    // A part of a large document with units (a TSV, PO or XLIFF file in parts of 256 KB of targets) keeps the
    // whole file as its text. The required literals were looked for in all of it for each part: time in the
    // file's size times its parts (a TSV of 1,048,576 rows: 6.4 s of the check's 49 s).
    const rx = variantsOf([entryOf('general secretary', 'secretary[- ]general'), entryOf('foreign minister', 'minister of foreign affairs')]);
    const segment = 'The Secretary-General spoke.';
    const texts = new Map<number, string>();
    const run = (n: number) => {
      const text = texts.get(n) ?? texts.set(n, `${'Minister of foreign affairs, said the source text. '.repeat(n / 50)}\t${segment}\n`).get(n)!;
      const segments = [{ start: text.length - segment.length - 1, end: text.length - 1 }];
      const out: GlossaryMatch[] = [];
      rx.match(text, tokenize(text, segments), segments, out);
      expect(out.map((m) => m.entry.term)).toEqual(['general secretary']);
    };
    // the text 8 times longer, the segment the same: about 1 once the text is not read, 8 when it is
    expect(growth(run, 1_000_000)).toBeLessThan(3);
  }, LINEAR_TIMEOUT);
});
