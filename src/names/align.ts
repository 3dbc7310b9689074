import { withoutMarks } from '../lang/marks.js';
import { shareSpelling } from './memo.js';
import { chineseName, pinyinPlace } from './syllabic.js';
import { foldName } from './fold.js';
import { fixedSpelling, sameConsonants, vowelsFree } from './spells.js';
import { romanisationVariant } from './romanised.js';
import type { NameIndex, NameTerm } from './name-index.js';
import { compareWords, rematch, type ComparedWord, type WordMatch } from './similarity.js';
import type { NameWord } from './words.js';
import { REJECTED, rejectedForWords, type TermWords } from './words-alone.js';

/** A written word and the term word it lines up with (or two words written as one: "Jong-un", "Jong Un"). */
export interface Pair {
  /** Index into the text's name words, and how many (1, or 2 read as one). */
  readonly word: number;
  readonly words: number;
  /** Index into the term's name words, and how many. */
  readonly termWord: number;
  readonly termWords: number;
  readonly match: WordMatch;
}

/** How a span of the text's name words lines up with a glossary name. */
export interface Alignment {
  readonly pairs: readonly Pair[];
  /** First and last written word of the span (indexes into the text's name words). */
  readonly first: number;
  readonly last: number;
  /** Written name words inside the span that match no term word. */
  readonly inserted: number;
  /** Term words (particles aside) that line up with a written word. */
  readonly termCovered: number;
  /** Term words before the first and after the last term word that lines up, in the term's order. */
  readonly missingBefore: number;
  readonly missingAfter: number;
}

/** No word of the alignment is the term's word as written (each is bent, or a spelling a romanisation allows). */
export function noneExact(al: Alignment): boolean {
  for (const p of al.pairs) if (p.match.kind === 'exact') return false;
  return true;
}

/**
 * Lines up the name words words[from, to) with the term's, one to one, in any order (a family name
 * written first), leaving words out on either side (a given name dropped: "Scholtz" for "Olaf Scholz")
 * and at most one written word inside the span that matches none (a middle name). Pairs are chosen
 * greedily, same words first, then the most alike: names are a few words long, so this is the optimum
 * in practice and costs a few comparisons. Undefined when no word pair is alike, no written word
 * differs from the term's, or more than one word is inserted.
 */
export function align(words: readonly NameWord[], from: number, to: number, term: NameTerm, index: NameIndex, strict = false, termWords?: TermWords): Alignment | undefined {
  const o = options;
  o.clear();
  const tw = term.words;
  for (let r = from; r < to; r++) {
    const w = words[r] as NameWord;
    if (w.particle) continue;
    // the word, and with the next one read as one word ("Jong Un" for a glossary "Jong-un")
    const two = r + 1 < to && !(words[r + 1] as NameWord).particle && (words[r + 1] as NameWord).first === w.end;
    for (let n = 1; n <= (two ? 2 : 1); n++) {
      const cw = comparedAt(words, r, n, index);
      for (let t = 0; t < tw.length; t++) {
        if ((tw[t] as NameWord).particle) continue;
        // the term word, then (a written word against two term words read as one) with the next one
        const one = pairWith(term, index, strict, w, cw, n, t, 1);
        if (one) o.add(r, n, t, 1, one);
        // (a word the join filter has ruled out, joinable false, pairs with no join: pairWith would say so first thing.
        // Speed: 310,000 of the 313,000 such calls at 1m/10k)
        if (n === 2 || t + 1 >= tw.length || (tw[t + 1] as NameWord).particle || cw.joinable === false) continue;
        const both = pairWith(term, index, strict, w, cw, n, t, 2);
        if (both) o.add(r, n, t, 2, both);
      }
    }
  }
  // (no 'bent' option, no 'bent' pair: most alignments of a word with a term it shares exactly end here)
  if (!o.anyBent()) return undefined;
  if (termWords && o.rejectedForWords(words, to, termWords)) return REJECTED;
  const pairs = o.choose();
  if (!hasBent(pairs)) return undefined;
  // the span is the aligned words; a word of the span that lines up with nothing is an insertion
  let first = to;
  let last = from - 1;
  let tmin = tw.length;
  let tmax = -1;
  let termCovered = 0;
  for (const p of pairs) {
    first = Math.min(first, p.word);
    last = Math.max(last, p.word + p.words - 1);
    tmin = Math.min(tmin, p.termWord);
    tmax = Math.max(tmax, p.termWord + p.termWords - 1);
    termCovered += p.termWords;
  }
  let inserted = 0;
  for (let r = first + 1; r < last; r++) if (!(words[r] as NameWord).particle && !coversWord(pairs, r)) inserted++;
  if (inserted > 1) return undefined;
  let missingBefore = 0;
  let missingAfter = 0;
  for (let t = 0; t < tw.length; t++) {
    if ((tw[t] as NameWord).particle || coversTermWord(pairs, t)) continue;
    if (t < tmin) missingBefore++;
    else if (t > tmax) missingAfter++;
  }
  return { pairs, first, last, inserted, termCovered, missingBefore, missingAfter };
}

/**
 * The options of the alignment being made: the word pairs that are alike, as columns of integers and
 * their matches. Speed: align is asked ~113,000 times at 1m/10k and finds a few options each, of which
 * one or two are chosen: a Pair object per option (and a new array per call) was most of what it
 * allocated; here a Pair is made for a chosen option only. One for every call: align is not re-entered,
 * and what it returns holds none of it.
 */
class Options {
  private cap = 16;
  private at = new Int32Array(4 * this.cap);
  private readonly matches: WordMatch[] = [];
  /** Option indexes, in the order they are chosen in (see choose). */
  private order = new Int32Array(this.cap);
  /** The pairs chosen so far (written over, see clear), as many as `choose` counts. */
  private readonly picked: Pair[] = [];
  private n = 0;

  clear(): void {
    // (the matches are written over, never truncated: an array set to length 0 gives up its store, and the
    // next push makes one of 17 slots, the larger part of what align allocated)
    this.n = 0;
  }

  add(word: number, words: number, termWord: number, termWords: number, match: WordMatch): void {
    if (this.n === this.cap) {
      this.cap *= 2;
      const at = new Int32Array(4 * this.cap);
      at.set(this.at);
      this.at = at;
      this.order = new Int32Array(this.cap);
    }
    const i = 4 * this.n;
    this.at[i] = word;
    this.at[i + 1] = words;
    this.at[i + 2] = termWord;
    this.at[i + 3] = termWords;
    this.matches[this.n] = match;
    this.n++;
  }

  /** Judge rejects any alignment chosen from these options for the words alone (words-alone.ts). */
  rejectedForWords(words: readonly NameWord[], to: number, termWords: TermWords): boolean {
    return rejectedForWords(this.n, this.at, this.matches, words, to, termWords);
  }

  anyBent(): boolean {
    for (let i = 0; i < this.n; i++) if ((this.matches[i] as WordMatch).kind === 'bent') return true;
    return false;
  }

  /**
   * The pairs chosen greedily: in order of preference (the most alike first, then the most words, then
   * the first written; a stable insertion sort, so equal options keep the order they were found in, as
   * the array sort used before did), each option that shares no written word and no term word with one chosen before.
   */
  choose(): Pair[] {
    const order = this.order;
    for (let i = 0; i < this.n; i++) {
      let j = i;
      while (j > 0 && this.prefer(i, order[j - 1] as number)) {
        order[j] = order[j - 1] as number;
        j--;
      }
      order[j] = i;
    }
    const picked = this.picked;
    let count = 0;
    const at = this.at;
    for (let k = 0; k < this.n; k++) {
      const i = order[k] as number;
      const word = at[4 * i] as number;
      const words = at[4 * i + 1] as number;
      const termWord = at[4 * i + 2] as number;
      const termWords = at[4 * i + 3] as number;
      if (!overlapsAny(picked, count, word, words, termWord, termWords)) picked[count++] = { word, words, termWord, termWords, match: this.matches[i] as WordMatch };
    }
    // (an array of the pairs' number: see clear)
    return picked.slice(0, count);
  }

  /** Option x goes strictly before option y: the most alike first, then the most words, then the first written. */
  private prefer(x: number, y: number): boolean {
    const at = this.at;
    // (as `a || b || c` of the differences: a difference that is 0, or NaN, leaves it to the next)
    const d = (this.matches[y] as WordMatch).score - (this.matches[x] as WordMatch).score;
    if (d) return d < 0;
    const size = (at[4 * y + 1] as number) + (at[4 * y + 3] as number) - ((at[4 * x + 1] as number) + (at[4 * x + 3] as number));
    if (size) return size < 0;
    return (at[4 * x] as number) - (at[4 * y] as number) < 0;
  }
}

const options = new Options();

/** Written word w (and the next when n is 2), compared as cw, with term word t (and t + 1 when m is 2): how they match, when they are alike. */
function pairWith(term: NameTerm, index: NameIndex, strict: boolean, w: NameWord, cw: ComparedWord, n: number, t: number, m: number): WordMatch | undefined {
  const t0 = term.words[t] as NameWord;
  // (a written word with no spelling of any join of the glossary pairs with none, and no join is made for it: join-bits.ts)
  if (m === 2 && !index.joinBits.may(cw)) return undefined;
  const ct = m === 1 ? (term.compared[t] as ComparedWord) : index.comparedJoined(term, t);
  // two words read as one pair up only as the same name (see below), which needs a spelling in common
  if ((n === 2 || m === 2) && !shareSpelling(cw, ct)) return undefined;
  let match = compareWords(cw, ct);
  // nothing below makes a pair of words that are not alike (most pairs) into one
  if (match.kind === 'none') return undefined;
  if (n === 1 && m === 1 && match.kind === 'exact' && w.marked && t0.marked) {
    // the same letters with other accents ("Sanchéz" for "Sánchez") is a misspelling; with none at
    // all ("Sanchez") a house style (AP drops them), and accents the term has none of a spelling
    // closer to the original ("Rodríguez")
    const lw = w.text.toLowerCase();
    const lt = t0.text.toLowerCase();
    if (lw !== lt && withoutMarks(lw) === withoutMarks(lt)) match = rematch(match, 'bent', 0.95);
  }
  // a letter with a háček or cedilla written as its English digraph ("Kahramanmarash" for "Kahramanmaraş",
  // "Shevchenko" for "Ševčenko") is transcribed, as "ue" for "ü" is
  // (the letters are all outside ASCII, so a word with none, `marked` false, is passed over without the regex)
  const transcribed = n === 1 && m === 1 && match.kind === 'bent' && t0.marked && DIACRITIC_DIGRAPH.test(t0.text) && foldName(t0.text.toLowerCase().replace(DIACRITIC_DIGRAPH_G, (c) => DIGRAPHS[c] ?? c)) === cw.folded;
  if (transcribed) match = rematch(match, 'same', 0.99);
  // a name romanised from Arabic writes its vowels as each romanisation likes (Mohammed bin Salman, Muhammad bin
  // Salman): the same consonants are the same word (vowelsFree is cached per term; the test is a few replaces)
  else if (!strict && n === 1 && m === 1 && match.kind === 'bent' && vowelsFree(term) && sameConsonants(cw.folded, ct.folded)) match = rematch(match, 'same', 0.97);
  // translated from a language written in Latin script, a name is copied, not romanised: a doubled
  // letter or y for i is a misspelling ("Powel"), though umlauts and the letters above may be written out ("Uebel"),
  // and a name of no evidence either way may vary as only romanisations do ("Mahmud Abbas", romanised.ts)
  if (strict && !transcribed && match.kind === 'same' && cw.folded.replace(/([aou])e/g, '$1') !== ct.folded.replace(/([aou])e/g, '$1') && (fixedSpelling(term) || n + m > 2 || !romanisationVariant(w, t0))) match = rematch(match, 'bent', 0.9);
  // a Chinese given name is one word (pinyin) or hyphenated (Wade-Giles): its syllables written as words of their own
  // ("Xi Jin Ping") are not its spelling, as a Korean given name's are ("Kim Jong Un"); nor are a Chinese place's ("Shen Zhen")
  if (n === 2 && m === 1 && match.kind !== 'bent' && ((t > 0 && chineseName(term)) || pinyinPlace(term, t0))) match = rematch(match, 'bent', 0.9, true);
  // a name left in the source's script, whole or in part, is always wrong in English text
  if ((match.kind === 'exact' || match.kind === 'same') && w.otherScript && !t0.otherScript) match = rematch(match, 'bent', 0.95, true);
  // two words for one: only when they are the same name ("Jong Un", "Jong-un"), not to make a near miss
  if ((n === 2 || m === 2) && match.kind === 'bent' && !match.transliteration) return undefined;
  return match.kind === 'none' ? undefined : match;
}

/** One of the first `count` pairs shares a written word or a term word with the option (word, words, termWord, termWords). */
function overlapsAny(pairs: readonly Pair[], count: number, word: number, words: number, termWord: number, termWords: number): boolean {
  for (let i = 0; i < count; i++) {
    const p = pairs[i] as Pair;
    if ((p.word < word + words && word < p.word + p.words) || (p.termWord < termWord + termWords && termWord < p.termWord + p.termWords)) return true;
  }
  return false;
}

function coversWord(pairs: readonly Pair[], r: number): boolean {
  for (const p of pairs) if (r >= p.word && r < p.word + p.words) return true;
  return false;
}

function coversTermWord(pairs: readonly Pair[], t: number): boolean {
  for (const p of pairs) if (t >= p.termWord && t < p.termWord + p.termWords) return true;
  return false;
}

function hasBent(pairs: readonly Pair[]): boolean {
  for (const p of pairs) if (p.match.kind === 'bent') return true;
  return false;
}

/** Letters with a háček or cedilla and the English digraph each is transcribed as (ğ is silent). */
const DIGRAPHS: Record<string, string> = { ş: 'sh', ș: 'sh', š: 'sh', ç: 'ch', č: 'ch', ž: 'zh', ț: 'ts', ğ: '' };
const DIACRITIC_DIGRAPH = /[şșšçčžțğŞȘŠÇČŽȚ]/;
const DIACRITIC_DIGRAPH_G = /[şșšçčžțğ]/g;

/** Two name words read as one ("Jong" "Un" as "Jong-un"). */
function joined(a: NameWord, b: NameWord): Pick<NameWord, 'syllables' | 'folded'> {
  return { syllables: [...a.syllables, ...b.syllables], folded: a.folded + b.folded };
}

/**
 * The compared form (index.compared) of the written word r (n = 1) or of words r and r + 1 read as one
 * (n = 2), kept per word of the text being matched: a word is aligned with each of its candidate terms
 * and those of its neighbours (some tens of alignments), and asking the index each time meant a new key
 * string, a map read and, for two words, new arrays and strings. One text at a time: the arrays start
 * afresh when another text's words (or another index) come.
 */
let atWords: readonly NameWord[] | undefined;
let atIndex: NameIndex | undefined;
let atOne: (ComparedWord | undefined)[] = [];
let atTwo: (ComparedWord | undefined)[] = [];

function comparedAt(words: readonly NameWord[], r: number, n: number, index: NameIndex): ComparedWord {
  if (words !== atWords || index !== atIndex) {
    atWords = words;
    atIndex = index;
    atOne = [];
    atTwo = [];
  }
  const at = n === 1 ? atOne : atTwo;
  let c = at[r];
  if (c === undefined) at[r] = c = n === 1 ? index.compared(words[r] as NameWord) : index.compared(joined(words[r] as NameWord, words[r + 1] as NameWord));
  return c;
}
