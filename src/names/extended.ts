import type { GlossaryEntry } from '../glossary/types.js';
import type { CompiledGlossary, GlossaryMatch } from '../glossary/compile.js';
import { isEnglishWord } from '../lang/english.js';
import { nameData } from './data.js';
import { spells } from './spells.js';
import { foldName } from './fold.js';
import type { NameIndex } from './name-index.js';
import { compareWords } from './similarity.js';
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
 * four letters or more as a syllabic glossary name of the text, neither cut from the other: "Tokiji" where
 * the text names Tokiharu, "Ushihara" beside Ushigahara Castle. MT misreads one sign of such a name
 * and the rest follows; a start many names share (corpora/names/particles.yaml sharedStarts: "Hana" of
 * Hanawa and Hanamaki, "Kita") says nothing, nor does a word of another glossary name. A text names
 * the syllabic names by their first four letters, so each word is compared with the few that begin alike.
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
  const { familyFirst, sharedStarts } = nameData();
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
    for (let k = Math.max(MIN_NAME, part.length - MAX_ADDED); k < part.length; k++) {
      const entry = named.get(part.slice(0, k));
      if (entry && !derived(part.slice(k)) && !sameName(part, part.slice(0, k))) return [part.slice(0, k), entry];
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
      if (!a.startsWith(b) && !b.startsWith(a) && !sharedStarts.includes(common(a, b))) return [name, entry];
    }
    return undefined;
  }

  /** The two spell one name in romanisations English accepts ("Monotarou", "Tonoo": a long vowel written out). */
  function sameName(written: string, name: string): boolean {
    const [a, b] = [foldName(written), foldName(name)];
    const kind = compareWords(index.compared({ syllables: [a], folded: a }), index.compared({ syllables: [b], folded: b })).kind;
    return kind === 'same' || kind === 'exact';
  }
}

/** The letters two words begin with alike. */
function common(a: string, b: string): string {
  let k = 0;
  while (k < a.length && a[k] === b[k]) k++;
  return a.slice(0, k);
}

/** An ending English builds words on a name with: an adjective's or a follower's, or its plural. */
function derived(ending: string): boolean {
  const { adjectiveEndings, derivedEndings } = nameData();
  const singular = ending.replace(/e?s$/, '');
  return [ending, singular].some((e) => e === '' || adjectiveEndings.includes(e) || derivedEndings.includes(e));
}
