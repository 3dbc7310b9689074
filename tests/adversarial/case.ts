import { readFileSync } from 'node:fs';
import type { CheckOptions, CheckResult } from '../../src/engine/checker.ts';
import type { InputFormatName } from '../../src/inputs/index.ts';

/**
 * One hostile input (see README.md beside this file). The harness checks `generate(size)` against
 * ordinary prose of the same size, in the same format and front end, in the same process: the hostile
 * text may be at most `maxRatio` times slower, must not crash, and must pass `expect`.
 */
export interface AdversarialCase {
  /** What the input is, and the issue item it comes from ("#17 item 1: one 1,500-letter word"). */
  name: string;
  /** The hostile text, about `size` UTF-16 code units long; `random` is seeded, so runs repeat. */
  generate(size: number, random: () => number): string;
  /** Sizes to try (default 100,000). */
  sizes?: number[];
  /** Input format (default text). */
  format?: InputFormatName;
  /** Turns prose into a document of `format` to compare with (default: the prose as it is). */
  wrap?: (prose: string) => string;
  /** How the text is checked: the library (default), or the real bin/translint on a file. */
  frontEnd?: 'library' | 'cli';
  /** Checker options (glossaries, rules); the default glossary is on unless `defaultGlossary: false`. */
  options?: Partial<CheckOptions>;
  /** At most this many times slower than prose of the same size (default 5). */
  maxRatio?: number;
  /** Further checks on the library's result (library front end only). */
  expect?: (result: CheckResult, text: string) => void;
}

/** A seeded generator of numbers in [0, 1) (mulberry32). */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `n` random lower-case letters. */
export function letters(n: number, random: () => number): string {
  let s = '';
  for (let k = 0; k < n; k++) s += String.fromCharCode(97 + Math.floor(random() * 26));
  return s;
}

/** Pieces made by `piece` joined by `separator` until the text is `size` long. */
export function repeatTo(size: number, separator: string, piece: () => string): string {
  const parts: string[] = [];
  let length = 0;
  while (length < size) {
    const p = piece();
    parts.push(p);
    length += p.length + separator.length;
  }
  return parts.join(separator).slice(0, size);
}

const CLEAN = new URL('../quality/clean/brown-press.txt', import.meta.url);
let brown: string | undefined;

/** Ordinary news prose (Brown corpus press texts) of `size` characters, starting at a seeded paragraph. */
export function prose(size: number, random: () => number): string {
  brown ??= readFileSync(CLEAN, 'utf8');
  const paragraphs = brown.split('\n\n');
  let k = Math.floor(random() * paragraphs.length);
  let s = '';
  while (s.length < size) s += paragraphs[k++ % paragraphs.length] + '\n\n';
  return s.slice(0, size);
}
