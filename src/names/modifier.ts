import type { CompiledGlossary } from '../glossary/compile.js';
import { isEnglishWord } from '../lang/english.js';
import type { NameIndex, NameTerm } from './name-index.js';
import type { PartMiss } from './parts.js';
import { keptFor, type Generational } from './generational.js';
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
 * so such a word finds no candidate; here the last word of the run, written right, finds the term (a
 * map read). Only where the run of capitalised words, up to a line break, is the term's length exactly,
 * English words before it aside ("The" at a sentence start; no other name beside it), and the
 * bent word is not the last: English inflects a name's last word, its head ("a Social Democrat" beside
 * the Social Democrats), never the words before it; nor a person's name (given names vary by a letter:
 * Ruthi, Ruthie). Linear in the text.
 */
export function modifierMisses(text: string, words: readonly NameWord[], runs: readonly (readonly [number, number])[], inMatch: Uint8Array, index: NameIndex, glossary: CompiledGlossary): PartMiss[] {
  const out: PartMiss[] = [];
  // (runs read by index, as in replaced.ts: `for (const [from, to] of runs)` made an iterator per run and one per pair)
  for (let j = 0; j < runs.length; j++) {
    const from = (runs[j] as readonly [number, number])[0];
    const to = (runs[j] as readonly [number, number])[1];
    if (to - from < 2) continue;
    // a line break ends a name: a run across one (a heading, then a line that begins with a name) is two
    let a = from;
    for (let k = from + 1; k <= to; k++) {
      if (k < to && !lineBreak(text, (words[k - 1] as NameWord).stop, (words[k] as NameWord).start)) continue;
      const found = k - a >= 2 && !allMatched(words, Math.max(a, k - MAX_WORDS), k, inMatch) ? pieceTerm(words, a, k, inMatch, index, glossary) : undefined;
      if (found) out.push(found);
      a = k;
    }
  }
  return out;
}

/** A line break in text[from, to). */
export function lineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

function allMatched(words: readonly NameWord[], a: number, b: number, inMatch: Uint8Array): boolean {
  for (let k = a; k < b; k++) if (!inMatch[(words[k] as NameWord).first]) return false;
  return true;
}

/**
 * The name that ends words[a, k) (a run up to a line break), the English words before it aside ("The", "In"
 * at a sentence start), with a word bent (see modifierMisses). Its last word is written right, so the
 * terms are looked up by that word alone.
 */
function pieceTerm(words: readonly NameWord[], a: number, k: number, inMatch: Uint8Array, index: NameIndex, glossary: CompiledGlossary): PartMiss | undefined {
  const w = words[k - 1] as NameWord;
  if (w.particle) return undefined;
  const terms = fewTerms(glossary, w.text);
  if (!terms) return undefined;
  for (let i = 0; i < terms.length; i += 3) {
    // its words are the term's (counted by its spaces), its text the term's with a letter more or less
    // (speed: most terms are passed over before being made into a NameTerm, which costs their words'
    // spellings, and before any word is looked up in the dictionary)
    const n = terms[i + 2] as number;
    const s = k - n;
    if (n < 2 || n > MAX_WORDS || s < a || Math.abs((terms[i + 1] as number) - (w.stop - (words[s] as NameWord).start)) !== 1) continue;
    const term = index.term(terms[i] as number);
    if (!term || term.words.length !== n || term.entry.category === 'person' || !(term.isName ??= isNameTerm(term)) || allMatched(words, s, k, inMatch)) continue;
    const bent = bentModifier(words, s, term);
    if (bent < 0 || compareWords(index.compared(words[s + bent] as NameWord), term.compared[bent] as ComparedWord).kind === 'same' || !englishBefore(words, a, s)) continue;
    const b = words[s + bent] as NameWord;
    return { start: b.start, end: b.stop, suggestion: (term.words[bent] as NameWord).text, confidence: CONFIDENCE, entry: term.entry };
  }
  return undefined;
}

/** Words whose terms are kept, per glossary: a text repeats its capitalised words, and a common one is in many terms. */
const WORD_LIMIT = 16_384;
const termsOfWord = new WeakMap<CompiledGlossary, Generational<string, Int32Array | null>>();

/**
 * The terms that end with this word (any case), of those that hold it when MAX_TERMS or fewer (null: none),
 * as triples: id, the term's length and its words (counted by its spaces), made once per distinct word:
 * the checks before a term is made into a NameTerm then read integers only.
 */
function fewTerms(glossary: CompiledGlossary, word: string): Int32Array | null {
  const memo = keptFor(termsOfWord, glossary, WORD_LIMIT);
  let terms = memo.get(word);
  if (terms === undefined) {
    const lower = word.toLowerCase();
    const ids = glossary.termIdsOf(lower, MAX_TERMS);
    const kept: number[] = [];
    if (ids) {
      for (let i = 0; i < ids.length; i++) {
        const text = glossary.term(ids[i] as number);
        if (text.length > lower.length && text.charCodeAt(text.length - lower.length - 1) === 32 && text.slice(text.length - lower.length).toLowerCase() === lower) kept.push(ids[i] as number, text.length, spaces(text) + 1);
      }
    }
    terms = kept.length > 0 ? Int32Array.from(kept) : null;
    memo.set(word, terms);
  }
  return terms;
}

function spaces(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 32) n++;
  return n;
}

/** Every word of words[a, s) is an English word. */
function englishBefore(words: readonly NameWord[], a: number, s: number): boolean {
  for (let r = a; r < s; r++) if (!isEnglishWord((words[r] as NameWord).folded)) return false;
  return true;
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
    // the word in the plural or the singular is the same name written another way ("Revolutionary Guards
    // Corps", "Revolutionary Guard Corps"), not a slip
    if ((x.length < y.length ? y : x).endsWith('s')) return -1;
    bent = t;
  }
  return bent;
}
