import type { Alignment } from './align.js';
import type { NameTerm } from './name-index.js';
import type { NameWord } from './words.js';

/**
 * The suggestion for an aligned span of `text`'s name words: the span with each aligned word replaced by
 * the term's, or the whole term when every word of it lines up and nothing is inserted.
 */
export function suggestionOf(text: string, words: readonly NameWord[], al: Alignment, term: NameTerm): string {
  const named = term.words.filter((w) => !w.particle).length;
  if (al.termCovered === named && al.inserted === 0) return term.term;
  let s = '';
  let at = (words[al.first] as NameWord).start;
  // the term word after the last one placed, while the pairs keep the term's order: term words the text left out
  // between two it wrote go back in with the later one ("Yun Seok-yeol" paired with Yoon and Yeol: "Yoon Suk Yeol")
  let next = -1;
  for (let k = al.first; k <= al.last; k++) {
    const w = words[k] as NameWord;
    const pair = al.pairs.find((p) => k >= p.word && k < p.word + p.words);
    if (pair && k > pair.word) continue;
    const last = pair ? (words[k + pair.words - 1] as NameWord) : w;
    let replaced = w.text;
    if (pair) {
      const from = next >= 0 && next < pair.termWord && al.inserted === 0 ? next : pair.termWord;
      replaced = term.term.slice((term.words[from] as NameWord).start, (term.words[pair.termWord + pair.termWords - 1] as NameWord).stop);
      next = next < 0 || next <= pair.termWord ? pair.termWord + pair.termWords : Number.MAX_SAFE_INTEGER;
    }
    s += text.slice(at, w.start) + replaced;
    at = last.stop;
  }
  return s;
}
