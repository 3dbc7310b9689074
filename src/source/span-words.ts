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
  const out = copyName(name);
  if (flag === 'known') out.known = true;
  else out.quoted = true;
  return out;
}

/**
 * `{ ...c }` field by field. Speed: an object spread (with spreads of flags inside) takes V8's generic
 * path; it was the costliest line of missingCandidates.
 */
export function copyName(c: SourceName): SourceName {
  const out: SourceName = { start: c.start, end: c.end, text: c.text, english: c.english, forms: c.forms, keys: c.keys, skeletons: c.skeletons };
  if (c.known !== undefined) out.known = c.known;
  if (c.asIs !== undefined) out.asIs = c.asIs;
  if (c.proper !== undefined) out.proper = c.proper;
  if (c.place !== undefined) out.place = c.place;
  if (c.adjective !== undefined) out.adjective = c.adjective;
  if (c.quoted !== undefined) out.quoted = c.quoted;
  if (c.variants !== undefined) out.variants = c.variants;
  return out;
}
