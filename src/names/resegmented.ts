import type { CompiledGlossary } from '../glossary/compile.js';
import { isEnglishWord } from '../lang/english.js';
import { syllablesOf } from './fold.js';
import { withoutMarks } from '../lang/marks.js';
import type { NameIndex } from './name-index.js';
import { lineBreak } from './modifier.js';
import { compareWords } from './similarity.js';
import { spells } from './spells.js';
import type { PartMiss } from './parts.js';
import { keptFor, type Generational } from './generational.js';
import { isNameTerm, type NameWord } from './words.js';

const CONFIDENCE = 0.6;
/** Letters of a name, spaces and hyphens left out, at least: shorter ones split or joined otherwise are other names. */
const MIN_LETTERS = 8;
/** Words of the text read as one name, at most. */
const MAX_WORDS = 3;
/** Terms a word is looked up in, at most (a common word's terms say nothing of one name). */
const MAX_TERMS = 48;
/** Letters of each part, at least: a letter or two of their own are a label after the name ("Tenri University B", "Galaxy S"). */
const MIN_PART = 3;

/** A glossary name of two parts or more: its id, its letters without spaces and hyphens, and the length of each part. */
interface Joined {
  readonly id: number;
  readonly letters: string;
  readonly parts: readonly number[];
}

/** Terms' parts once read, per glossary (null: not a name of two parts or more), at most JOINED_LIMIT. */
const JOINED_LIMIT = 16_384;
const joinedTerms = new WeakMap<CompiledGlossary, Generational<number, Joined | null>>();

/** A term's letters, lower-cased, spaces and hyphens left out, as syllablesOf folds them (accents dropped first; a term with other characters folded by it). */
function lettersOf(term: string, marksDropped = false): string {
  let letters = '';
  for (let i = 0; i < term.length; i++) {
    const c = term.charCodeAt(i);
    if (c === 32 || c === 45) continue;
    const lower = c >= 65 && c <= 90 ? c + 32 : c;
    if (lower < 97 || lower > 122) return marksDropped ? syllablesOf(term).join('') : lettersOf(withoutMarks(term), true);
    letters += String.fromCharCode(lower);
  }
  return letters;
}

/** Term `id`'s parts, when it is a name of two parts or more of at least MIN_PART letters each and MIN_LETTERS in all (once per term). */
function joinedOf(id: number, glossary: CompiledGlossary): Joined | null {
  const memo = keptFor(joinedTerms, glossary, JOINED_LIMIT);
  let j = memo.get(id);
  if (j === undefined) {
    const term = glossary.term(id);
    const parts = syllablesOf(term);
    const letters = lettersOf(term);
    j = parts.length < 2 || letters.length < MIN_LETTERS || parts.some((p) => p.length < MIN_PART) ? null : { id, letters, parts: parts.map((p) => p.length) };
    memo.set(id, j);
  }
  return j;
}

/** Letters of the longest term word looked for at either end of a window (longer words are asked of no name). */
const LONGEST = 40;

/**
 * The terms with a word that begins or ends the letters (at least MIN_PART of them, in the glossary's
 * word table): a name cut elsewhere keeps its first or its last word whole ("chuodai" in "Chuo-Daiino",
 * "activision" in "ActivisionBlizzards"). A few map reads per window, and windows are few (see below).
 */
function termsAround(joined: string, glossary: CompiledGlossary): Set<number> {
  const ids = new Set<number>();
  const n = joined.length;
  for (let k = MIN_PART; k <= n - MIN_PART; k++) {
    // (a cut leaving both sides longer than any word a name has in practice is no word of the glossary:
    // skipped, so a window costs at most 2 x LONGEST slices of LONGEST letters, not n slices of n/2)
    if (k > LONGEST && n - k > LONGEST) continue;
    for (const word of [k <= LONGEST ? joined.slice(0, k) : '', n - k <= LONGEST ? joined.slice(k) : '']) {
      if (word === '') continue;
      // (asked first: most cuts are no word of the glossary, and a term list is an array made at each call)
      if (!glossary.hasTermWord(word)) continue;
      const found = glossary.termIdsOf(word, MAX_TERMS);
      if (found) for (let i = 0; i < found.length; i++) ids.add(found[i] as number);
    }
  }
  return ids;
}

/**
 * A name of two parts or more written with its parts split or joined elsewhere and one letter off, a
 * misreading the word matcher (align.ts, word by word) cannot line up: "Chuo-Daiino" for Chuodai Iino,
 * "ActivisionBlizzards" for Activision Blizzard. A window of the run (up to three words, one of them cut
 * by a hyphen or a capital inside: two words read as one are the word matcher's) whose letters joined
 * are one edit from the name's, at least eight letters, cut into parts otherwise than the name (where
 * the parts line up, word by word, the word matcher judges them); not where every word is English or a
 * name the dictionary knows ("WhiteHorse" is no White House), nor with a part of one or two letters (a
 * label after the name: "Tenri University-B"), nor across a line break, nor where the letter is one a
 * romanisation convention writes otherwise (b for v: "Beersheba", the English name of Be'er Sheva).
 * Linear in the text: a window's names are found by the glossary's words that begin or end its letters
 * (termsAround), a few map reads for at most MAX_WORDS words of at most MAX_NAME_WORD letters each.
 */
export function resegmentedNames(text: string, words: readonly NameWord[], runs: readonly (readonly [number, number])[], inMatch: Uint8Array, index: NameIndex, glossary: CompiledGlossary): PartMiss[] {
  const out: PartMiss[] = [];
  // (runs read by index, as in replaced.ts: `for (const [a, b] of runs)` made an iterator per run and one per pair)
  for (let j = 0; j < runs.length; j++) {
    const a = (runs[j] as readonly [number, number])[0];
    const b = (runs[j] as readonly [number, number])[1];
    let done = a;
    for (let s = a; s < b; s++) {
      // (a window that begins in a name the glossary has, written right, is that name; one with no word cut
      // otherwise, by a hyphen or a capital inside, is for the word matcher, which reads two words as one)
      if (s < done || inMatch[(words[s] as NameWord).first] || !cutInside(words, s, Math.min(b, s + MAX_WORDS))) continue;
      let joined = '';
      let cut = false;
      for (let e = s; e < b && e - s < MAX_WORDS; e++) {
        const w = words[e] as NameWord;
        if (!usable(w) || (e > s && lineBreak(text, (words[e - 1] as NameWord).stop, w.start))) break;
        joined += w.folded;
        cut ||= cutInside(words, e, e + 1);
        if (joined.length < MIN_LETTERS || !cut) continue;
        // (the dictionary is asked last: most windows have no name to compare with)
        const found = termFor(words, s, e + 1, joined, index, glossary);
        if (!found || allMatched(words, s, e + 1, inMatch) || allKnown(words, s, e + 1)) continue;
        out.push(found);
        done = e + 1;
        break;
      }
    }
  }
  return out;
}

/** A word of words[s, e) is hyphenated or has a capital inside ("ActivisionBlizzards"). */
function cutInside(words: readonly NameWord[], s: number, e: number): boolean {
  for (let k = s; k < e; k++) {
    const w = words[k] as NameWord;
    if (w.syllables.length > 1) return true;
    const t = w.text;
    for (let i = 1; i < t.length; i++) {
      const c = t.charCodeAt(i);
      if (c >= 65 && c <= 90) return true;
    }
  }
  return false;
}

/** A word that may be part of a name read across its words: no particle, no acronym, no part of one or two letters. */
function usable(w: NameWord): boolean {
  if (w.particle || w.allCaps) return false;
  for (const p of w.syllables) if (p.length < MIN_PART) return false;
  return true;
}

function termFor(words: readonly NameWord[], s: number, e: number, joined: string, index: NameIndex, glossary: CompiledGlossary): PartMiss | undefined {
  for (const id of termsAround(joined, glossary)) {
    const j = joinedOf(id, glossary);
    if (!j || !oneEdit(joined, j.letters) || sameCut(words, s, e, j.parts)) continue;
    const named = index.term(id);
    if (!named || !(named.isName ??= isNameTerm(named))) continue;
    const m = compareWords(index.comparedFolded(joined), index.comparedFolded(j.letters));
    if (m.kind === 'bent' && m.transliteration) continue;
    return { start: (words[s] as NameWord).start, end: (words[e - 1] as NameWord).stop, suggestion: glossary.term(id), confidence: CONFIDENCE, entry: named.entry };
  }
  return undefined;
}

/** The written parts (words and their hyphenated parts) are as many as the name's and of their lengths, give or take the one letter. */
function sameCut(words: readonly NameWord[], s: number, e: number, parts: readonly number[]): boolean {
  let k = 0;
  for (let r = s; r < e; r++) {
    for (const p of (words[r] as NameWord).syllables) {
      const q = parts[k++];
      if (q === undefined || Math.abs(q - p.length) > 1) return false;
    }
  }
  return k === parts.length;
}

/** Every word of words[a, b) is an English word or a name the dictionary knows: a phrase or another name ("Whitehorse", not the White House). */
function allKnown(words: readonly NameWord[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const t = (words[k] as NameWord).text;
    // (a capital inside asked of the word as the dictionary writes it: "WhiteHorse" as Whitehorse)
    if (!isEnglishWord((words[k] as NameWord).folded) && !spells(t.charAt(0) + t.slice(1).toLowerCase())) return false;
  }
  return true;
}

function allMatched(words: readonly NameWord[], a: number, b: number, inMatch: Uint8Array): boolean {
  for (let k = a; k < b; k++) if (!inMatch[(words[k] as NameWord).first]) return false;
  return true;
}

/** The two are one edit apart (a letter changed, added or dropped), in one pass. */
export function oneEdit(a: string, b: string): boolean {
  if (a.length < b.length) [a, b] = [b, a];
  const d = a.length - b.length;
  if (d > 1) return false;
  let i = 0;
  while (i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === b.length) return d === 1;
  // the first difference: a letter changed (the rest the same) or one added in the longer (the rest shifted)
  return d === 0 ? a.slice(i + 1) === b.slice(i + 1) : a.slice(i + 1) === b.slice(i);
}
