import type { CompiledGlossary } from '../glossary/compile.js';
import { isEnglishWord } from '../lang/english.js';
import { syllablesOf } from './fold.js';
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

/** A glossary's names of two parts or more, by the first letters of their parts joined (built once per glossary). */
/** A term of plain letters, spaces and hyphens: its parts are its words and their hyphenated parts, lower-cased (syllablesOf says the same, slower). */
const ASCII_TERM = /^[A-Za-z]+(?:[\s-][A-Za-z]+)*$/;

const indexes = new WeakMap<CompiledGlossary, Map<string, Joined[]>>();

function indexOf(glossary: CompiledGlossary): Map<string, Joined[]> {
  let byKey = indexes.get(glossary);
  if (!byKey) {
    byKey = new Map();
    for (let id = 0; id < glossary.size; id++) {
      const term = glossary.term(id);
      // (most terms are of one plain word: told by a character test, without folding)
      if (term.length < MIN_LETTERS || !/[\s-]/.test(term)) continue;
      const parts = ASCII_TERM.test(term) ? term.toLowerCase().split(/[\s-]+/) : syllablesOf(term);
      const letters = parts.join('');
      if (parts.length < 2 || letters.length < MIN_LETTERS || parts.some((p) => p.length < MIN_PART)) continue;
      const key = letters.slice(0, KEY);
      const entry = { id, letters, parts: parts.map((p) => p.length) };
      const list = byKey.get(key);
      if (list) list.push(entry);
      else byKey.set(key, [entry]);
    }
    indexes.set(glossary, byKey);
  }
  return byKey;
}

/**
 * A name of two parts or more written with its parts split or joined elsewhere and one letter off, a
 * misreading the word matcher (align.ts, word by word) cannot line up: "Chuo-Daiino" for Chuodai Iino,
 * "ActivisionBlizzards" for Activision Blizzard. The words of a window of the run (up to three, one at
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
  let byKey: Map<string, Joined[]> | undefined;
  for (const [a, b] of runs) {
    let done = a;
    for (let s = a; s < b; s++) {
      if (s < done) continue;
      // the names that begin with the window's first letters, looked up once per first word (most have none)
      let key = '';
      for (let e = s; e < b && key.length < KEY; e++) key += (words[e] as NameWord).folded;
      byKey ??= indexOf(glossary);
      const list = key.length >= KEY ? byKey.get(key.slice(0, KEY)) : undefined;
      if (!list || list.length > MAX_KEYED) continue;
      let joined = '';
      for (let e = s; e < b && e - s < MAX_WORDS; e++) {
        const w = words[e] as NameWord;
        if (!usable(w) || (e > s && lineBreak(text, (words[e - 1] as NameWord).stop, w.start))) break;
        joined += w.folded;
        if (joined.length < MIN_LETTERS) continue;
        // (the dictionary is asked last: most windows have no name of the index to compare with)
        const found = termFor(words, s, e + 1, joined, list, index, glossary);
        if (!found || allMatched(words, s, e + 1, inMatch) || allKnown(words, s, e + 1)) continue;
        out.push(found);
        done = e + 1;
        break;
      }
    }
  }
  return out;
}

/** A word that may be part of a name read across its words: no particle, no acronym, no part of one or two letters. */
function usable(w: NameWord): boolean {
  if (w.particle || w.allCaps) return false;
  for (const p of w.syllables) if (p.length < MIN_PART) return false;
  return true;
}

function termFor(words: readonly NameWord[], s: number, e: number, joined: string, list: readonly Joined[], index: NameIndex, glossary: CompiledGlossary): PartMiss | undefined {
  for (const { id, letters, parts } of list) {
    if (Math.abs(letters.length - joined.length) !== 1 && letters.length !== joined.length) continue;
    if (!oneEdit(joined, letters) || sameCut(words, s, e, parts)) continue;
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
