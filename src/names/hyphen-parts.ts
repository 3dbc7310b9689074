import type { CompiledGlossary } from '../glossary/compile.js';
import type { GlossaryEntry } from '../glossary/types.js';
import { isEnglishWord } from '../lang/english.js';
import { foldName } from './fold.js';
import type { NameIndex } from './name-index.js';
import { compareWords } from './similarity.js';
import { spells } from './spells.js';
import { isNameTerm, type NameWord } from './words.js';

/** A part of a hyphenated word that is a one-word glossary name bent, beside a part that is a glossary name. */
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
 * A part is taken only where it is no English word, no name the dictionary knows and no word of a term,
 * and compares with the glossary name as `bent` (similarity.ts; not alike in sound only). Cost: only
 * hyphenated capitalised words with a part that is a glossary word, one index look-up per other part
 * (memoised per distinct word by the index).
 */
export function bentParts(words: readonly NameWord[], index: NameIndex, glossary: CompiledGlossary, taken: (start: number, end: number) => boolean): BentPart[] {
  const out: BentPart[] = [];
  for (const w of words) {
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

  function bent(w: NameWord, part: string): [string, GlossaryEntry] | undefined {
    const lower = part.toLowerCase();
    const folded = foldName(part);
    if (folded.length < MIN_PART || !/^\p{Lu}\p{Ll}+$/u.test(part) || isEnglishWord(lower) || spells(part) || glossary.hasTermWord(lower) || glossary.hasTermWord(folded)) return undefined;
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
