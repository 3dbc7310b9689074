import type { Alignment, Pair } from './align.js';
import type { NameTerm } from './name-index.js';
import type { NameWord } from './words.js';

/**
 * The suggestion for an aligned span of `text`'s name words: the whole term when every word of it lines up
 * and nothing is inserted; else, when the pairs keep the term's order and nothing is inserted, the term from
 * its first paired word to its last, so that term words the text left out between two it wrote go back in
 * ("Yun Seok-yeol", paired with Yoon and Yeol: "Yoon Suk Yeol"; "Johann von Göte": "Johann Wolfgang von
 * Goethe"); else the span with each paired word replaced by the term's.
 */
export function suggestionOf(text: string, words: readonly NameWord[], al: Alignment, term: NameTerm): string {
  const named = term.words.filter((w) => !w.particle).length;
  if (al.termCovered === named && al.inserted === 0) return term.term;
  const byWord = [...al.pairs].sort((x, y) => x.word - y.word);
  const firstPair = byWord[0];
  const lastPair = byWord[byWord.length - 1];
  if (firstPair && lastPair && al.inserted === 0 && inTermOrder(byWord)) {
    const from = (words[firstPair.word] as NameWord).start;
    const to = (words[lastPair.word + lastPair.words - 1] as NameWord).stop;
    const inTerm = term.term.slice((term.words[firstPair.termWord] as NameWord).start, (term.words[lastPair.termWord + lastPair.termWords - 1] as NameWord).stop);
    return text.slice((words[al.first] as NameWord).start, from) + inTerm + text.slice(to, (words[al.last] as NameWord).stop);
  }
  let s = '';
  let at = (words[al.first] as NameWord).start;
  for (let k = al.first; k <= al.last; k++) {
    const w = words[k] as NameWord;
    const pair = al.pairs.find((p) => k >= p.word && k < p.word + p.words);
    if (pair && k > pair.word) continue;
    const last = pair ? (words[k + pair.words - 1] as NameWord) : w;
    const replaced = pair ? term.term.slice((term.words[pair.termWord] as NameWord).start, (term.words[pair.termWord + pair.termWords - 1] as NameWord).stop) : w.text;
    s += text.slice(at, w.start) + replaced;
    at = last.stop;
  }
  return s;
}

/** Pairs (in the text's order) whose term words come in the term's order too. */
function inTermOrder(pairs: readonly Pair[]): boolean {
  for (let i = 1; i < pairs.length; i++) {
    const a = pairs[i - 1] as Pair;
    if ((pairs[i] as Pair).termWord < a.termWord + a.termWords) return false;
  }
  return true;
}
