import type { Token } from '../document/tokens.js';
import type { CompiledGlossary, GlossaryMatch } from '../glossary/compile.js';
import type { GlossaryEntry } from '../glossary/types.js';
import { isCapitalisedEntry, isEnglishWord } from '../lang/english.js';
import type { Alignment, Pair } from './align.js';
import { contextOf, isolatedAfterWord, ownTitleBefore, quoted, termsIn, titleBefore } from './evidence.js';
import type { NameIndex, NameTerm } from './name-index.js';
import { confidence, type Features } from './score.js';
import { extendsName, inOrder, isAdjective, otherGender, withCaseEnding } from './forms.js';
import { memoOf } from './memo.js';
import { compareWords } from './similarity.js';
import { confidenceFloor } from './floor.js';
import { replacedWords } from './replaced.js';
import { extendedNames } from './extended.js';
import { longAndClose, onlyGenericMissing, singleWordMay } from './single-word.js';
import { fixedSpelling, spells } from './spells.js';
import { suggestionOf } from './suggest.js';
import { nameRuns, nameWords, type NameWord } from './words.js';

/** A span of the text that looks like a misspelt glossary name. */
export interface NameMiss {
  readonly start: number;
  readonly end: number;
  readonly suggestion: string;
  readonly confidence: number;
  readonly entry: GlossaryEntry;
  /** What the confidence was made from (absent for a name found another way, see inflected.ts). */
  readonly features?: Features;
}

export interface MatchInput {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly glossary: CompiledGlossary;
  readonly matches: readonly GlossaryMatch[];
}

/** judge's checks answered from the alignment and the run alone (staticVerdict), by code. */
const STATIC_REASONS = ['another name after', 'a glossary term', 'a word of another term', 'another name in an accepted spelling', 'the name with an ending', 'alike in sound only, with no word the same'];
const AFTER = 0;
const PASSES = STATIC_REASONS.length;

/** Categories whose terms are names. */
const NAME_CATEGORIES = new Set(['person', 'place', 'organisation']);
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
  const out: NameMiss[] = [];
  let termsInText: Set<string> | undefined;
  let counts: Map<string, number> | undefined;
  const runs = nameRuns(tokens, words);
  for (const [a, b] of runs) {
    const found: NameMiss[] = [];
    memo.startRun(text, words, a, b, strict);
    let covered = false;
    for (let k = a; k < b && !covered; k++) covered = coveredWhole(words[k] as NameWord);
    // a run met before is judged on the alignments its plan keeps (memo.ts, plan), the same in the same order
    const plan = onReject || covered ? undefined : memo.plan();
    if (covered) memo.skipPlan();
    if (plan) {
      for (let i = 0; i < plan.length; i += 3) {
        const miss = judge(memo.planned(plan, i), index.term(plan[i + 1] as number) as NameTerm, a, b);
        if (miss) found.push(miss);
      }
    }
    for (let k = a; k < b && !plan; k++) {
      const w = words[k] as NameWord;
      if (w.particle || w.folded.length < 2 || coveredWhole(w)) continue;
      for (const id of index.candidates(w)) {
        if (!memo.firstTry(id)) continue;
        const term = index.term(id);
        if (!term || !memo.isNameTerm(term)) continue;
        const reach = Math.min(WINDOW, term.words.length + 1);
        const al = memo.align(words, k, Math.max(a, k - reach), Math.min(b, k + reach + 1), term, strict || fixedSpelling(term));
        if (!al) continue;
        const miss = judge(al, term, a, b);
        memo.note(k, id, PASSES);
        if (miss) found.push(miss);
      }
    }
    memo.endRun();
    out.push(...bestOf(found));
  }
  // one word of a name written as another word ("Guy Finch" for Guy Pines: replaced.ts)
  // a name of the text with letters added ("Shora" beside Ilan Shor: extended.ts)
  for (const r of extendedNames(words, matches, inMatch, index, glossary)) if (!out.some((o) => o.start < r.end && r.start < o.end)) out.push(r);
  for (const r of replacedWords({ text, tokens, glossary, words, runs, termsInText: (termsInText ??= termsIn(matches)), inMatch, matchFrom, matchTo }, index)) if (!out.some((o) => o.start < r.end && r.start < o.end)) out.push(r);
  return out;

  /** A word the glossary occurrence covers whole is that term; one it covers in part ("Svatove" of "Svatove-Kremlin") may still be a bent name. */
  function coveredWhole(w: NameWord): boolean {
    return inMatch[w.first] === 1 && (matchTo[w.first] as number) >= w.end;
  }

  function reject(al: Alignment, term: NameTerm, reason: string): undefined {
    onReject?.((words[al.first] as NameWord).start, (words[al.last] as NameWord).stop, term.term, reason);
    return undefined;
  }

  function judge(al: Alignment, term: NameTerm, runStart: number, runEnd: number): NameMiss | undefined {
    const first = words[al.first] as NameWord;
    const last = words[al.last] as NameWord;
    // a name in place of the term's left-out word: another person ("Colin Powel" is not "Jerome Powell")
    if (al.missingBefore > 0 && al.first > runStart && isNameWord(words[al.first - 1] as NameWord) && !titleBefore(tokens, first.first, term.entry.titles)) return reject(al, term, 'another name before');
    // the checks that read the alignment and the run's words only are answered once per run text and
    // term (staticVerdict, memo.ts), in their order around the one that reads the text's glossary
    // occurrences, so that the result and the reason given are what asking them in turn gives
    const verdict = memo.staticVerdict(() => staticVerdict(al, term, runEnd));
    if (verdict === AFTER) return reject(al, term, STATIC_REASONS[AFTER] as string);
    // a glossary occurrence inside the span is part of it ("Kreminna" in "Svatov-Kreminna"); one that is
    // the span, or reaches out of it, is a known name the span belongs to
    for (let t = first.first; t < last.end; t++) {
      if (!inMatch[t]) continue;
      const from = matchFrom[t] as number;
      const to = matchTo[t] as number;
      if (from < first.first || to > last.end || (from === first.first && to === last.end)) return reject(al, term, 'inside a glossary occurrence');
    }
    if (verdict !== PASSES) return reject(al, term, STATIC_REASONS[verdict] as string);
    const bentWords = al.pairs.filter((p) => p.match.kind === 'bent').map((p) => words[p.word] as NameWord);
    const exact = al.pairs.length - bentWords.length;
    const otherTermWord = bentWords.some((w) => glossary.hasTermWord(w.folded) || glossary.hasTermWord(w.text.toLowerCase()));
    const knownName = bentWords.some((w) => spells(w.text));
    // a hyphenated name with a part kept as the term's ("Swabian-Almanian" for Swabian-Alemannic) is two
    // words with one kept, not a word alone
    const single = al.first === al.last && !partKept(first, term.words[(al.pairs[0] as Pair).termWord] as NameWord);
    termsInText ??= termsIn(matches);
    // a capitalised word after the first says "name" as a capital mid-sentence does, at a sentence start too
    const context0 = contextOf(text, tokens, first.first, term.term, term.entry.titles, termsInText);
    const context = single || context0.midSentence ? context0 : { ...context0, midSentence: true };
    // an ordinary English word ("Keir Starter", "Marcus King") or a name the dictionary knows is taken for
    // a misspelt name only where the right name occurs too: elsewhere it may well be another person
    const english = bentWords.some((w) => isEnglishWord(w.folded));
    // a common noun (one the dictionary lists in lower case only) capitalised inside a sentence, after a word
    // and with no capitalised word beside it, is a name: MT writes a name it does not know as the English
    // word it sounds like ("in Butch" for Bucha)
    const commonNoun = single && context.midSentence && english && !isCapitalisedEntry(first.text) && isolatedAfterWord(tokens, first.first, first.end) && (term.words[(al.pairs[0] as Pair).termWord] as NameWord).folded.length >= 5;
    // (the person's own title before a known name alone says it is the glossary person: "Minister Handel")
    if (!context.termElsewhere && !commonNoun && !(single && term.entry.category === 'person' && ownTitleBefore(tokens, first.first, term.entry.titles)) && ((english && exact === 0) || (single && knownName && !longAndClose(al, term, words)))) return reject(al, term, 'an English word or known name, term not elsewhere');
    if (single && english && !context.midSentence) return reject(al, term, 'an English word at a sentence start');
    // a word in another script between quotation marks is quoted as such ("the word «Україна»"); one that
    // mixes in Latin letters ("Shchedрик") is a name half transliterated, quoted or not
    if (single && first.otherScript && !/[a-z]/i.test(first.text) && quoted(tokens, first.first, first.end)) return reject(al, term, 'a quoted word');
    if (single && !singleWordMay(al, term, first, glossary, index)) return reject(al, term, 'a single word not close enough');
    // a word alone next to other names is part of another name ("Natalya Ivanova" is no "Antalya")
    if (single && ((al.first > runStart && isNameWord(words[al.first - 1] as NameWord) && !titleBefore(tokens, first.first, term.entry.titles)) || (al.last + 1 < runEnd && isNameWord(words[al.last + 1] as NameWord)))) return reject(al, term, 'part of another name');
    // the name made an adjective ("Franconian", "Israeli") is not the name misspelt, nor is a known word
    // with a plural ending ("Russians" for a glossary "Russian")
    if (bentWords.some((w) => isAdjectiveOf(w, al, term))) return reject(al, term, 'an adjective of the name');
    if (single && term.entry.category === 'person' && otherGender(first.folded, (term.words[(al.pairs[0] as Pair).termWord] as NameWord).folded)) return reject(al, term, 'the surname of a relative');
    if (single && knownName && /^(.+?)e?s$/.test(first.folded) && (term.words[(al.pairs[0] as Pair).termWord] as NameWord).folded === first.folded.replace(/e?s$/, '')) return reject(al, term, 'a plural');
    // a name the dictionary knows, alone at a sentence start, needs a reason to be taken for this one: a title
    // or the term elsewhere (a word the dictionary does not know is a name wherever it stands, and the
    // English words were asked about above)
    if (single && knownName && !context.titleBefore && !context.termElsewhere && !context.midSentence) return reject(al, term, 'a single word with no evidence');
    // a surname alone follows the full name in news copy: with no word of the name anywhere in the text
    // (nor the person's own title before it), a lone word like it is more likely another person ("Mr.
    // Levitt", not Karoline Leavitt); a foreign romanisation that explains the whole difference
    // ("Gryhorenko", a Russian form) or a source-language case ending ("Dobrovinskoy") says which name it is
    if (single && term.entry.category === 'person' && term.words.length > 1 && !context.termElsewhere && !titleBefore(tokens, first.first, term.entry.titles, true) && !(al.pairs[0] as Pair).match.transliteration && !caseEndingOn(al.pairs[0] as Pair, term)) {
      const seen = (counts ??= capitalCounts());
      if (!term.words.some((w) => !w.particle && seen.has(w.text))) return reject(al, term, 'a surname alone, the person not named in the text');
    }
    const missing = term.words.filter((w) => !w.particle).length - al.termCovered;
    const reordered = !inOrder(al);
    // a place or an organisation keeps its words and their order: "Israeli Ninja" is not "Ninja Israel",
    // "David Dvir" no part of "Tower of David"
    if (term.entry.category !== 'person' && (reordered || (missing > 0 && !onlyGenericMissing(al, term)))) return reject(al, term, 'part of a place or organisation');
    const features: Features = {
      bent: al.pairs.filter((p) => p.match.kind === 'bent').map((p) => p.match),
      exact,
      missing,
      reordered,
      // a spelling a foreign convention or a case ending explains ("Kharkov", "Buchi", twice) is that
      // convention or grammar used consistently, not another name that happens to be alike
      repeated: al.pairs.some((p) => p.match.kind === 'bent' && !p.match.transliteration && !caseEndingOn(p, term) && ((counts ??= capitalCounts()).get((words[p.word] as NameWord).text) as number) >= 2),
      inserted: al.inserted,
      single,
      knownName: knownName || english,
      otherTermWord,
      allCaps: first.allCaps && last.allCaps,
      oneLetter: exact > 0 && al.pairs.every((p) => p.match.kind !== 'bent' || (p.match.edits === 1 && p.match.length >= 5 && !p.match.transliteration && !(words[p.word] as NameWord).otherScript)) && !knownName && !english,
      context,
    };
    const c = confidence(features);
    if (c < (minConfidence ?? confidenceFloor(single, first.folded, (term.words[(al.pairs[0] as Pair).termWord] as NameWord).folded, term))) return reject(al, term, `low confidence ${c}`);
    return { start: first.start, end: last.stop, suggestion: suggestionOf(text, words, al, term), confidence: c, entry: term.entry, features };
  }

  /** Both words are hyphenated in as many parts, one of them the same, the others each alike. */
  function partKept(w: NameWord, t: NameWord): boolean {
    const a = w.syllables;
    const b = t.syllables;
    if (a.length < 2 || a.length !== b.length || !a.some((x, i) => x === b[i])) return false;
    return a.every((x, i) => x === b[i] || (x.length >= 4 && compareWords(index.compared({ syllables: [x], folded: x }), index.compared({ syllables: [b[i] as string], folded: b[i] as string })).kind !== 'none'));
  }

  /** The written word of the pair is the term's with a Slavic case ending (forms.ts). */
  function caseEndingOn(pair: Pair, term: NameTerm): boolean {
    return withCaseEnding((words[pair.word] as NameWord).folded, (term.words[pair.termWord] as NameWord).folded);
  }

  /** How often each capitalised word occurs in the text. */
  function capitalCounts(): Map<string, number> {
    const m = new Map<string, number>();
    for (const w of words) if (w.capital) m.set(w.text, (m.get(w.text) ?? 0) + 1);
    return m;
  }

  /**
   * The first of judge's checks that read only the alignment, the run's words (the same for the same run
   * text: its end is the run's) and the glossary to reject it, as an index into STATIC_REASONS, or PASSES.
   */
  function staticVerdict(al: Alignment, term: NameTerm, runEnd: number): number {
    const first = words[al.first] as NameWord;
    const last = words[al.last] as NameWord;
    if (al.missingAfter > 0 && al.last + 1 < runEnd && isNameWord(words[al.last + 1] as NameWord)) return AFTER;
    const written = text.slice(first.start, last.stop);
    if (glossary.termsByLower.has(written.toLowerCase())) return 1;
    const bentWords = al.pairs.filter((p) => p.match.kind === 'bent').map((p) => words[p.word] as NameWord);
    const exact = al.pairs.length - bentWords.length;
    const otherTermWord = bentWords.some((w) => glossary.hasTermWord(w.folded) || glossary.hasTermWord(w.text.toLowerCase()));
    // (unless every word of a name of two or more lines up, each bent by a convention: "Aaron Haliwa" for
    // "Aharon Haliva", though "Aaron" is a word of "Aaron Sorkin")
    const allByConvention = al.pairs.length >= 2 && al.missingBefore + al.missingAfter === 0 && al.pairs.every((p) => p.match.transliteration);
    if (otherTermWord && exact === 0 && !allByConvention) return 2;
    // with no word of the term kept, a word that is another glossary name in an accepted spelling
    // ("Lieberman" for a glossary "Liberman") is that name, not this one misspelt
    if (exact === 0 && !allByConvention && bentWords.some((w) => memo.variantOfAnother(w, term))) return 3;
    // the term's word with an ending of two letters or more is a longer name ("Minposha" for "Minpo",
    // "Ushigahara-jo"): suggesting the term would cut a name that is written right
    if (al.pairs.some((p) => p.match.kind === 'bent' && !p.match.transliteration && extendsName((words[p.word] as NameWord).folded, (term.words[p.termWord] as NameWord).folded))) return 4;
    if (al.pairs.some((p) => p.match.weak) && (exact === 0 || bentWords.length > 1 || !inOrder(al))) return 5;
    return PASSES;
  }

  function isNameWord(w: NameWord): boolean {
    return w.capital && !w.particle && !w.allCaps && !isEnglishWord(w.folded);
  }

  function isAdjectiveOf(w: NameWord, al: Alignment, term: NameTerm): boolean {
    const pair = al.pairs.find((p) => words[p.word] === w);
    const t = pair && (term.words[pair.termWord] as NameWord).folded;
    // either way round: "Franconian" for a glossary "Franconia", "Central Africa" for "Central African"
    return t !== undefined && (isAdjective(t, w.folded) || isAdjective(w.folded, t));
  }

  /** Candidates of one run: the most confident for each word, the others dropped. */
  function bestOf(found: NameMiss[]): NameMiss[] {
    found.sort((x, y) => y.confidence - x.confidence || y.end - y.start - (x.end - x.start));
    const kept: NameMiss[] = [];
    for (const f of found) if (!kept.some((k) => k.start < f.end && f.start < k.end)) kept.push(f);
    return kept;
  }
}

/** A term that is a name: a person, place or organisation, or a plain term whose words are all names. */
export function isNameTerm(term: NameTerm): boolean {
  const c = term.entry.category;
  if (NAME_CATEGORIES.has(c)) return true;
  // an entry of no particular category whose words are all names ("Zelensky" in a list of terms)
  return c === 'term' && term.words.every((w) => w.capital || w.particle) && term.words.some((w) => !isEnglishWord(w.folded));
}

