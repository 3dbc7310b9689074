import type { Span } from './aligned.js';
import type { SourceName } from './names.js';
import type { WordFacts } from './word-facts.js';

/** What names.ts works out of a word of the original (its spellings, without the offsets). */
export type Spellings = Omit<SourceName, 'start' | 'end'>;

const WORD = /[\p{L}\p{M}]+/gu;

/**
 * The words of a span (WORD matches) with their offsets, found once: a pair's original is read by
 * sourceNames (twice, for two rules), sourceCapitals and pairSourceWords, and each used to run the
 * regular expression over it again. `spellings` keeps each word's nameSpellings once it is asked for.
 */
export interface SpanWords {
  lang: string;
  words: string[];
  starts: number[];
  spellings: (Spellings | undefined)[];
  /** Each word's wordFacts, once asked for. */
  facts: (WordFacts | undefined)[];
}

export function spanWords(text: string, span: Span, lang: string): SpanWords {
  const words: string[] = [], starts: number[] = [];
  for (const m of text.slice(span.start, span.end).matchAll(WORD)) {
    words.push(m[0]);
    starts.push(span.start + (m.index ?? 0));
  }
  return { lang, words, starts, spellings: new Array<Spellings | undefined>(words.length), facts: new Array<WordFacts | undefined>(words.length) };
}

