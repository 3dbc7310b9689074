import type { CompiledGlossary } from '../glossary/compile.js';
import { isEnglishWord } from '../lang/english.js';
import { syllablesOf } from './fold.js';
import { withoutMarks } from '../lang/marks.js';
import type { NameIndex } from './name-index.js';
import { lineBreak } from './modifier.js';
import { compareWords } from './similarity.js';
import { spells } from './spells.js';
import type { PartMiss } from './parts.js';
import { isNameTerm, type NameWord } from './words.js';

const CONFIDENCE = 0.6;
/** Letters of a name, spaces and hyphens left out, at least: shorter ones split or joined otherwise are other names. */
const MIN_LETTERS = 8;
/** Words of the text read as one name, at most. */
const MAX_WORDS = 3;
/** Letters the index keys a name by (its first). */
const KEY = 5;
/** Names that begin with the same letters, at most: past this the first letters say too little ("Unive..."), and each window would be compared with all. */
const MAX_KEYED = 64;
/** Letters of each part, at least: a letter or two of their own are a label after the name ("Tenri University B", "Galaxy S"). */
const MIN_PART = 3;

/** A glossary name of two parts or more: its id, its letters without spaces and hyphens, and the length of each part. */
interface Joined {
  readonly id: number;
  readonly letters: string;
  readonly parts: readonly number[];
}

/**
 * A glossary's names of two parts or more by the first letters of their parts joined, each list as pairs
 * (id, letters without spaces and hyphens), and each name's parts once read (null: not such a name).
 */
interface Keyed {
  readonly byKey: Map<string, (number | string)[]>;
  readonly joined: Map<number, Joined | null>;
}

const indexes = new WeakMap<CompiledGlossary, Keyed>();

/**
 * The glossary's terms with a space or a hyphen, by their first KEY letters, made once per glossary with a
 * character loop per term (a 10,000-entry glossary is read in a few ms; its terms are split into parts only
 * when a window of the text begins like them and is as long, see joinedOf).
 */
function indexOf(glossary: CompiledGlossary): Keyed {
  let keyed = indexes.get(glossary);
  if (!keyed) {
    const byKey = new Map<string, (number | string)[]>();
    for (let id = 0; id < glossary.size; id++) {
      const term = glossary.term(id);
      if (term.length < MIN_LETTERS || (term.indexOf(' ') < 0 && term.indexOf('-') < 0)) continue;
      const letters = lettersOf(term);
      if (letters.length < MIN_LETTERS) continue;
      const key = letters.slice(0, KEY);
      const list = byKey.get(key);
      if (list) list.push(id, letters);
      else byKey.set(key, [id, letters]);
    }
    indexes.set(glossary, (keyed = { byKey, joined: new Map() }));
  }
  return keyed;
}

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
function joinedOf(id: number, glossary: CompiledGlossary, keyedIndex: Keyed): Joined | null {
  let j = keyedIndex.joined.get(id);
  if (j === undefined) {
    const parts = syllablesOf(glossary.term(id));
    const letters = parts.join('');
    j = parts.length < 2 || letters.length < MIN_LETTERS || parts.some((p) => p.length < MIN_PART) ? null : { id, letters, parts: parts.map((p) => p.length) };
    keyedIndex.joined.set(id, j);
  }
  return j;
}

/**
 * A name of two parts or more written with its parts split or joined elsewhere and one letter off, a
 * misreading the word matcher (align.ts, word by word) cannot line up: "Chuo-Daiino" for Chuodai Iino,
 * "ActivisionBlizzards" for Activision Blizzard. Only a window with a word cut by a hyphen or a capital
 * inside is looked at (two words read as one are the word matcher's: align.ts). The words of a window of the run (up to three, one at
 * least no English word), their letters joined, are one edit from the name's letters joined, at least
 * eight letters, and cut into parts otherwise than the name (where the parts line up, word by word,
 * the word matcher judges them), not all words English or names the dictionary knows ("Whitehorse" is
 * no White House), every part of three letters or more (a letter of its own is a label
 * after the name: "Tenri University B", "Samsung Galaxy S"), not across a line break, and not where the
 * letter is one a romanisation convention writes otherwise ("Beersheba", the English name of Be'er
 * Sheva, b for v, written as one word). Linear in the text: each window is looked up by its first letters in a
 * map of the glossary's names of several parts, made once per glossary.
 */
export function resegmentedNames(text: string, words: readonly NameWord[], runs: readonly (readonly [number, number])[], inMatch: Uint8Array, index: NameIndex, glossary: CompiledGlossary): PartMiss[] {
  const out: PartMiss[] = [];
  let keyedIndex: Keyed | undefined;
  for (const [a, b] of runs) {
    let done = a;
    for (let s = a; s < b; s++) {
      // (a window that begins in a name the glossary has, written right, is that name; one with no word cut
      // otherwise, by a hyphen or a capital inside, is for the word matcher, which reads two words as one)
      if (s < done || inMatch[(words[s] as NameWord).first] || !cutInside(words, s, Math.min(b, s + MAX_WORDS))) continue;
      // the names that begin with the window's first letters, looked up once per first word (most have none)
      let key = '';
      for (let e = s; e < b && key.length < KEY; e++) key += (words[e] as NameWord).folded;
      keyedIndex ??= indexOf(glossary);
      const list = key.length >= KEY ? keyedIndex.byKey.get(key.slice(0, KEY)) : undefined;
      if (!list || list.length > 2 * MAX_KEYED) continue;
      let joined = '';
      for (let e = s; e < b && e - s < MAX_WORDS; e++) {
        const w = words[e] as NameWord;
        if (!usable(w) || (e > s && lineBreak(text, (words[e - 1] as NameWord).stop, w.start))) break;
        joined += w.folded;
        if (joined.length < MIN_LETTERS) continue;
        // (the dictionary is asked last: most windows have no name of the index to compare with)
        const found = termFor(words, s, e + 1, joined, list, keyedIndex, index, glossary);
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

function termFor(words: readonly NameWord[], s: number, e: number, joined: string, list: readonly (number | string)[], keyedIndex: Keyed, index: NameIndex, glossary: CompiledGlossary): PartMiss | undefined {
  for (let i = 0; i < list.length; i += 2) {
    if (!oneEdit(joined, list[i + 1] as string)) continue;
    const j = joinedOf(list[i] as number, glossary, keyedIndex);
    if (!j) continue;
    const { id, letters, parts } = j;
    if (sameCut(words, s, e, parts)) continue;
    const named = index.term(id);
    if (!named || !(named.isName ??= isNameTerm(named))) continue;
    const m = compareWords(index.comparedFolded(joined), index.comparedFolded(letters));
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
  for (let k = a; k < b; k++) if (!isEnglishWord((words[k] as NameWord).folded) && !spells((words[k] as NameWord).text)) return false;
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
