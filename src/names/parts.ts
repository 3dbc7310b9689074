import type { CompiledGlossary } from '../glossary/compile.js';
import type { ReplacedWord } from './replaced.js';
import { isEnglishWord } from '../lang/english.js';
import { editDistance } from '../lang/edit-distance.js';
import { commonPrefix } from '../lang/suggest.js';
import { foldName } from './fold.js';
import type { NameIndex, NameTerm } from './name-index.js';
import { compareWords } from './similarity.js';
import { spells } from './spells.js';
import { nameData } from './data.js';
import { derived } from './extended.js';
import { isNameTerm, type NameWord } from './words.js';

/** A span of the text that is a glossary name with one of its parts bent (see partMisses): what replaced.ts finds, in shape. */
export type PartMiss = ReplacedWord;

const CONFIDENCE = 0.6;
/** Terms a part is looked up in, at most (a common word's terms say nothing of one name). */
const MAX_TERMS = 48;
/** A part compared on its own this long at least. */
const MIN_PART = 4;
/** Letters a bent part begins with as the term's part, at least, unless the two compare as alike or it is an English word (see partMisses). */
const MIN_START = 3;
/** Letters added at the end of a part, at most. */
const MAX_ADDED = 2;
/** Terms the part kept may be a word of, at most: one many names share ("Saint", "Jean") says no name. */
const MAX_ANCHOR_TERMS = 3;

/**
 * Names whose parts are joined by hyphens, one part the glossary's and another bent, which the word
 * matcher (align.ts) compares whole and so misses:
 *
 * - a hyphenated name with the parts of a hyphenated glossary name, in order, one the same and each
 *   other alike (similarity.ts), or beginning with the same three letters, or an English word with the
 *   same first letter ("Nagut-Karabakh" for Nagorno-Karabakh, "Baron-Herb" for Baron-Harlev): a name
 *   written with one part right is that name, its other part misread (MT keeps a syllable of it, or
 *   writes an English word it hears). A part that only begins with the same letter names another
 *   place (Stuttgart-Botnang beside Stuttgart-Bad Cannstatt); nor when the bent part is a word of
 *   another glossary name, another acceptable spelling of the part, or the part with another adjective
 *   ending ("Swabian-Alemannian", "Swabian-Alemannic");
 * - a hyphenated word joining two names, one a glossary name as written and the other close to a
 *   glossary name ("Fujine-Yokotem" for the section Fujine-Yokote, both stations of the glossary):
 *   the close part alone is flagged when it compares as bent (similarity.ts) with at most two edits, is
 *   no English word or name the dictionary knows ("Israel-Hamas" beside a glossary Hama) and no word of
 *   the glossary.
 *
 * Linear in the text: a hyphenated word's parts are looked up as exact words (a map read each), and
 * compared with the few terms that hold them.
 */
export function partMisses(words: readonly NameWord[], inMatch: Uint8Array, index: NameIndex, glossary: CompiledGlossary): PartMiss[] {
  const out: PartMiss[] = [];
  for (let r = 0; r < words.length; r++) {
    const w = words[r] as NameWord;
    if (w.syllables.length < 2 || !w.capital || w.allCaps || w.otherScript || (inMatch[w.first] && inMatch[w.end - 1])) continue;
    const parts = hyphenParts(w);
    if (!parts) continue;
    const found = samePartsTerm(words, r, parts, index, glossary) ?? joinedNames(parts, index, glossary);
    if (found) out.push(found);
  }
  return out;
}

interface Part {
  readonly text: string;
  readonly folded: string;
  /** Offset of the part in the text. */
  readonly start: number;
}

/** The parts of a hyphenated word, each with letters ("Fujine-Yokotem"), or undefined for another join (an apostrophe). */
function hyphenParts(w: NameWord): Part[] | undefined {
  const texts = w.text.split('-');
  if (texts.length < 2 || texts.length !== w.syllables.length) return undefined;
  const out: Part[] = [];
  let at = w.start;
  for (const text of texts) {
    const folded = foldName(text);
    if (folded === '') return undefined;
    out.push({ text, folded, start: at });
    at += text.length + 1;
  }
  return out;
}

/**
 * The name terms that hold the word `folded` (lower-cased), when few, of those whose term text passes
 * `fits` (read before the term is made into a NameTerm, which costs its words' spellings).
 */
function namesWith(folded: string, index: NameIndex, glossary: CompiledGlossary, fits: (term: string) => boolean): NameTerm[] {
  const ids = glossary.termIdsOf(folded, MAX_TERMS);
  if (!ids) return [];
  const out: NameTerm[] = [];
  for (let i = 0; i < ids.length; i++) {
    if (!fits(glossary.term(ids[i] as number))) continue;
    const term = index.term(ids[i] as number);
    if (term && !out.includes(term) && (term.isName ??= isNameTerm(term))) out.push(term);
  }
  return out;
}

/**
 * The word words[r] as the parts of a hyphenated word of a glossary name, one part the same (see
 * partMisses), the closest such term word when several fit; none when the word spells one of them in a
 * way romanisations allow ("Guinea-Bisau" is Guinea-Bissau, not the demonym Guinea-Bissauan misspelt). The part kept must say which name it is: a part many names share ("Saint",
 * "Jean", a Korean syllable such as "Jae") does not, nor one of three letters; and the term's other words
 * must stand beside it as the term has them: "Kim Jae-min" is not Lee Jae-myung, nor "Jean-Marc Ayrault"
 * Jean-Marie Le Pen.
 */
function samePartsTerm(words: readonly NameWord[], r: number, parts: readonly Part[], index: NameIndex, glossary: CompiledGlossary): PartMiss | undefined {
  const w = words[r] as NameWord;
  let best: PartMiss | undefined;
  let bestEdits = Infinity;
  for (const anchor of parts) {
    if (anchor.folded.length < 3 || glossary.termCountOf(anchor.folded) > MAX_ANCHOR_TERMS) continue;
    for (const term of namesWith(anchor.folded, index, glossary, hyphenated)) {
      for (let t = 0; t < term.words.length; t++) {
        const tw = term.words[t] as NameWord;
        if (tw.syllables.length !== parts.length || tw.folded === w.folded || !besideAsInTerm(words, r, term, t)) continue;
        const alike = partsAlike(parts, tw.syllables, index, glossary);
        // a spelling of a glossary name's every part (romanisations allow "Bisau" for "Bissau") is that name
        if (alike === 'same') return undefined;
        if (alike === 'none') continue;
        const edits = editDistance(w.folded, tw.folded, bestEdits);
        if (edits < bestEdits) (bestEdits = edits), (best = { start: w.start, end: w.stop, suggestion: tw.text, confidence: CONFIDENCE, entry: term.entry });
      }
    }
  }
  return best;
}

/** The term's words other than its t-th stand beside words[r] in the text as in the term, each the same, one token after another. */
function besideAsInTerm(words: readonly NameWord[], r: number, term: NameTerm, t: number): boolean {
  const from = r - t;
  const to = from + term.words.length;
  if (from < 0 || to > words.length) return false;
  for (let k = from; k < to; k++) {
    const x = words[k] as NameWord;
    if (k !== r && x.folded !== (term.words[k - from] as NameWord).folded) return false;
    if (k > from && (words[k - 1] as NameWord).end !== x.first) return false;
  }
  return true;
}

/**
 * Each written part is the term's part or begins like it, one at least the same and one at least bent
 * (`bent`); each the same or an accepted spelling of it (`same`); or neither (`none`).
 */
function partsAlike(parts: readonly Part[], termParts: readonly string[], index: NameIndex, glossary: CompiledGlossary): 'same' | 'bent' | 'none' {
  let same = 0;
  let bent = 0;
  for (let i = 0; i < parts.length; i++) {
    const a = (parts[i] as Part).folded;
    const b = termParts[i] as string;
    if (a === b) {
      same++;
      continue;
    }
    if (a.length < 3 || b.length < 3 || a[0] !== b[0] || glossary.hasTermWord(a) || otherEnding(a, b)) return 'none';
    const kind = compareWords(index.comparedFolded(a), index.comparedFolded(b)).kind;
    if (kind === 'same' || kind === 'exact') same++;
    else if (kind === 'bent' || commonPrefix(a, b) >= MIN_START || isEnglishWord(a)) bent++;
    else return 'none';
  }
  return bent === 0 ? 'same' : same > 0 ? 'bent' : 'none';
}

/** A part that is a one-word glossary name with a letter or two added at its end, beside a part that is one as written (see partMisses). */
function joinedNames(parts: readonly Part[], index: NameIndex, glossary: CompiledGlossary): PartMiss | undefined {
  if (!parts.some((p) => loneName(p.folded, index, glossary))) return undefined;
  for (const p of parts) {
    if (p.folded.length < MIN_PART + 1 || glossary.hasTermWord(p.folded) || isEnglishWord(p.folded) || spells(p.text)) continue;
    for (let k = p.folded.length - MAX_ADDED; k < p.folded.length; k++) {
      if (k < MIN_PART) continue;
      const term = loneName(p.folded.slice(0, k), index, glossary);
      // (a final "e" alone spells the name another way: "Berne" is the English exonym of Bern)
      if (term && !derived(p.folded.slice(k)) && p.folded.slice(k) !== 'e') return { start: p.start, end: p.start + p.text.length, suggestion: term.term, confidence: CONFIDENCE, entry: term.entry };
    }
  }
  return undefined;
}

/** The name term of one word that is `folded` as written (lower-cased). */
function loneName(folded: string, index: NameIndex, glossary: CompiledGlossary): NameTerm | undefined {
  if (folded.length < 3 || isEnglishWord(folded)) return undefined;
  for (const term of namesWith(folded, index, glossary, (t) => !t.includes(' '))) if (term.words.length === 1 && (term.words[0] as NameWord).folded === folded) return term;
  return undefined;
}

/** The two are one stem with other endings English makes adjectives with ("Alemannian", "Alemannic"). */
function otherEnding(a: string, b: string): boolean {
  const { adjectiveEndings } = nameData();
  for (const e of ['', ...adjectiveEndings]) {
    if (!a.endsWith(e)) continue;
    const stem = a.slice(0, a.length - e.length);
    if (b.startsWith(stem) && (b.length === stem.length || adjectiveEndings.includes(b.slice(stem.length)))) return true;
  }
  return false;
}

const hyphenated = (term: string): boolean => term.includes('-');
