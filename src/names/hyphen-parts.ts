import type { CompiledGlossary } from '../glossary/compile.js';
import type { GlossaryEntry } from '../glossary/types.js';
import { isEnglishWord } from '../lang/english.js';
import { editDistance } from '../lang/edit-distance.js';
import { nameData } from './data.js';
import { foldName } from './fold.js';
import type { NameMiss } from './match.js';
import type { NameIndex } from './name-index.js';
import { compareWords } from './similarity.js';
import { spells } from './spells.js';
import { isNameTerm, type NameWord } from './words.js';

/** A part of a hyphenated word that is a one-word glossary name bent, beside a part that is a glossary name (or a name's stem bent, or a name run together). */
export type BentPart = Omit<NameMiss, 'features'>;

/** A part this long at least (shorter parts are suffixes and syllables: "-shi", "-Un"). */
const MIN_PART = 4;
const CONFIDENCE = 0.55;
/** A word of two names run together this long at least. */
const MIN_JOINED = 8;

/**
 * Parts of a hyphenated word that is two names joined ("Fujine-Yokotem": Fujine and Yokote, a section of
 * a railway line; "Kitakami-Hanamaki") where one part is a glossary term word exactly and another is a
 * one-word glossary name bent ("Yokotem" for Yokote). The matcher (match.ts) aligns the hyphenated word
 * with a term as a whole, and a term of one word ("Yokote") is then no alignment for it; the part written
 * right says the word is a compound of names, so its other part is looked up as a word of its own.
 *
 * Also a word that is the stem of such a name bent, the name's kind after its hyphen translated (bentStem),
 * and a word that is a name of two words or more run together with a letter off (joinedName).
 *
 * A part is taken only where it is no English word, no name the dictionary knows and no word of a term,
 * and compares with the glossary name as `bent` (similarity.ts; not alike in sound only). Cost: only
 * hyphenated capitalised words with a part that is a glossary word, one index look-up per other part
 * (memoised per distinct word by the index).
 */
export function bentParts(words: readonly NameWord[], index: NameIndex, glossary: CompiledGlossary, taken: (start: number, end: number) => boolean): BentPart[] {
  const out: BentPart[] = [];
  for (const w of words) {
    const whole = (w.syllables.length === 1 ? bentStem(w) : undefined) ?? joinedName(w);
    if (whole) {
      out.push({ start: w.start, end: w.stop, suggestion: whole[0], confidence: CONFIDENCE, entry: whole[1] });
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
    if (!w.capital || w.allCaps || w.otherScript || w.particle || w.folded.length < MIN_PART) return undefined;
    const stems = stemsOf(glossary);
    if (!stems) return undefined;
    const f = w.folded;
    // one edit leaves the first two letters or the last two as they are (four letters or more)
    for (const key of [startKey(f), endKey(f)]) {
      for (const id of stems.get(key) ?? NONE) {
        const text = glossary.term(id);
        const stem = text.slice(0, text.lastIndexOf('-'));
        // one letter at most: a stem alone is a word alone, and other names are as near ("Kawatake", "Aotake")
        if (Math.abs(stem.length - f.length) > 1 || editDistance(f, foldName(stem), 2) !== 1) continue;
        const term = index.term(id);
        if (!term || !isNameTerm(term) || taken(w.start, w.stop) || !unknown(w.text)) continue;
        const m = compareWords(index.comparedFolded(f), index.comparedFolded(foldName(stem)));
        if (m.kind === 'bent' && !m.weak) return [stem, term.entry];
      }
    }
    return undefined;
  }

  /**
   * A word whose letters, hyphens aside, are a glossary name of two words or more run together with one
   * letter off ("Chuo-Daiino" for Chuodai Iino, "ActivisionBlizzards" for Activision Blizzard): MT joins a
   * name's words, or splits them elsewhere, and bends a letter. The word begins with the name's first word
   * as it is; a word that is the name's words joined letter for letter is left alone (a hashtag, a domain).
   */
  function joinedName(w: NameWord): [string, GlossaryEntry] | undefined {
    const f = w.folded;
    if (!w.capital || w.allCaps || w.otherScript || f.length < MIN_JOINED) return undefined;
    // speed: a word of a term or an English word is no name run together, and it is most long capitalised words
    if (glossary.hasTermWord(f) || isEnglishWord(f)) return undefined;
    for (let i = MIN_PART; i <= f.length - 3; i++) {
      const head = f.slice(0, i);
      const ids = glossary.hasTermWord(head) ? glossary.termIdsOf(head) : undefined;
      for (let k = 0; ids && k < ids.length; k++) {
        const text = glossary.term(ids[k] as number);
        // (the term's length bounds its letters' from above: most terms are told apart before they are folded)
        if (text.length < f.length - 1 || text.length > f.length + 5 || !text.includes(' ')) continue;
        const joined = foldName(text);
        // (both begin with `head`: the rest is compared)
        if (!joined.startsWith(head) || Math.abs(joined.length - f.length) > 1 || editDistance(f.slice(i), joined.slice(i), 2) !== 1) continue;
        // the name made an adjective ("Costarican", "Srilankan"), not the name bent
        if (f.startsWith(joined) && nameData().adjectiveEndings.includes(f.slice(joined.length))) continue;
        const term = index.term(ids[k] as number);
        if (!term || term.words.length < 2 || !isNameTerm(term) || taken(w.start, w.stop)) continue;
        return [text, term.entry];
      }
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

/** Per glossary: its one-word names written with their kind after a hyphen ("Wakatake-cho"), by the first two and the last two letters of their stem (null: none). */
const stemsByGlossary = new WeakMap<CompiledGlossary, Map<number, number[]> | null>();
const NONE: number[] = [];
/** A word's first two letters and its last two as numbers (a string made for each capitalised word of a text cost more than the look-up). */
const startKey = (f: string) => f.charCodeAt(0) * 65536 + f.charCodeAt(1);
const endKey = (f: string) => -(f.charCodeAt(f.length - 2) * 65536 + f.charCodeAt(f.length - 1));

/** The stems of a glossary (see stemsByGlossary), made once from the terms that hold a kind word (a few map reads when none does). */
function stemsOf(glossary: CompiledGlossary): Map<number, number[]> | null {
  let stems = stemsByGlossary.get(glossary);
  if (stems === undefined) {
    stems = null;
    for (const kind of nameData().derivedEndings) {
      const ids = glossary.termIdsOf(kind);
      for (let i = 0; ids && i < ids.length; i++) {
        const id = ids[i] as number;
        const text = glossary.term(id);
        const cut = text.lastIndexOf('-');
        if (cut < MIN_PART || text.includes(' ') || text.slice(cut + 1).toLowerCase() !== kind) continue;
        const f = foldName(text.slice(0, cut));
        stems ??= new Map();
        for (const key of [startKey(f), endKey(f)]) {
          const list = stems.get(key);
          if (!list) stems.set(key, [id]);
          else if (!list.includes(id)) list.push(id);
        }
      }
    }
    stemsByGlossary.set(glossary, stems);
  }
  return stems;
}
