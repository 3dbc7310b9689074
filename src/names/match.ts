import { startsSentence, type Token } from '../document/tokens.js';
import { isEnglishWord } from '../lang/english.js';
import type { CompiledGlossary, GlossaryMatch } from '../glossary/compile.js';
import type { GlossaryEntry } from '../glossary/types.js';
import { termsIn } from './evidence.js';
import type { NameIndex, NameTerm } from './name-index.js';
import type { Features } from './score.js';
import { memoOf } from './memo.js';
import { PASSES, RunJudge } from './judge.js';
import { replacedWords } from './replaced.js';
import { swappedNames } from './swapped.js';
import { cognateNames } from './cognate.js';
import { extendedNames } from './extended.js';
import { partMisses } from './parts.js';
import { modifierMisses } from './modifier.js';
import { resegmentedNames } from './resegmented.js';
import { slipsAgain } from './slip-again.js';
import { strictFor } from './romanised.js';
import { nameData, pinyinSyllables } from './data.js';
import { stopwords } from '../source/lang-data.js';
import { bestOf, nameRuns, nameWords, type NameWord } from './words.js';

/** A span of the text that looks like a misspelt glossary name. */
export interface NameMiss {
  readonly start: number;
  readonly end: number;
  readonly suggestion: string;
  readonly confidence: number;
  readonly entry: GlossaryEntry;
  /** What is wrong, where it is not a misspelling (a name written in another order: swapped.ts). */
  readonly message?: string;
  /** What the confidence was made from (absent for a name found another way, see inflected.ts). */
  readonly features?: Features;
}

export interface MatchInput {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly glossary: CompiledGlossary;
  readonly matches: readonly GlossaryMatch[];
}


/**
 * English function words (corpora/lang/stopwords.json: "In", "But", "On"), which open runs at a sentence start
 * ("In Berlin"). Speed: such a word is not looked up for candidates; a name bent into one keeps its other words,
 * which find the name, and the window aligned around them still holds it. Looked up, "In" alone found names
 * ("Ina", "Ines", "Ian") for 11,000 of the 107,000 alignments at 1m/10k, all rejected; the same findings on the
 * silver set, the references, Brown and the bench texts without (alignments 107,013 -> 92,891). Read on first use.
 */
let functionWords: ReadonlySet<string> | undefined;

/** A run is looked at in a window of the term's length and one more word on each side of a hit, at most this. */
const WINDOW = 6;

/**
 * The spans that resemble a glossary name without being it. Each run of capitalised words is looked up
 * word by word in the glossary's name index (a few map reads per word), and each name found is aligned
 * with the run (align.ts), guarded and scored (score.ts). Linear in the text: a run's candidates are
 * capped by the index, its windows by WINDOW.
 */
export interface MatchOptions {
  /** Report candidates this confident or more (default: confidenceFloor, floor.ts). */
  readonly minConfidence?: number;
  /**
   * The text was translated from a language written in Latin script (the source language is known):
   * names are copied, not romanised, so the spelling variants romanisations allow are misspellings.
   */
  readonly strict?: boolean;
  /** Told of each candidate left out, and why (for tuning and tests). */
  readonly onReject?: (start: number, end: number, term: string, reason: string) => void;
}

export function findNameMisses(input: MatchInput, index: NameIndex, options: MatchOptions = {}): NameMiss[] {
  const { onReject, minConfidence, strict = false } = options;
  const { text, tokens, glossary, matches } = input;
  // per token, the widest glossary occurrence over it: [matchFrom, matchTo) (from > to: none)
  const inMatch = new Uint8Array(tokens.length);
  const matchFrom = new Int32Array(tokens.length).fill(tokens.length);
  const matchTo = new Int32Array(tokens.length);
  for (const m of matches) {
    for (let t = m.firstToken; t < m.lastToken; t++) {
      inMatch[t] = 1;
      if (m.firstToken < (matchFrom[t] as number)) matchFrom[t] = m.firstToken;
      if (m.lastToken > (matchTo[t] as number)) matchTo[t] = m.lastToken;
    }
  }
  const words = nameWords(text, tokens);
  // alignments of runs met before, and other answers that depend on the words only (memo.ts)
  const memo = memoOf(index);
  // the checks of judge.ts, with what they read of this text
  const J = new RunJudge(text, tokens, glossary, matches, inMatch, matchFrom, matchTo, words, memo, index, onReject, minConfidence);
  const runs = nameRuns(tokens, words);
  const out = matchRuns(J, runs, strict);
  return passesAfter(out, J, runs);
}

/**
 * The near misses of each run of capitalised words, the best of each run's in turn. Speed: this loop was the
 * body of findNameMisses, with the passes of passesAfter below it: V8 compiled it on the stack (OSR) while the
 * loop ran, with no feedback yet for the code after the loop, and threw that code away when the loop ended,
 * on each 256 KB part of a long text (3-4 times at 1m/10k), running it unoptimised until compiled again. In
 * functions of their own, the loop and each run's body are compiled once and kept (1m/10k all rules, alternating
 * runs: CPU median 3.87 -> 3.79 s, ~2%).
 */
function matchRuns(J: RunJudge, runs: readonly (readonly [number, number])[], strict: boolean): NameMiss[] {
  const out: NameMiss[] = [];
  // (runs read by index: `for (const [a, b] of runs)` made an iterator per run, 21,700 at 1 MB)
  for (let j = 0; j < runs.length; j++) {
    const run = runs[j] as readonly [number, number];
    const kept = bestOf(matchRun(J, run[0], run[1], strict));
    // (pushed one by one: `out.push(...kept)` made V8 drop the optimised loop for an array of another kind)
    for (let i = 0; i < kept.length; i++) out.push(kept[i] as NameMiss);
  }
  return out;
}

/** The near misses found in the run of name words [a, b) (the best of them are kept, see bestOf). */
function matchRun(J: RunJudge, a: number, b: number, strict: boolean): NameMiss[] {
  const { text, words, memo, index, onReject } = J;
  const found: NameMiss[] = [];
  // speed: a run of one English word of one syllable at a sentence start ("They", "Although": 6,600 of the
  // 21,700 runs at 1m/10k) is passed over before its candidates are looked up: judge rejects every
  // alignment of it, as "an English word at a sentence start" or by a check before that one (its one word
  // is bent in any alignment it has, and `single`, see RunJudge.partKept). Not so for onReject.
  if (b - a === 1 && !onReject && englishAtSentenceStart(J, words[a] as NameWord)) return found;
  memo.startRun(text, words, a, b, strict);
  const skip = (functionWords ??= stopwords().get('en') as ReadonlySet<string>);
  let covered = false;
  for (let k = a; k < b && !covered; k++) covered = J.coveredWhole(words[k] as NameWord);
  // a run met before is judged on the alignments its plan keeps (memo.ts, plan), the same in the same order
  const plan = onReject || covered ? undefined : memo.plan();
  if (covered) memo.skipPlan();
  if (plan) {
    for (let i = 0; i < plan.length; i += 3) {
      const miss = J.judge(memo.planned(plan, i), index.term(plan[i + 1] as number) as NameTerm, a, b);
      if (miss) found.push(miss);
    }
  }
  // speed: a run of one word that is a glossary term or a word of one has every alignment pair that word
  // (bent, or align() gives none), so staticVerdict rejects each ('a glossary term', 'a word of another
  // term'): it is passed over before its candidates are looked up and aligned (not so for onReject)
  const lone = b - a === 1 && !onReject && !plan && J.loneRejected(words[a] as NameWord);
  // and one that is an English word is passed over, term by term, where judge would reject every alignment
  // with the term for it (judge.ts, loneEnglish); the run then gets no plan, which would hold those alignments
  const loneEnglish = b - a === 1 && !onReject && !plan && !lone && J.loneEnglish(words[a] as NameWord);
  for (let k = a; k < b && !plan && !lone; k++) {
    const w = words[k] as NameWord;
    if (w.particle || w.folded.length < 2 || J.coveredWhole(w) || skip.has(w.folded)) continue;
    for (const id of candidatesAt(index, words, k, b)) {
      if (!memo.firstTry(id)) continue;
      const term = index.term(id);
      if (!term || !memo.isNameTerm(term)) continue;
      if (loneEnglish && J.termUnsupported(term, w, true)) {
        memo.skipPlan();
        continue;
      }
      const reach = Math.min(WINDOW, term.words.length + 1);
      const al = memo.align(words, k, Math.max(a, k - reach), Math.min(b, k + reach + 1), term, strictFor(term, strict), onReject ? -1 : PASSES, J);
      if (!al) continue;
      const miss = J.judge(al, term, a, b);
      memo.note(k, id, PASSES);
      if (miss) found.push(miss);
    }
  }
  memo.endRun();
  return found;
}

/**
 * The candidates of word k, and, where it and the next word of the run read together as one word of pinyin
 * syllables ("Jin Ping"), of that word too: a Chinese given name written as two words is looked up as the one
 * word it is ("Xi Jin Ping" finds Xi Jinping; "Xi" and "Jin" are too short to find it alone), and after a Chinese
 * family name as the two syllables they are, which the Wade-Giles conventions read ("Mao Tse Tung" finds Mao
 * Zedong). align.ts reads the two words as one and says whether they are the name.
 */
function candidatesAt(index: NameIndex, words: readonly NameWord[], k: number, b: number): readonly number[] {
  const ids = index.candidates(words[k] as NameWord);
  const next = words[k + 1];
  if (k + 1 >= b || !next || next.particle) return ids;
  const w = words[k] as NameWord;
  if (w.syllables.length > 1 || next.syllables.length > 1 || w.folded.length > 6 || next.folded.length > 6) return ids;
  const joined = w.folded + next.folded;
  // after a Chinese family name, two words may be a given name in Wade-Giles syllables ("Mao Tse Tung"), read by the conventions
  const prev = words[k - 1];
  const afterFamily = prev !== undefined && prev.end === w.first && nameData().chineseFamilyNames.has(prev.folded);
  if (!afterFamily && !pinyinSyllables(joined)) return ids;
  const more = index.candidates({ folded: joined, syllables: afterFamily ? [w.folded, next.folded] : [joined] });
  return more.length === 0 ? ids : [...ids, ...more];
}

function englishAtSentenceStart(J: RunJudge, w: NameWord): boolean {
  return w.syllables.length < 2 && isEnglishWord(w.folded) && startsSentence(J.text, J.tokens, w.first);
}

/**
 * To the names of the runs, the names the passes below find, in this order, each kept where no name kept
 * before overlaps it (each pass finds a few names at most): a name of the
 * text with letters added ("Shora" beside Ilan Shor: extended.ts), a hyphenated name with a part bent
 * ("Nagut-Karabakh": parts.ts), a word before a name's last with a letter added or dropped ("Korea
 * Peninsula": modifier.ts), a name split or joined elsewhere ("Chuo-Daiino": resegmented.ts), one word of
 * a name written as another word ("Guy Finch" for Guy Pines: replaced.ts), a Chinese or Korean name written
 * given name first ("Jinping Xi": swapped.ts), a given name in another language's form beside the surname
 * ("Judah Barlev" for Yehuda Barlev: cognate.ts); then, from all of those, the bent word of a name found again
 * alone ("Starrer's plan" after "Keir Starrer": slip-again.ts)
 */
function passesAfter(out: NameMiss[], J: RunJudge, runs: readonly (readonly [number, number])[]): NameMiss[] {
  const { text, tokens, glossary, matches, words, inMatch, matchFrom, matchTo, index } = J;
  for (const found of [
    extendedNames(words, matches, inMatch, index, glossary),
    partMisses(words, inMatch, index, glossary),
    modifierMisses(text, words, runs, inMatch, index, glossary),
    resegmentedNames(text, words, runs, inMatch, index, glossary),
    replacedWords({ text, tokens, glossary, words, runs, termsInText: (J.termsInText ??= termsIn(matches)), inMatch, matchFrom, matchTo }, index),
    swappedNames(text, words, runs, tokens, () => (J.termsInText ??= termsIn(matches)), index, glossary),
    cognateNames(text, words, runs, inMatch, index, glossary),
  ]) {
    for (const r of found) if (!out.some((o) => o.start < r.end && r.start < o.end)) out.push(r);
  }
  // (each overlaps no name found, nor another: one per name word)
  for (const r of slipsAgain(text, tokens, words, out, inMatch)) out.push(r);
  return out;
}
