import type { Token } from '../document/tokens.js';
import { remember, rememberAt, type AlignedPair, type AlignedSource } from './aligned.js';
import { fold } from './name-key.js';
import { sourceCapitals, sourceNames, targetWords, writesName, type SourceName, type TargetWord } from './names.js';
import { spanWords, type SpanWords } from './span-words.js';

// The names and words of an aligned pair's two sides, each made once per check and kept on the
// AlignedSource (aligned.ts, remember): several source rules ask for them.

/**
 * The names of pair `k`'s source (see sourceNames), once per check and `use` (the rules that share
 * one `kept` share its answer): with `kept`, dictionary names the target keeps too.
 */
export function pairNames(src: AlignedSource, k: number, use = '', kept?: (name: SourceName) => boolean, all = false): SourceName[] {
  return rememberAt(src, namesKind(use), k, () => {
    const p = src.pairs[k] as AlignedPair;
    return sourceNames(src.text, p.source, src.lang, kept, all, pairWords(src, k));
  });
}

/** Every capitalised word of pair `k`'s source (sourceCapitals), once per check. */
export function pairSourceCapitals(src: AlignedSource, k: number): SourceName[] {
  return rememberAt(src, 'capitals', k, () => {
    const p = src.pairs[k] as AlignedPair;
    return sourceCapitals(src.text, p.source, src.lang, pairWords(src, k));
  });
}

/** The capitalised words of pair `k`'s target (with `anyCase`, every word), once per check. */
export function pairTargetWords(src: AlignedSource, k: number, tokens: readonly Token[], anyCase = false): TargetWord[] {
  return rememberAt(src, anyCase ? 'words:any' : 'words:capital', k, () => targetWords(tokens, (src.pairs[k] as AlignedPair).target, anyCase, sharedWords(src, tokens)));
}

/**
 * Whether some capitalised word of the whole target spells the name: as written or romanised, or an
 * inflection of that (up to three letters more or fewer, sharing at least four). Spelling only, not
 * sound keys: a translation keeps "Київ" as "Kyiv" but translates "Польща" as "Poland", which a
 * consonant skeleton would take for "Polish". Once per check: the target's spellings are indexed with
 * their last one to three letters cut, so each question is a few set look-ups.
 */
export function writtenAnywhere(src: AlignedSource, tokens: readonly Token[]): (name: SourceName) => boolean {
  return remember(src, 'written', () => {
    const spellings = new Inflections(3);
    for (const { folded } of allTargetWords(src, tokens)) spellings.add(folded);
    return (name: SourceName) => name.forms.some((f) => spellings.has(f));
  });
}

/** The capitalised words of the whole target, once per check. */
export function allTargetWords(src: AlignedSource, tokens: readonly Token[]): TargetWord[] {
  return remember(src, 'words', () => targetWords(tokens, { start: 0, end: Number.MAX_SAFE_INTEGER }, false, sharedWords(src, tokens)));
}

/**
 * Every word of the original, folded, with the pairs that have it, once per check. Speed: a set of each
 * pair's words, and for source/untranslated their union, were built before (a tenth of what the source
 * rules allocated); one map serves both questions: a word's pairs are in order, one number for most words.
 */
export function sourceWords(src: AlignedSource): SourceWords {
  return remember(src, 'source-words', () => {
    const at = new Map<string, number | number[]>();
    for (let k = 0; k < src.pairs.length; k++) {
      for (const w of pairWords(src, k).words) {
        const f = fold(w);
        const v = at.get(f);
        if (v === undefined) at.set(f, k);
        else if (typeof v === 'number') {
          if (v !== k) at.set(f, [v, k]);
        } else if (v[v.length - 1] !== k) v.push(k);
      }
    }
    return new SourceWords(at);
  });
}

/** The folded words of the original and the pairs that have each (sourceWords). */
export class SourceWords {
  constructor(private readonly at: ReadonlyMap<string, number | readonly number[]>) {}

  /** Some pair of the original has the word. */
  has(word: string): boolean {
    return this.at.has(word);
  }

  /** One of pairs `from` to `to` (inclusive) has the word: the first of its pairs from `from` on, by bisection. */
  within(word: string, from: number, to: number): boolean {
    const v = this.at.get(word);
    if (v === undefined) return false;
    if (typeof v === 'number') return v >= from && v <= to;
    let lo = 0, hi = v.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((v[mid] as number) < from) lo = mid + 1;
      else hi = mid;
    }
    return lo < v.length && (v[lo] as number) <= to;
  }
}

const namesKinds = new Map<string, string>();
/** The memo kind of pairNames for `use`: made once per `use` (a handful of constants in the rules). */
function namesKind(use: string): string {
  let kind = namesKinds.get(use);
  if (kind === undefined) namesKinds.set(use, (kind = `names:${use}`));
  return kind;
}

/** Whole values and values cut by 1 to `extra` final letters (at least four left), for inflected look-ups. */
class Inflections {
  private readonly whole = new Set<string>();
  private readonly cut = new Set<string>();
  constructor(private readonly extra: number) {}
  add(v: string): void {
    // a value added before has its cuts in already (the same words recur: "The", a name said ten times)
    if (this.whole.has(v)) return;
    this.whole.add(v);
    for (let d = 1; d <= this.extra && v.length - d >= 4; d++) this.cut.add(v.slice(0, v.length - d));
  }
  /** Some added value equals `v` or is an inflection of it (names.ts inflected(v, value, extra)). */
  has(v: string): boolean {
    if (this.whole.has(v) || (v.length >= 4 && this.cut.has(v))) return true;
    for (let d = 1; d <= this.extra && v.length - d >= 4; d++) if (this.whole.has(v.slice(0, v.length - d))) return true;
    return false;
  }
}

/**
 * Whether some capitalised word of the whole target writes the name: exactly
 * `allTargetWords(src, tokens).some((w) => writesName(name, w))`, once per check. Speed: asked for every
 * name of every pair, that scan was names x words, quadratic in the document; here the target's words,
 * sound keys and skeletons are indexed with their last letters cut (as in writtenAnywhere), so each
 * question is a few set look-ups.
 */
export function writtenInTarget(src: AlignedSource, tokens: readonly Token[]): (name: SourceName) => boolean {
  return remember(src, 'written-in-target', () => {
    const texts = new Set<string>();
    const keys = new Inflections(2), skeletons = new Inflections(1);
    for (const w of allTargetWords(src, tokens)) {
      texts.add(w.token.text);
      keys.add(w.key);
      skeletons.add(w.skeleton);
    }
    // the spellings' index is writtenAnywhere's (the same words, the same cut)
    const spelt = writtenAnywhere(src, tokens);
    return (name: SourceName) => texts.has(name.text) || spelt(name) || name.keys.some((k) => keys.has(k)) || name.skeletons.some((k) => skeletons.has(k));
  });
}

/** The words of pair `k`'s source with their offsets (spanWords), read once per check for every use above. */
function pairWords(src: AlignedSource, k: number): SpanWords {
  return rememberAt(src, 'source-scan', k, () => spanWords(src.text, (src.pairs[k] as AlignedPair).source, src.lang));
}

/** The target's TargetWords by token index, made once per check and shared by the lists above (targetWords). */
function sharedWords(src: AlignedSource, tokens: readonly Token[]): (TargetWord | undefined)[] {
  return remember(src, 'target-words', () => new Array<TargetWord | undefined>(tokens.length));
}

/**
 * `words.some((w) => writesName(name, w))`, faster: a word that shares no first letter with the name's
 * forms, keys and skeletons, and is not the name as written, cannot write it (see NameFinder), and is
 * passed over without the comparison.
 */
export function writesAny(name: SourceName, words: readonly TargetWord[]): boolean {
  if (words.length === 0) return false;
  let f = 0, k = 0;
  for (const x of name.forms) f |= firstBit(x);
  for (const x of name.keys) k |= firstBit(x);
  for (const x of name.skeletons) k |= firstBit(x);
  for (const w of words) {
    if ((f & firstBit(w.folded)) === 0 && (k & (firstBit(w.key) | firstBit(w.skeleton))) === 0 && w.token.text !== name.text) continue;
    if (writesName(name, w)) return true;
  }
  return false;
}

/** A bit standing for a string's first code unit (any fixed function of it will do; see NameFinder). */
function firstBit(s: string): number {
  return s.length === 0 ? 1 << 31 : 1 << (s.charCodeAt(0) & 31);
}

/**
 * `names.find((n) => writesName(n, word))`, faster. Speed: the source/names rule asks it of every
 * capitalised word of a pair against the names of the pair and its neighbours, and it was a tenth of the
 * rule's time. writesName holds only when the word is the name as written, or one of the name's forms,
 * sound keys or skeletons equals or begins (or is begun by) the word's folded spelling, key or skeleton:
 * either way they share their first letter. So each name gets a mask with a bit for the first letter of
 * each of its forms, and one for its keys and skeletons (a skeleton starts with its key's letter); a name
 * whose masks have no bit of the word's is passed over without the comparison (equal first letters give
 * equal bits, so no name that writes the word is passed over, and the first that does is the same).
 */
export class NameFinder {
  /** Made on the first find(): most pairs' words all stand in the original and are never looked up. */
  private formBits: Int32Array | undefined;
  private keyBits: Int32Array | undefined;
  constructor(private readonly names: readonly SourceName[]) {}

  /** The first of the names that `word` writes (writesName), if any. */
  find(word: TargetWord): SourceName | undefined {
    if (this.formBits === undefined || this.keyBits === undefined) {
      const formBits = (this.formBits = new Int32Array(this.names.length));
      const keyBits = (this.keyBits = new Int32Array(this.names.length));
      this.names.forEach((n, i) => {
        let f = 0, k = 0;
        for (const x of n.forms) f |= firstBit(x);
        for (const x of n.keys) k |= firstBit(x);
        for (const x of n.skeletons) k |= firstBit(x);
        formBits[i] = f;
        keyBits[i] = k;
      });
    }
    const f = firstBit(word.folded), k = firstBit(word.key) | firstBit(word.skeleton);
    for (let i = 0; i < this.names.length; i++) {
      const n = this.names[i] as SourceName;
      if (((this.formBits[i] as number) & f) === 0 && ((this.keyBits[i] as number) & k) === 0 && word.token.text !== n.text) continue;
      if (writesName(n, word)) return n;
    }
    return undefined;
  }
}
