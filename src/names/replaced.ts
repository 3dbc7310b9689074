import type { Token } from '../document/tokens.js';
import type { CompiledGlossary } from '../glossary/compile.js';
import type { GlossaryEntry } from '../glossary/types.js';
import { titleBefore } from './evidence.js';
import { isCapitalisedEntry, isEnglishWord } from '../lang/english.js';
import type { NameIndex, NameTerm } from './name-index.js';
import { extendsName } from './forms.js';
import { isKnownName } from './spells.js';
import { familyNameFirst, otherChineseGivenName } from './syllabic.js';
import { keptFor, type Generational } from './generational.js';
import { compareWords } from './similarity.js';
import type { NameWord } from './words.js';
import { ownString } from '../lang/own-string.js';
import { canon } from './conventions.js';
import { afterArticle, foldName } from './fold.js';

/** One word of a glossary name written as another word, the rest of the name as it is. */
export interface ReplacedWord {
  readonly start: number;
  readonly end: number;
  readonly suggestion: string;
  readonly confidence: number;
  readonly entry: GlossaryEntry;
}

export interface ReplacedInput {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly glossary: CompiledGlossary;
  /** The text's name words and their runs (words.ts). */
  readonly words: readonly NameWord[];
  readonly runs: readonly (readonly [number, number])[];
  /** The glossary terms that occur in the text as themselves. */
  readonly termsInText: ReadonlySet<string>;
  /** Per token: inside a glossary occurrence, and the widest such occurrence's tokens [matchFrom, matchTo). */
  readonly inMatch: Uint8Array;
  readonly matchFrom: Int32Array;
  readonly matchTo: Int32Array;
}

/** Terms a word is looked up in, at most: a word of more terms than this (a common given name) says little. */
const MAX_TERMS = 32;
/** Name words of a glossary name this looks at: two to four ("Guy Pines", "Nankai Nichinichi Shimbun"). */
const MIN_WORDS = 2;
const MAX_WORDS = 4;
const PERSON = 0.6;
const OTHER = 0.55;
/** Shorter written words are too often initials, titles or parts of other names. */
const MIN_LENGTH = 3;
/** Letters the written word and the name's word begin with alike: a person's surname, another name's word. */
const PERSON_PREFIX = 3;
const PREFIX = 2;

/**
 * A glossary name with one word written as a different word, the other words exactly as the glossary
 * has them: "Guy Finch" for Guy Pines, "Jim Risham" for Jim Risch, "Carnegie Gaul" for Carnegie Hall,
 * "Iwaki Minhoji" for Iwaki Minpo. MT writes a name it does not know as a word it does, so the word
 * need not be spelt alike; what says it is this name, and not another person or place that shares a
 * word with it:
 * - the name itself is nowhere in the text, nor its replaced word (a text about Guy Pines names him
 *   right somewhere; one naming "Pines" too may well speak of two people);
 * - the written word is not a word of any glossary term, occurs once in the text (a person the story
 *   is about is named again), and begins with the same sound as the word it replaces, under the
 *   letters romanisations trade (corpora/names/transliteration.yaml: "Finch" for "Pines" as f for p,
 *   "Gaul" for "Hall" as g for h), unless the kept word is a given name few people share (below);
 * - of a person's name, the given name is kept and the surname replaced: a kept surname after another
 *   given name is most often a relative (Idris Elba's wife is not a misspelt Idris Elba);
 * - or a person's surname keeps most of its letters in a row, whatever the first ones ("Rozugždinien" for
 *   Šiugždinienė: sharesMost).
 * A given name replaced beside a kept surname is not taken, even with the person named in full elsewhere:
 * relatives share surnames, and news names them with no word of kinship near ("Yair Netanyahu, who lives
 * in Miami", "First Lady Remi Tinubu").
 * Linear in the text: one lookup per word of a run of two or more name words, a few terms each.
 */
export function replacedWords(input: ReplacedInput, index: NameIndex): ReplacedWord[] {
  const { text, tokens, glossary, words, runs, termsInText, inMatch, matchFrom, matchTo } = input;
  const out: ReplacedWord[] = [];
  let counts: Map<string, number> | undefined;
  const looked = lookedOf(index);
  // (runs read by index: `for (const [a, b] of runs)` made an iterator per run, 21,700 at 1 MB)
  for (let j = 0; j < runs.length; j++) {
    const run = runs[j] as readonly [number, number];
    const a = run[0];
    const b = run[1];
    // a name is found only with a written word that writtenOnce takes (mayReplace asks it first): a run with
    // none, or with fewer than MIN_WORDS name words, is passed over before its words' terms are looked up
    // and tried (and before an array of its words is made). Speed: at 1m/10k, 5,422 of the 6,739 runs of
    // two name words or more are of words the glossary has or the text repeats ("Prime Minister")
    if (b - a < MIN_WORDS) continue;
    let count = 0;
    for (let k = a; k < b; k++) if (!(words[k] as NameWord).particle) count++;
    if (count < MIN_WORDS) continue;
    let once = false;
    for (let k = a; k < b && !once; k++) once = !(words[k] as NameWord).particle && writtenOnce(words[k] as NameWord);
    if (!once) continue;
    const named: number[] = [];
    for (let k = a; k < b; k++) if (!(words[k] as NameWord).particle) named.push(k);
    // each name found, then on after it: a run may hold several names ("Guy Finch And Jim Risham")
    for (let i = 0; i < named.length; i++) {
      const w = words[named[i] as number] as NameWord;
      if (w.allCaps || (out.length > 0 && w.start < (out[out.length - 1] as ReplacedWord).end)) continue;
      for (const id of termsOf(w)) {
        const term = index.term(id);
        const found = term && !termsInText.has(term.term) ? tryTerm(term, named, i, w) : undefined;
        if (!found || (out.length > 0 && found.start < (out[out.length - 1] as ReplacedWord).end)) continue;
        out.push(found);
        break;
      }
    }
  }
  return out;

  function termsOf(w: NameWord): readonly number[] {
    const key = w.text.toLowerCase();
    let ids = looked.get(key);
    if (ids === undefined) {
      // ids, not an object per term (termIdsOf): a common word is in thousands of terms of a large glossary
      const all = glossary.termIdsOf(key, MAX_TERMS);
      ids = !all ? NONE : [...new Set(all)];
      looked.set(ownString(key), ids);
    }
    return ids;
  }

  /** The window of the run's name words where word `i` stands for its term word, if it is the term with one word replaced. */
  function tryTerm(term: NameTerm, named: readonly number[], i: number, w: NameWord): ReplacedWord | undefined {
    const category = term.entry.category;
    if (category !== 'person' && category !== 'place' && category !== 'organisation') return undefined;
    const tw = term.words.filter((x) => !x.particle);
    if (tw.length < MIN_WORDS || tw.length > MAX_WORDS || tw.length > named.length) return undefined;
    const p = tw.findIndex((x) => x.folded === w.folded);
    const from = i - p;
    if (p < 0 || from < 0 || from + tw.length > named.length) return undefined;
    let odd = -1;
    for (let t = 0; t < tw.length; t++) {
      const x = words[named[from + t] as number] as NameWord;
      if (x.folded === (tw[t] as NameWord).folded) continue;
      if (odd >= 0) return undefined;
      odd = t;
    }
    if (odd < 0) return undefined;
    // a place or organisation by a distinctive word kept ("Seattle", "Carnegie"), not a generic one
    // ("University", "North", "Street"), which any other place shares
    if (category !== 'person' && tw.some((x, t) => t !== odd && isEnglishWord(x.folded))) return undefined;
    // ... and one that no other name of more words shares: "San" of San Salvador is in San Francisco and
    // San Jose too, so "San Saba" is another place of the kind, not San Salvador misread
    if (category !== 'person' && !tw.some((x, t) => t !== odd && ownWord(x, term.id))) return undefined;
    // a person: the given name kept, the surname replaced: the last word, or the first of a name written family
    // name first ("Hu Chunhua" is not Hu Jintao, "Liu Xiaobo" not Liu He: syllabic.ts, familyNameFirst)
    if (category === 'person' && odd !== (familyNameFirst(term) ? 0 : tw.length - 1)) return undefined;
    const first = words[named[from] as number] as NameWord;
    const last = words[named[from + tw.length - 1] as number] as NameWord;
    // the words between must be the term's own, particles included: the window is the name, nothing inserted
    if ((named[from + tw.length - 1] as number) - (named[from] as number) + 1 !== term.words.length) return undefined;
    const written = words[named[from + odd] as number] as NameWord;
    const meant = tw[odd] as NameWord;
    // a word of a place replaced by another English word is another place of it ("Fukui Branch" for Fukui
    // Prefecture; "Carnegie Gaul" is no hall), and the name with an ending is a longer name ("Iwaki Minposha")
    // (and a Chinese given name with a syllable more or less is another person's: syllabic.ts)
    if ((category !== 'person' && isEnglishWord(meant.folded) && isEnglishWord(written.folded)) || extendsName(written.folded, meant.folded) || otherChineseGivenName(term, term.words.indexOf(meant), written.folded)) return undefined;
    // a name made of another glossary name and a word ("Hapoel Jerusalem") shares that name with many
    // others ("HaCreator Jerusalem"): its word needs three letters in common, as a person's surname
    const kept = tw.filter((_, t) => t !== odd).map((x) => x.text.toLowerCase()).join(' ');
    // a given name kept that few people share (no dictionary name nor one common in other languages' news
    // (corpora/names/common-names.txt: "Mohammed bin Zayed" is not Mohammed bin Salman), the given name of no other glossary
    // person: "Ingo Gäensdech" for Ingo Gädechens, "Oded Ketch" for Oded Kattash) says who is meant
    // whatever the surname begins with; a common one ("Sebastian", "Dmitry") needs its first sounds. A surname
    // the dictionary has as a proper name ("Khan", "Harris") is a real person's, not a garble of another
    // name: beside a rare given name it is another person ("Kamala Khan" is not Kamala Harris) unless it
    // begins as the meant one does ("Ketch" for Kattash is a common noun the dictionary knows in lower case)
    // a surname the dictionary knows as a name and as nothing else ("Carson", "Kelly") is a real person's: beside the
    // given name it is another person ("Ben Carson" is not Ben Cardin), where MT bends a name it does not know into
    // a word it does ("Guy Finch" for Guy Pines) or into no word; unless it is a part of the meant surname ("Daniel
    // Barr" for Daniel Bar-Natan)
    if (category === 'person' && isCapitalisedEntry(written.text) && !isEnglishWord(written.folded) && !partOfHyphenated(written, meant)) return undefined;
    const rareGiven = category === 'person' && !isCapitalisedEntry(written.text) && tw.every((x, t) => t === odd || (!isKnownName(x.text) && termsOf(x).length === 1));
    if (!mayReplace(written, meant, rareGiven ? 1 : category === 'person' || glossary.termsByLower.has(kept) ? PERSON_PREFIX : PREFIX, category === 'person')) return undefined;
    // another glossary name with the same kept words spells the written word ("Guy Penini": Guy Pnini, not Guy Pines)
    if (termsOf(w).some((id) => id !== term.id && spelledBy(written, id, odd))) return undefined;
    // a glossary occurrence may be a word of the name ("Iwaki" of "Iwaki Minpo"), not reach out of it
    for (let t = first.first; t < last.end; t++) if (inMatch[t] && ((matchFrom[t] as number) < first.first || (matchTo[t] as number) > last.end || (t === first.first && matchTo[t] === last.end))) return undefined;
    const suggestion = text.slice(first.start, written.start) + meant.text + text.slice(written.stop, last.stop);
    if (glossary.termsByLower.has(text.slice(first.start, last.stop).toLowerCase())) return undefined;
    const title = titleBefore(tokens, first.first, term.entry.titles);
    const confidence = (category === 'person' ? PERSON : OTHER) + (title ? 0.1 : 0);
    return { start: first.start, end: last.stop, suggestion, confidence, entry: term.entry };
  }

  /** No glossary name of two words or more but term `id` has word `x` (a name of the word alone aside). */
  function ownWord(x: NameWord, id: number): boolean {
    const ids = termsOf(x);
    return ids.length > 0 && ids.every((o) => o === id || (index.term(o)?.words.filter((y) => !y.particle).length ?? 0) < MIN_WORDS);
  }

  /** Word `t` of term `id`'s name words is the written word, or alike it. */
  function spelledBy(written: NameWord, id: number, t: number): boolean {
    const other = index.term(id)?.words.filter((x) => !x.particle)[t];
    return other !== undefined && compareWords(index.compared(written), index.compared(other)).kind !== 'none';
  }

  function mayReplace(written: NameWord, meant: NameWord, prefix: number, person: boolean): boolean {
    if (!writtenOnce(written)) return false;
    // the name named right elsewhere: another person, or a consistent choice
    if ((counts as Map<string, number>).has(meant.folded)) return false;
    // a long run of the word's letters kept, whatever the first ones: "Rozugždinien" for Šiugždinienė
    return sameFirstSound(written, meant, prefix) || (person && sharesMost(written.folded, meant.folded) && !alike(written, meant));
  }

  /** The written word could stand for a word of a glossary name: long enough, a capitalised word once in the text, of no glossary term. */
  function writtenOnce(written: NameWord): boolean {
    if (written.folded.length < MIN_LENGTH || written.allCaps || written.otherScript || !written.capital) return false;
    if (glossary.hasTermWord(written.text.toLowerCase())) return false;
    counts ??= capitalCounts();
    return (counts.get(written.folded) ?? 0) <= 1;
  }

  /**
   * The words begin alike: the first letter the same in a spelling of each, one of them acceptable (conventions.ts), the
   * next as written: "Risham" and "Risch", "Finch" and "Pines" (f for p), "Gaul" and "Hall" (g for h); three letters of a person's surname, two of a place's word: given names are shared by
   * many people ("Sebastian Fleischer" is not Sebastian Freytag, "Ivan Chernyaev" not Ivan Chuvilyaev). A word the main matcher compares as alike at all is its to judge.
   */
  function sameFirstSound(x: NameWord, y: NameWord, prefix: number): boolean {
    const a = index.compared(x);
    const b = index.compared(y);
    // a word alike in spelling is the main matcher's to judge (match.ts), with its guards: "Guy Penini"
    // for Guy Pnini is a vowel written, not a replaced word
    if (alike(x, y)) return false;
    // an Arabic article is no first sound: "al-Burhan" and "el-Sisi" begin with b and s, and the letters after it are compared as written
    const [bx, by] = [afterArticle(x.syllables) ?? x.folded, afterArticle(y.syllables) ?? y.folded];
    if (bx !== x.folded || by !== y.folded) return bx.length >= prefix && canon(bx).slice(0, prefix) === canon(by).slice(0, prefix);
    // the first letter through any convention, the next ones as written (canonical: doubled letters aside)
    const [p, q] = [a.same[0] as string, b.same[0] as string];
    if (p.length < prefix || q.length < prefix || p.slice(1, prefix) !== q.slice(1, prefix)) return false;
    // one side as written or acceptably spelt: two foreign conventions do not meet ("Davison" d to t,
    // "Cave" c to ts)
    const meets = (x: readonly string[], y: readonly string[]) => x.some((s) => y.some((t) => s[0] === t[0]));
    return meets(a.same, b.spellings) || meets(b.same, a.spellings);
  }

  function alike(x: NameWord, y: NameWord): boolean {
    const m = compareWords(index.compared(x), index.compared(y));
    return m.kind !== 'none' && !m.weak;
  }

  function capitalCounts(): Map<string, number> {
    const m = new Map<string, number>();
    // (by index: a for-of made an iterator result per word while this ran unoptimised, once per part)
    for (let i = 0; i < words.length; i++) {
      const w = words[i] as NameWord;
      if (w.capital) m.set(w.folded, (m.get(w.folded) ?? 0) + 1);
    }
    return m;
  }
}

const NONE: readonly number[] = [];

/** The written word is one part of the meant hyphenated word, doubled letters aside ("Barr", "Bar-Natan"). */
function partOfHyphenated(written: NameWord, meant: NameWord): boolean {
  const parts = meant.text.split(/[-'’]/);
  return parts.length > 1 && parts.some((p) => canon(foldName(p)) === canon(written.folded));
}

/** A run of letters shared: at least this many, and this share of the longer word. */
const SHARED_RUN = 5;
const SHARED_SHARE = 0.6;

/**
 * The two words share a run of letters that is most of the longer one: the word kept but for its first
 * letters ("Rozugždinien" and "Šiugždinienė"), not a common ending ("Zakrevskaya" and "Korostyshevskaya").
 * Quadratic in the words' lengths, a few dozen letters.
 */
export function sharesMost(a: string, b: string): boolean {
  const need = Math.max(SHARED_RUN, Math.ceil(SHARED_SHARE * Math.max(a.length, b.length)));
  if (a.length < need || b.length < need) return false;
  for (let i = 0; i + need <= b.length; i++) if (a.includes(b.slice(i, i + need))) return true;
  return false;
}
/** Words whose terms were looked up, per name index (its glossary's): a text repeats its names, and so do the next texts. */
const LOOKED_LIMIT = 16_384;
const lookedByIndex = new WeakMap<NameIndex, Generational<string, readonly number[]>>();

function lookedOf(index: NameIndex): Generational<string, readonly number[]> {
  return keptFor(lookedByIndex, index, LOOKED_LIMIT);
}
