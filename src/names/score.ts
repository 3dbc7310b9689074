import type { Context } from './evidence.js';
import type { WordMatch } from './similarity.js';

/** What is known of one candidate: a span of name words aligned with a glossary name. */
export interface Features {
  /** Word pairs that differ (a bent spelling) and that are the same. */
  readonly bent: readonly WordMatch[];
  readonly exact: number;
  /** Words of the term the span leaves out ("Scholtz" for "Olaf Scholz": 1). */
  readonly missing: number;
  /** Name words of the span that match no word of the term (a middle name, a patronymic). */
  readonly inserted: number;
  /** The words come in another order than the term's (a family name first). */
  readonly reordered: boolean;
  /** A differing word occurs twice or more in the text: a consistent spelling more than a slip. */
  readonly repeated: boolean;
  /** The span is one word. */
  readonly single: boolean;
  /** A bent word of the span is a name the English dictionary knows ("Morton", "Sabine"). */
  readonly knownName: boolean;
  /** A bent word of the span is a word of another glossary term. */
  readonly otherTermWord: boolean;
  /** The span is written in capitals throughout. */
  readonly allCaps: boolean;
  readonly context: Context;
}

/**
 * A logistic model of "this span is a misspelling of the glossary name", its weights set by hand and
 * checked against the WMT23 development split (German, Russian and Ukrainian into English: silver names
 * and references; see docs/rules/glossary/near-miss.md). Each weight is what one piece of evidence is
 * worth in log-odds:
 * - how alike the differing words are (the mean of their scores, see similarity.ts), more so when a
 *   transliteration convention explains the difference or they sound alike;
 * - words the span shares exactly with the term (a kept given name is strong evidence);
 * - a title before the span, the correct form elsewhere in the text, a capital mid-sentence;
 * against: a single word (a surname alone, a city), a differing word the dictionary knows as a name or
 * that another glossary term uses, words of the term missing or words added, capitals throughout.
 */
const W = {
  bias: -4.2,
  similarity: 5.0,
  transliteration: 1.0,
  phonetic: 0.6,
  exact: 1.8,
  titleBefore: 1.0,
  termElsewhere: 1.0,
  midSentence: 0.5,
  single: -0.9,
  knownName: -1.6,
  otherTermWord: -1.2,
  missing: -0.25,
  inserted: -0.8,
  allCaps: -0.8,
};

export function confidence(f: Features): number {
  const n = f.bent.length;
  if (n === 0) return 0;
  let similarity = 0;
  let translit = 0;
  let phonetic = 0;
  for (const b of f.bent) {
    similarity += b.score;
    if (b.transliteration) translit++;
    if (b.phonetic) phonetic++;
  }
  let z =
    W.bias +
    W.similarity * (similarity / n) +
    W.transliteration * (translit / n) +
    W.phonetic * (phonetic / n) +
    W.exact * Math.min(f.exact, 2) +
    (f.context.titleBefore ? W.titleBefore : 0) +
    (f.context.termElsewhere ? W.termElsewhere : 0) +
    (f.context.midSentence ? W.midSentence : 0) +
    (f.single ? W.single : 0) +
    (f.knownName ? W.knownName : 0) +
    (f.otherTermWord ? W.otherTermWord : 0) +
    W.missing * f.missing +
    W.inserted * f.inserted +
    (f.allCaps ? W.allCaps : 0);
  const p = 1 / (1 + Math.exp(-z));
  return Math.round(Math.min(0.99, p) * 100) / 100;
}
