import type { CompiledGlossary } from '../glossary/compile.js';
import type { GlossaryEntry } from '../glossary/types.js';
import { isEnglishWord } from '../lang/english.js';
import { nameData } from './data.js';
import { foldName } from './fold.js';
import type { NameIndex } from './name-index.js';
import { compareWords } from './similarity.js';
import { spells } from './spells.js';
import { isNameTerm, type NameWord } from './words.js';

/** A part of a hyphenated word that is a one-word glossary name bent, beside a part that is a glossary name (or a name's stem bent). */
export interface BentPart {
  readonly start: number;
  readonly end: number;
  readonly suggestion: string;
  readonly confidence: number;
  readonly entry: GlossaryEntry;
}

/** A part this long at least (shorter parts are suffixes and syllables: "-shi", "-Un"). */
const MIN_PART = 4;
const CONFIDENCE = 0.55;

/**
 * Parts of a hyphenated word that is two names joined ("Fujine-Yokotem": Fujine and Yokote, a section of
 * a railway line; "Kitakami-Hanamaki") where one part is a glossary term word exactly and another is a
 * one-word glossary name bent ("Yokotem" for Yokote). The matcher (match.ts) aligns the hyphenated word
 * with a term as a whole, and a term of one word ("Yokote") is then no alignment for it; the part written
 * right says the word is a compound of names, so its other part is looked up as a word of its own.
 *
 * Also a word that is the stem of such a name bent, the name's kind after its hyphen translated (bentStem).
 *
 * A part is taken only where it is no English word, no name the dictionary knows and no word of a term,
 * and compares with the glossary name as `bent` (similarity.ts; not alike in sound only). Cost: only
 * hyphenated capitalised words with a part that is a glossary word, one index look-up per other part
 * (memoised per distinct word by the index).
 */
export function bentParts(words: readonly NameWord[], index: NameIndex, glossary: CompiledGlossary, taken: (start: number, end: number) => boolean): BentPart[] {
  const out: BentPart[] = [];
  for (const w of words) {
    const stem = w.syllables.length === 1 ? bentStem(w) : undefined;
    if (stem) {
      out.push({ start: w.start, end: w.stop, suggestion: stem[0], confidence: CONFIDENCE, entry: stem[1] });
      continue;
    }
    if (w.syllables.length < 2 || !w.capital || w.allCaps || w.otherScript || taken(w.start, w.stop)) continue;
    const parts = w.text.split('-');
    if (parts.length < 2 || parts.length !== w.syllables.length) continue;
    // a part that is a name of the glossary (not an English word of one: "Saint-", "New-")
    if (!parts.some((p) => /^\p{Lu}/u.test(p) && glossary.hasTermWord(p.toLowerCase()) && !isEnglishWord(p.toLowerCase()))) continue;
    let at = w.start;
    for (const part of parts) {
      const found = bent(w, part);
      if (found) {
        if (!taken(at, at + part.length)) out.push({ start: at, end: at + part.length, suggestion: found[0], confidence: CONFIDENCE, entry: found[1] });
        break;
      }
      at += part.length + 1;
    }
  }
  return out;

  /**
   * A word that is a one-word glossary name's stem bent, the name written with a word of its kind after a
   * hyphen ("Wakakake Town" for Wakatake-cho, the town of Wakatake: corpora/names/particles.yaml
   * derivedEndings): MT translates the kind and bends the stem, and the matcher compares the word with the
   * whole name. The suggestion is the stem, as the text names the kind in its own words.
   */
  function bentStem(w: NameWord): [string, GlossaryEntry] | undefined {
    if (!w.capital || w.allCaps || w.otherScript || w.particle || taken(w.start, w.stop) || !unknown(w.text)) return undefined;
    const ids = index.candidates(w);
    if (ids.length === 0) return undefined;
    const cw = index.comparedFolded(w.folded);
    for (const id of ids) {
      const term = index.term(id);
      const tw = term?.words.length === 1 ? term.words[0] : undefined;
      if (!term || !tw || tw.syllables.length < 2 || !nameData().derivedEndings.includes(tw.syllables[tw.syllables.length - 1] as string) || !isNameTerm(term)) continue;
      const cut = tw.text.lastIndexOf('-');
      if (cut < MIN_PART) continue;
      const m = compareWords(cw, index.comparedFolded(foldName(tw.text.slice(0, cut))));
      // one letter at most: a stem alone is a word alone, and other names are as near ("Kawatake", "Aotake")
      if (m.kind === 'bent' && !m.weak && m.edits <= 1) return [tw.text.slice(0, cut), term.entry];
    }
    return undefined;
  }

  /** No English word, no name the dictionary knows, no word of a glossary term. */
  function unknown(word: string): boolean {
    const lower = word.toLowerCase();
    const folded = foldName(word);
    return folded.length >= MIN_PART && /^\p{Lu}\p{Ll}+$/u.test(word) && !isEnglishWord(lower) && !spells(word) && !glossary.hasTermWord(lower) && !glossary.hasTermWord(folded);
  }

  function bent(w: NameWord, part: string): [string, GlossaryEntry] | undefined {
    if (!unknown(part)) return undefined;
    const folded = foldName(part);
    const cw = index.comparedFolded(folded);
    let best: [string, GlossaryEntry] | undefined;
    let bestScore = 0;
    for (const id of index.candidates({ ...w, text: part, folded, syllables: [folded] })) {
      const term = index.term(id);
      if (!term || term.words.length !== 1 || !isNameTerm(term)) continue;
      const m = compareWords(cw, term.compared[0]!);
      if (m.kind !== 'bent' || m.weak || m.score <= bestScore) continue;
      best = [term.term, term.entry];
      bestScore = m.score;
    }
    return best;
  }
}
