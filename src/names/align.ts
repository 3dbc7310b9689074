import type { NameIndex, NameTerm } from './name-index.js';
import { compareWords, type WordMatch } from './similarity.js';
import type { NameWord } from './words.js';

/** A written word and the term word it lines up with. */
export interface Pair {
  /** Index into the text's name words. */
  readonly word: number;
  /** Index into the term's name words. */
  readonly termWord: number;
  readonly match: WordMatch;
}

/** How a span of the text's name words lines up with a glossary name. */
export interface Alignment {
  readonly pairs: readonly Pair[];
  /** First and last written word of the span (indexes into the text's name words). */
  readonly first: number;
  readonly last: number;
  /** Written name words inside the span that match no term word. */
  readonly inserted: number;
  /** Term words before the first and after the last term word that lines up, in the term's order. */
  readonly missingBefore: number;
  readonly missingAfter: number;
}

/**
 * Lines up the name words words[from, to) with the term's, one to one, in any order (a family name
 * written first), leaving words out on either side (a given name dropped: "Scholtz" for "Olaf Scholz")
 * and at most one written word inside the span that matches none (a middle name). Pairs are chosen
 * greedily, same words first, then the most alike: names are a few words long, so this is the optimum
 * in practice and costs a few comparisons. Undefined when no word pair is alike, no written word
 * differs from the term's, or more than one word is inserted.
 */
export function align(words: readonly NameWord[], from: number, to: number, term: NameTerm, index: NameIndex): Alignment | undefined {
  const options: Pair[] = [];
  for (let r = from; r < to; r++) {
    const w = words[r] as NameWord;
    if (w.particle) continue;
    const cw = index.compared(w);
    for (let t = 0; t < term.words.length; t++) {
      if ((term.words[t] as NameWord).particle) continue;
      let match = compareWords(cw, term.compared[t] as (typeof term.compared)[number]);
      // the same letters with other accents ("Sanchéz" for "Sánchez") is a misspelling; with none at
      // all ("Sanchez") a house style (AP drops them), and accents the term has none of a spelling
      // closer to the original ("Rodríguez")
      const tw = term.words[t] as NameWord;
      if (match.kind === 'exact' && w.marked && tw.marked && w.text.toLowerCase() !== tw.text.toLowerCase()) match = { ...match, kind: 'bent', score: 0.95 };
      // a name left in the source's script, whole or in part, is always wrong in English text
      if ((match.kind === 'exact' || match.kind === 'same') && w.otherScript && !tw.otherScript) match = { ...match, kind: 'bent', score: 0.95, transliteration: true };
      if (match.kind !== 'none') options.push({ word: r, termWord: t, match });
    }
  }
  if (options.length === 0) return undefined;
  options.sort((x, y) => y.match.score - x.match.score || x.word - y.word);
  const pairs: Pair[] = [];
  for (const o of options) if (!pairs.some((p) => p.word === o.word || p.termWord === o.termWord)) pairs.push(o);
  if (!pairs.some((p) => p.match.kind === 'bent')) return undefined;
  // the span is the aligned words; a word of the span that lines up with nothing is an insertion
  let first = to;
  let last = from - 1;
  let tmin = term.words.length;
  let tmax = -1;
  for (const p of pairs) {
    first = Math.min(first, p.word);
    last = Math.max(last, p.word);
    tmin = Math.min(tmin, p.termWord);
    tmax = Math.max(tmax, p.termWord);
  }
  let inserted = 0;
  for (let r = first + 1; r < last; r++) if (!(words[r] as NameWord).particle && !pairs.some((p) => p.word === r)) inserted++;
  if (inserted > 1) return undefined;
  let missingBefore = 0;
  let missingAfter = 0;
  for (let t = 0; t < term.words.length; t++) {
    if ((term.words[t] as NameWord).particle || pairs.some((p) => p.termWord === t)) continue;
    if (t < tmin) missingBefore++;
    else if (t > tmax) missingAfter++;
  }
  return { pairs, first, last, inserted, missingBefore, missingAfter };
}
