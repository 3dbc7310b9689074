import type { GlossaryEntry } from '../glossary/types.js';
import type { CompiledGlossary, GlossaryMatch } from '../glossary/compile.js';
import { isEnglishWord } from '../lang/english.js';
import { nameData } from './data.js';
import { spells } from './spells.js';
import { foldName } from './fold.js';
import type { NameIndex } from './name-index.js';
import { compareWords } from './similarity.js';
import { commonPrefix } from '../lang/suggest.js';
import type { NameWord } from './words.js';

/** A name of the text written with letters added at its end, where the name itself occurs in the text. */
export interface ExtendedName {
  readonly start: number;
  readonly end: number;
  readonly suggestion: string;
  readonly confidence: number;
  readonly entry: GlossaryEntry;
}

/** Categories whose terms are names. */
const NAMES = new Set(['person', 'place', 'organisation']);
/** A name word this long at least, and at most this many letters added: more is another word built on it. */
const MIN_NAME = 3;
const MAX_ADDED = 5;
const CONFIDENCE = 0.6;

/**
 * Words that are a glossary name's word of this text with a few letters added at the end: "Shora party"
 * where the text names Ilan Shor, "Bakhmutsk" beside Bakhmut, "Yokotem" beside Yokote, "Mietaka"
 * beside Mie. MT leaves the source language's case ending on a name ("Shora", a genitive) or runs on
 * into the next syllable; where the same document writes the name right, the longer word is that name
 * bent, not another name that happens to begin with it. Words English makes of a name (an adjective, a
 * demonym, a follower: "Israeli", "Kyivans", "Putinist"; corpora/names/particles.yaml adjectiveEndings and
 * derivedEndings, with a plural "s") are not. Linear in the text: a word's prefixes are looked up in a set
 * of the few name words the text's glossary occurrences hold.
 *
 * Also a syllabic name (a romanisation such as Japanese Hepburn: familyFirst) that begins with the same
 * four letters or more as a syllabic glossary name of the text, neither cut from the other, where what
 * follows the shared start is alike too ("Tokuyana" beside Tokuyama). Japanese names are built of a few
 * elements, so a shared start followed by something else is another name (Fujimoto and Fujita, Kumagaya
 * and Kumamoto, Shimonoseki and Shimane), and so is one with an element dropped or added (Kitami and
 * Kitakami) or a word of another glossary name. A syllabic name with a whole syllable added
 * ("Mieko" beside Mie) is another name too. A text names the syllabic names by their first four
 * letters, so each word is compared with the few that begin alike.
 */
export function extendedNames(words: readonly NameWord[], matches: readonly GlossaryMatch[], inMatch: Uint8Array, index: NameIndex, glossary: CompiledGlossary): ExtendedName[] {
  // the name words of the glossary names the text holds, as written, with their entries
  const named = new Map<string, GlossaryEntry>();
  for (const m of matches) {
    if (m.kind !== 'term' || !NAMES.has(m.entry.category)) continue;
    for (const part of m.entry.term.split(/[\s-]+/)) if (part.length >= MIN_NAME && /^\p{Lu}\p{Ll}+$/u.test(part) && !isEnglishWord(part.toLowerCase()) && !spells(part)) named.set(part, m.entry);
  }
  if (named.size === 0) return [];
  // the syllabic ones by their first four letters (sharedStart)
  const { familyFirst } = nameData();
  const byStart = new Map<string, [string, GlossaryEntry][]>();
  for (const [name, entry] of named) {
    const b = name.toLowerCase();
    if (b.length < 5 || !familyFirst.test(b)) continue;
    const list = byStart.get(b.slice(0, 4));
    if (list) list.push([name, entry]);
    else byStart.set(b.slice(0, 4), [[name, entry]]);
  }
  const out: ExtendedName[] = [];
  for (const w of words) {
    if (!w.capital || w.allCaps || w.otherScript || (inMatch[w.first] && inMatch[w.end - 1])) continue;
    // each part of a hyphenated word on its own ("Fujine-Yokotem")
    let at = 0;
    for (const part of w.text.split('-')) {
      const found = extension(part) ?? sharedStart(part);
      if (found) {
        const start = w.start + at;
        out.push({ start, end: start + part.length, suggestion: found[0], confidence: CONFIDENCE, entry: found[1] });
        break;
      }
      at += part.length + 1;
    }
  }
  return out;

  function extension(part: string): [string, GlossaryEntry] | undefined {
    // a word English has ("They" beside "The Hague", "Frankly" beside Anne Frank) or a name it knows
    if (named.has(part) || isEnglishWord(part.toLowerCase()) || spells(part)) return undefined;
    const syllabic = familyFirst.test(part.toLowerCase());
    for (let k = Math.max(MIN_NAME, part.length - MAX_ADDED); k < part.length; k++) {
      const entry = named.get(part.slice(0, k));
      const added = part.slice(k);
      // a whole syllable or more after a syllabic name is another name built on it ("Mieko", "Mieda")
      if (entry && !(syllabic && added.length >= 2 && familyFirst.test(added)) && !derived(added) && !sameName(part, part.slice(0, k))) return [part.slice(0, k), entry];
    }
    return undefined;
  }

  /** A glossary name of the text that `part` begins like, both syllabic (see above). */
  function sharedStart(part: string): [string, GlossaryEntry] | undefined {
    const a = part.toLowerCase();
    const alike = byStart.get(a.slice(0, 4));
    if (!alike || named.has(part) || a.length < 5 || isEnglishWord(a) || spells(part) || !familyFirst.test(a) || glossary.hasTermWord(foldName(part)) || glossary.hasTermWord(a)) return undefined;
    for (const [name, entry] of alike) {
      const b = name.toLowerCase();
      if (!a.startsWith(b) && !b.startsWith(a) && restAlike(a, b)) return [name, entry];
    }
    return undefined;
  }

  /** The two spell one name in romanisations English accepts ("Monotarou", "Tonoo": a long vowel written out). */
  function sameName(written: string, name: string): boolean {
    const kind = compareWords(index.comparedFolded(foldName(written)), index.comparedFolded(foldName(name))).kind;
    return kind === 'same' || kind === 'exact';
  }

  /** What follows the start two syllabic words share is alike (compareWords finds them one word): one name misread, not two names that begin alike. */
  function restAlike(a: string, b: string): boolean {
    const k = commonPrefix(a, b);
    return compareWords(index.comparedFolded(a.slice(k)), index.comparedFolded(b.slice(k))).kind !== 'none';
  }
}

/** An ending English builds words on a name with: an adjective's or a follower's, or its plural. */
export function derived(ending: string): boolean {
  if (ending === '') return true;
  const { adjectiveEndings, derivedEndings } = nameData();
  const singular = ending.replace(/e?s$/, '');
  return adjectiveEndings.includes(ending) || derivedEndings.includes(ending) || singular === '' || adjectiveEndings.includes(singular) || derivedEndings.includes(singular);
}
