import type { Span } from './aligned.js';
import { classAt, LETTER, widthAt } from './letters.js';
import type { SourceName } from './names.js';
import type { WordFacts } from './word-facts.js';
import { MAX_NAME_WORD } from '../names/words.js';

/** What names.ts works out of a word of the original (its spellings, without the offsets). */
export type Spellings = Omit<SourceName, 'start' | 'end'>;

/**
 * The words of a span (runs of letters and marks) with their offsets, found once: a pair's original is read by
 * sourceNames (twice, for two rules), sourceCapitals and sourceWords, and each used to run the
 * regular expression over it again. `spellings` keeps each word's nameSpellings once it is asked for.
 */
export interface SpanWords {
  lang: string;
  words: string[];
  starts: number[];
  spellings: (Spellings | undefined)[];
  /** Each word's wordFacts, once asked for. */
  facts: (WordFacts | undefined)[];
  /**
   * sourceNames' answers per word, shared by its uses (the rules ask for a pair's names with different
   * `kept` and `all`) and sourceCapitals: whether the word opens a sentence (0 not asked, 1 no, 2 yes),
   * and the word as a plain SourceName (not known, not quoted), never changed once made.
   */
  initial: Uint8Array;
  names: (SourceName | undefined)[];
}

export function spanWords(text: string, span: Span, lang: string): SpanWords {
  const words: string[] = [], starts: number[] = [];
  // the runs of letters and marks, as /[\p{L}\p{M}]+/gu would match them in the span (letters.ts)
  const end = span.end;
  let i = span.start;
  while (i < end) {
    if ((classAt(text, i) & LETTER) === 0) {
      i += widthAt(text, i);
      continue;
    }
    let e = i + widthAt(text, i);
    while (e < end && (classAt(text, e) & LETTER) !== 0) e += widthAt(text, e);
    // no word of any language is this long (a run of data, a hash): left out, as every name comparison
    // (edit distances, keys) grows with the square of a word's length
    if (e - i <= MAX_NAME_WORD) {
      words.push(text.slice(i, e));
      starts.push(i);
    }
    i = e;
  }
  return { lang, words, starts, spellings: new Array<Spellings | undefined>(words.length), facts: new Array<WordFacts | undefined>(words.length), initial: new Uint8Array(words.length), names: new Array<SourceName | undefined>(words.length) };
}

/**
 * A copy of a plain name (names.ts named) with `known` or `quoted` set. Speed: made by names.ts named()
 * from the name, the copy read the fields of names and of spellings through the same property loads,
 * which then saw several shapes (the costliest line of sourceNames), and set the flag by a computed key.
 */
export function marked(name: SourceName, flag: 'known' | 'quoted'): SourceName {
  const out: SourceName = { start: name.start, end: name.end, text: name.text, english: name.english, forms: name.forms, keys: name.keys, skeletons: name.skeletons };
  if (name.variants) out.variants = name.variants;
  if (flag === 'known') out.known = true;
  else out.quoted = true;
  return out;
}
