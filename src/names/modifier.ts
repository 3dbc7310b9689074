import type { CompiledGlossary } from '../glossary/compile.js';
import { isEnglishWord } from '../lang/english.js';
import type { NameIndex, NameTerm } from './name-index.js';
import type { PartMiss } from './parts.js';
import { isNameTerm, type NameWord } from './words.js';
import { compareWords, type ComparedWord } from './similarity.js';

const CONFIDENCE = 0.6;
/** Terms a word is looked up in, at most (a common word's terms say nothing of one name). */
const MAX_TERMS = 48;
/** The bent word this long at least (the term's word). */
const MIN_WORD = 5;
/** Names this many words long at most. */
const MAX_WORDS = 6;

/**
 * A name of several words written whole but for a letter added or dropped at the end of a word before
 * its last: "Korea Peninsula" for the Korean Peninsula. The name index keys words by sound and leaves out
 * keys shared by many words (name-index.ts: "Korea" and "Korean" meet under KR with dozens of others),
 * so such a word finds no candidate; here the words of the run that are written right find the term
 * (a map read each). Only where the run of capitalised words, up to a line break, is the term's length
 * exactly, English words before it aside ("The" at a sentence start; no other name beside it), and the
 * bent word is not the last: English inflects a name's last word, its head ("a Social Democrat" beside
 * the Social Democrats), never the words before it; nor a person's name (given names vary by a letter:
 * Ruthi, Ruthie). Linear in the text.
 */
export function modifierMisses(text: string, words: readonly NameWord[], runs: readonly (readonly [number, number])[], inMatch: Uint8Array, index: NameIndex, glossary: CompiledGlossary): PartMiss[] {
  const out: PartMiss[] = [];
  for (const [from, to] of runs) {
    if (to - from < 2) continue;
    // a line break ends a name: a run across one (a heading, then a line that begins with a name) is two
    let a = from;
    for (let k = from + 1; k <= to; k++) {
      if (k < to && !lineBreak(text, (words[k - 1] as NameWord).stop, (words[k] as NameWord).start)) continue;
      // English words before the name ("The", "In" at a sentence start) are no part of it
      let s = a;
      while (k - s > 2 && isEnglishWord((words[s] as NameWord).folded)) s++;
      const found = k - s >= 2 && k - s <= MAX_WORDS && !allMatched(words, s, k, inMatch) ? runTerm(words, s, k, index, glossary) : undefined;
      if (found) out.push(found);
      a = k;
    }
  }
  return out;
}

/** A line break in text[from, to). */
function lineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

function allMatched(words: readonly NameWord[], a: number, b: number, inMatch: Uint8Array): boolean {
  for (let k = a; k < b; k++) if (!inMatch[(words[k] as NameWord).first]) return false;
  return true;
}

function runTerm(words: readonly NameWord[], a: number, b: number, index: NameIndex, glossary: CompiledGlossary): PartMiss | undefined {
  const length = (words[b - 1] as NameWord).stop - (words[a] as NameWord).start;
  for (let k = a; k < b; k++) {
    const w = words[k] as NameWord;
    if (w.particle) continue;
    const ids = glossary.termIdsOf(w.text.toLowerCase());
    if (!ids || ids.length > MAX_TERMS) continue;
    for (let i = 0; i < ids.length; i++) {
      // the term's text is the window's with one letter more or less (speed: most terms are passed over before
      // being made into a NameTerm, which costs their words' spellings)
      if (Math.abs(glossary.term(ids[i] as number).length - length) !== 1) continue;
      const term = index.term(ids[i] as number);
      if (!term || term.words.length !== b - a || term.entry.category === 'person' || !isNameTerm(term)) continue;
      const bent = bentModifier(words, a, term);
      if (bent < 0 || compareWords(index.compared(words[a + bent] as NameWord), term.compared[bent] as ComparedWord).kind === 'same') continue;
      const w = words[a + bent] as NameWord;
      return { start: w.start, end: w.stop, suggestion: (term.words[bent] as NameWord).text, confidence: CONFIDENCE, entry: term.entry };
    }
  }
  return undefined;
}

/** The one word of words[a..] that is the term's word with a letter added or dropped at its end, before the last, the others the same; -1 if none. */
function bentModifier(words: readonly NameWord[], a: number, term: NameTerm): number {
  let bent = -1;
  const last = term.words.length - 1;
  for (let t = 0; t <= last; t++) {
    const x = (words[a + t] as NameWord).folded;
    const y = (term.words[t] as NameWord).folded;
    if (x === y) continue;
    if (bent >= 0 || t === last || Math.max(x.length, y.length) < MIN_WORD || Math.abs(x.length - y.length) !== 1) return -1;
    if (!(x.length < y.length ? y.startsWith(x) : x.startsWith(y))) return -1;
    bent = t;
  }
  return bent;
}
