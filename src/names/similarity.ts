import { dice as diceOf } from '../lang/dice.js';
import { editDistance } from '../lang/edit-distance.js';
import { recall, remember, type MemoWord } from './compare-memo.js';
import { distanceBound, fartherThan, letterSets, lowerBound, mayShareSpelling, quickBound } from './distance-bound.js';

/** How a written name word relates to a glossary name word. */
export interface WordMatch {
  /**
   * exact: the same letters (accents aside); same: another acceptable romanisation of the word ("Alexei",
   * "Aleksey"); bent: a spelling an editor would correct; none: another word (every "none" is one shared
   * object whose other fields say nothing of the words: see NONE).
   */
  readonly kind: 'exact' | 'same' | 'bent' | 'none';
  /** Edit distance of the folded words. */
  readonly edits: number;
  /** Edit distance between the closest acceptable spellings; 0 when a foreign convention spells both alike. */
  readonly canonEdits: number;
  /** Dice coefficient of the folded words' letter pairs (string-similarity). */
  readonly dice: number;
  /** A Double Metaphone key in common. */
  readonly phonetic: boolean;
  /** Some convention spells both the same (canonEdits 0, edits > 0). */
  readonly transliteration: boolean;
  /** Longer folded length. */
  readonly length: number;
  /** 0..1: how alike, from the above. */
  readonly score: number;
  /** Alike in sound only: enough beside a word that is the same, never alone. */
  readonly weak?: boolean;
}

export interface ComparedWord extends MemoWord {
  readonly folded: string;
  /** Acceptable spellings, then all spellings (see conventions.ts). */
  readonly same: readonly string[];
  readonly spellings: readonly string[];
  /** Per spelling, the foreign conventions that wrote it (0: an acceptable spelling; see conventions.ts). */
  readonly conventions?: readonly number[];
  readonly keys: readonly string[];
  /** Letter sets of `folded` and of each `same` spelling, made on first use (see fartherThan). */
  letterSets?: Int32Array;
  /** Sorted hashes of `spellings`, made on first use (see mayShareSpelling). */
  spellingHashes?: Int32Array;
  /** May share a spelling with a join of the glossary's term words (join-bits.ts), once known. */
  joinable?: boolean;
}

/**
 * Every "none" answer is this one object: callers read only the kind of a word that is not alike (align.ts,
 * name-index.ts, forms.ts), and 98% of the comparisons of a large text are such words (286,000 of 292,000
 * at 1 MB with 10,000 entries). One object per answer, each kept in the words' memos, was ~30 MB of the
 * heap and most of the garbage of name matching.
 */
const NONE: WordMatch = Object.freeze(wordMatch('none', 99, 99, 0, false, false, 0, 0));

/**
 * A WordMatch. Every answer is made here (and in `rematch`), with all fields in one order (`weak` undefined
 * when not weak), so that they share one hidden class: the matcher reads them at every alignment, and
 * answers of several shapes (literals with and without `weak`, spreads) made V8 throw away and
 * recompile the optimised code of align, judge and their callers each time a new shape came along.
 */
function wordMatch(kind: WordMatch['kind'], edits: number, canonEdits: number, dice: number, phonetic: boolean, transliteration: boolean, length: number, score: number, weak?: boolean): WordMatch {
  return { kind, edits, canonEdits, dice, phonetic, transliteration, length, score, weak };
}

/** `m` with another kind and score (and, when given, transliteration): what `{ ...m, kind, score }` gives, in the one shape. */
export function rematch(m: WordMatch, kind: WordMatch['kind'], score: number, transliteration = m.transliteration): WordMatch {
  return wordMatch(kind, m.edits, m.canonEdits, m.dice, m.phonetic, transliteration, m.length, score, m.weak);
}

/**
 * Compares a written word with a glossary word. "bent" needs the words to be close for their length
 * after the conventions (at most 1 edit up to 4 letters, 2 up to 7, 3 beyond) and, past one edit, to
 * sound alike or share most letter pairs: "Selenskyj"/"Zelensky" (one convention apart), "Starrer"/
 * "Starmer" (one edit), "Haftar"/"Hafter"; not "Powell"/"Paul" (three edits in six letters, little in
 * common), nor "Un"/"Il".
 */
export function compareWords(w: ComparedWord, t: ComparedWord): WordMatch {
  // words made by the index (name-index.ts) carry a memo id; other words (tests) are compared afresh
  if (w.memoId === undefined || t.memoId === undefined) return compare(w, t);
  // most pairs (506,000 of 734,000 comparisons, 235,000 of 292,000 distinct pairs, at 1 MB with 10,000
  // entries) are told apart by integer tests alone, quicker than the memo's
  // table look-up: only the others are kept there, which keeps the table small
  if (quicklyNone(w, t)) return NONE;
  let m = recall(w, t, NONE);
  if (m === undefined) {
    m = compare(w, t);
    remember(w, t, m, NONE);
  }
  return m;
}

/** A spelling in common, acceptable on one side or written by one convention on both (see conventions.ts). */
function meet(w: ComparedWord, t: ComparedWord): boolean {
  for (let i = 0; i < w.spellings.length; i++) {
    const j = t.spellings.indexOf(w.spellings[i] as string);
    if (j < 0) continue;
    const a = w.conventions?.[i] ?? 0;
    const b = t.conventions?.[j] ?? 0;
    if (a === 0 || b === 0 || (a & b) !== 0) return true;
  }
  return false;
}

function compare(w: ComparedWord, t: ComparedWord): WordMatch {
  if (w.folded === t.folded) return wordMatch('exact', 0, 0, 1, true, false, w.folded.length, 1);
  const length = Math.max(w.folded.length, t.folded.length);
  // an acceptable spelling in common, and a spelling a convention writes on both, are spellings in common:
  // with none (the sorted hashes of the spellings say so in a few integer compares) neither is looked for
  // among the strings (speed: most compared pairs have none)
  const share = mayShareSpelling(w, t);
  if (share && w.same.some((s) => t.same.includes(s))) return wordMatch('same', editDistance(w.folded, t.folded), 0, 1, true, false, length, 0.99);
  const allowed = allowedEdits(length);
  const met = share && meet(w, t);
  // most pairs are far apart and do not sound alike: when no convention meets them and their first keys
  // differ (no weak match), a lower bound of every distance below says "not alike" before any is measured
  if (!met && w.keys[0] !== t.keys[0] && fartherThan(w, t, allowed)) return NONE;
  let edits: number;
  let canonEdits: number;
  if (met) {
    // (a convention meeting them makes the closest distance 0 whatever the acceptable spellings' are)
    edits = editDistance(w.folded, t.folded, allowed + 3);
    canonEdits = 0;
  } else if (w.keys[0] !== t.keys[0]) {
    // with no convention meeting them and their first keys apart (no weak match), the words are "not
    // alike" unless a distance is within `allowed`, so each is measured that far only (editDistance stops
    // a row past its bound, and a value within it is exact): the letters of most candidate pairs of the
    // name index differ early. Speed: with the bound allowed + 3 below, these distances were most of the
    // time of NameIndex.candidates. The answers are the same: canonFrom(w, t, c) is min(c, the closest
    // acceptable spellings' distance) whatever bound each distance was measured with
    const near = editDistance(w.folded, t.folded, allowed);
    canonEdits = canonFrom(w, t, Math.min(near, allowed + 1));
    if (canonEdits > allowed) return NONE;
    edits = near <= allowed ? near : editDistance(w.folded, t.folded, allowed + 3);
  } else {
    edits = editDistance(w.folded, t.folded, allowed + 3);
    canonEdits = canonFrom(w, t, edits);
  }
  if (canonEdits > allowed) {
    // farther apart, but sounding the same ("Tucker" for "Tykwer", "King" for "König"): a weak match
    if (w.keys[0] === t.keys[0] && (w.keys[0] as string).length >= 2 && canonEdits <= Math.ceil(length / 2)) {
      return wordMatch('bent', edits, canonEdits, diceOf(w.folded, t.folded), true, false, length, 0.3, true);
    }
    return NONE;
  }
  const transliteration = canonEdits === 0;
  // short words: one edit changes too much to be sure without the sound or the conventions ("Un"/"Il")
  // (asked before the keys and letter pairs below are worked out, which this answer does not read)
  if (!transliteration && length <= 3) return NONE;
  const phonetic = w.keys.some((k) => t.keys.includes(k));
  const dice = diceOf(w.folded, t.folded);
  if (!transliteration && canonEdits >= 2 && !phonetic && dice < 0.5) return NONE;
  const score = Math.max(0, Math.min(1, 0.35 * (1 - canonEdits / length) + 0.25 * dice + (phonetic ? 0.2 : 0) + (transliteration ? 0.2 : 0) + 0.2 * (1 - Math.min(edits, length) / length)));
  return wordMatch('bent', edits, canonEdits, dice, phonetic, transliteration, length, score);
}

/**
 * The least of `start` and the edit distances between an acceptable spelling of each word: closeness
 * counts the acceptable spellings only; a foreign convention counts when it explains the whole difference
 * (otherwise it only makes unrelated words look closer: "Marne" read as Arabic). Speed: a pair whose
 * letter-set bound (lowerBound) is no less than the closest so far cannot be closer, so it is passed over
 * without its edit distance, and each distance is measured only as far as the closest so far.
 */
function canonFrom(w: ComparedWord, t: ComparedWord, start: number): number {
  let canonEdits = start;
  const ws = letterSets(w);
  const ts = letterSets(t);
  for (let i = 0; i < w.same.length && canonEdits > 0; i++) {
    const a = w.same[i] as string;
    for (let j = 0; j < t.same.length && canonEdits > 0; j++) {
      const b = t.same[j] as string;
      if (Math.abs(a.length - b.length) >= canonEdits || lowerBound(a, b, ws[i + 1] as number, ts[j + 1] as number) >= canonEdits) continue;
      canonEdits = Math.min(canonEdits, editDistance(a, b, canonEdits));
    }
  }
  return canonEdits;
}

/** Edits a bent word may have, by the longer word's length. */
function allowedEdits(length: number): number {
  return length <= 4 ? 1 : length <= 7 ? 2 : 3;
}

/**
 * compare() would say "not alike", known without a string compared: the words differ, have no spelling
 * in common (by their sets of spelling hashes: so neither "same" nor a convention meets them), their
 * first phonetic keys differ (no weak match), and every distance is over what their length allows.
 */
function quicklyNone(w: ComparedWord, t: ComparedWord): boolean {
  if (w.folded === t.folded || mayShareSpelling(w, t)) return false;
  const length = Math.max(w.folded.length, t.folded.length);
  const allowed = allowedEdits(length);
  // speed: a bound of the bound from summaries of each word's spellings (O(1), see quickBound) decides
  // most pairs without the loop over pairs of spellings; where it says "over both limits" the loop would too
  const quick = quickBound(w, t);
  if (quick > allowed && quick > Math.ceil(length / 2)) return true;
  const bound = distanceBound(w, t, allowed);
  if (bound <= allowed) return false;
  // a weak match needs the first keys alike and no more than half the letters apart: the keys (Double
  // Metaphone of every spelling, made on first use) are only made when the bound leaves that open
  return bound > Math.ceil(length / 2) || w.keys[0] !== t.keys[0];
}
