import { startsSentence, type Token } from '../document/tokens.js';
import type { CompiledGlossary, GlossaryMatch } from '../glossary/compile.js';
import { isCapitalisedEntry, isEnglishWord } from '../lang/english.js';
import { isListedWord } from '../lang/word-list.js';
import { noneExact, type Alignment, type Pair } from './align.js';
import { contextOf, isolatedAfterPreposition, ownTitleBefore, rankBeforeCivilian, QUOTES, termsIn, titleBefore, writtenAsTitle } from './evidence.js';
import type { NameMiss } from './match.js';
import type { NameMemo } from './memo.js';
import type { NameIndex, NameTerm } from './name-index.js';
import { confidence, type Features } from './score.js';
import { extendsName, inOrder, isAdjective, otherGender, withCaseEnding } from './forms.js';
import { compareWords } from './similarity.js';
import { confidenceFloor } from './floor.js';
import { englishForName, halfOfCompound, keySlip, knownOtherGivenName, knownOtherSurname, longAndClose, romanisationExplains, onlyGenericMissing, singleWordMay, slipOf, wellKnownPlace } from './single-word.js';
import { isCalendarWord, isKnownName, properName, spells } from './spells.js';
import { suggestionOf } from './suggest.js';
import { skipParticles, type NameWord } from './words.js';
import { UNLIKE_REASONS, unlikeTerm } from './unlike.js';

/** judge's checks answered from the alignment and the run alone (staticVerdict), by code. */
const STATIC_REASONS = ['another name after', 'a glossary term', 'a word of another term', 'another name in an accepted spelling', 'the name with an ending', 'alike in sound only, with no word the same', ...UNLIKE_REASONS];
const AFTER = 0;
export const PASSES = STATIC_REASONS.length;

/**
 * How findNameMisses (match.ts) judges the alignments of one text: its words, its glossary occurrences and
 * the answers kept while judging. Speed: these checks were closures made at every findNameMisses call (4
 * per 1 MB check), and V8 threw away and recompiled the optimised code of judge, staticVerdict and their
 * callers when a new call brought new closures; as methods of one class they are the same functions throughout.
 */
export class RunJudge {
  termsInText: Set<string> | undefined = undefined; counts: Map<string, number> | undefined = undefined;
  constructor(
    readonly text: string,
    readonly tokens: readonly Token[],
    readonly glossary: CompiledGlossary,
    readonly matches: readonly GlossaryMatch[],
    /** Per token, the widest glossary occurrence over it: [matchFrom, matchTo) (from > to: none). */
    readonly inMatch: Uint8Array,
    readonly matchFrom: Int32Array,
    readonly matchTo: Int32Array,
    readonly words: readonly NameWord[],
    readonly memo: NameMemo,
    readonly index: NameIndex,
    readonly onReject: ((start: number, end: number, term: string, reason: string) => void) | undefined,
    readonly minConfidence: number | undefined,
  ) {}

  /** A word the glossary occurrence covers whole is that term; one it covers in part ("Svatove" of "Svatove-Kremlin") may still be a bent name. */
  coveredWhole(w: NameWord): boolean {
    return this.inMatch[w.first] === 1 && (this.matchTo[w.first] as number) >= w.end;
  }

  reject(al: Alignment, term: NameTerm, reason: string): undefined {
    this.onReject?.((this.words[al.first] as NameWord).start, (this.words[al.last] as NameWord).stop, term.term, reason);
    return undefined;
  }

  judge(al: Alignment, term: NameTerm, runStart: number, runEnd: number): NameMiss | undefined {
    const first = this.words[al.first] as NameWord;
    const last = this.words[al.last] as NameWord;
    const before = al.first > runStart ? this.words[al.first - 1] : undefined;
    // a name in place of the term's left-out word: another person ("Colin Powel" is not "Jerome Powell"); a name as a name only before a place's one word makes it a surname ("Mary Swedin"; "East Jerusalm" is the place)
    if (before && ((al.missingBefore > 0 && this.isNameWord(before)) || (al.first === al.last && term.entry.category === 'place' && properName(before.text) && !isCalendarWord(before))) && !titleBefore(this.tokens, first.first, term.entry.titles)) return this.reject(al, term, 'another name before');
    // the checks that read the alignment and the run's words only are answered once per run text and term (staticVerdict,
    // memo.ts), in their order around the one that reads the text's glossary occurrences, as asking them in turn would
    const verdict = this.memo.knownVerdict() ?? this.memo.keepVerdict(this.staticVerdict(al, term, runEnd));
    if (verdict === AFTER) return this.reject(al, term, STATIC_REASONS[AFTER] as string);
    // a glossary occurrence inside the span is part of it ("Kreminna" in "Svatov-Kreminna"); one that is
    // the span, or reaches out of it, is a known name the span belongs to
    for (let t = first.first; t < last.end; t++) {
      if (!this.inMatch[t]) continue;
      const from = this.matchFrom[t] as number;
      const to = this.matchTo[t] as number;
      if (from < first.first || to > last.end || (from === first.first && to === last.end)) return this.reject(al, term, 'inside a glossary occurrence');
    }
    if (verdict !== PASSES) return this.reject(al, term, STATIC_REASONS[verdict] as string);
    // (loops over the pairs, not arrays and closures: ~50,000 alignments at 1m/10k get this far, most rejected as English words below,
    // before the dictionary is asked of them, see knownName); an English word for a name word ("County" for Conti) is no word kept
    let bent = 0;
    let englishSame = 0;
    let english = false;
    for (const p of al.pairs) {
      if (p.match.kind === 'bent') bent++;
      else if (p.match.kind === 'same' && englishForName(p, this.words, term)) englishSame++;
      else continue;
      if (!english) english = isEnglishWord((this.words[p.word] as NameWord).folded);
    }
    const exact = al.pairs.length - bent - englishSame;
    // a hyphenated name with a part kept as the term's ("Swabian-Almanian" for Swabian-Alemannic) is two words with one kept, not a word alone
    const single = al.first === al.last && !this.partKept(first, term.words[(al.pairs[0] as Pair).termWord] as NameWord);
    this.termsInText ??= termsIn(this.matches);
    // a capitalised word after the first says "name" as a capital mid-sentence does, at a sentence start too
    const context0 = contextOf(this.text, this.tokens, first.first, term.term, term.entry.titles, this.termsInText);
    const context = single || context0.midSentence ? context0 : { ...context0, midSentence: true };
    // a person's title or honorific before a word alone says it names a person ("Miss Martha", "Queen Marie", "Mr. Houtz"): no place nor body
    if (single && context.titleBefore && term.entry.category !== 'person' && term.entry.category !== 'term' && writtenAsTitle(this.text, this.tokens, first.first, first.end)) return this.reject(al, term, "a person's title before it, the term no person");
    // an ordinary English word ("Keir Starter", "Marcus King") or a name the dictionary knows is taken for a misspelt name only where the
    // right name occurs too: elsewhere it may well be another person; a common noun capitalised inside a sentence is a name when it
    // stands where one does (commonNounPlace) and is as long as a name the word is taken for
    const commonNoun = single && english && this.commonNounPlace(first, context.midSentence) && (term.words[(al.pairs[0] as Pair).termWord] as NameWord).folded.length >= 5;
    const unsupported = this.termUnsupported(term, first, single, context.termElsewhere) && !commonNoun;
    if (unsupported && english && exact === 0) return this.reject(al, term, 'an English word or known name, term not elsewhere');
    const knownName = this.knownNameIn(al);
    if (unsupported && single && knownName && !longAndClose(al, term, this.words)) return this.reject(al, term, 'an English word or known name, term not elsewhere');
    // both names the dictionary knows (knownName, worked out above, first), no romanisation of one another: two names ("Athena" beside Athens)
    if (single && knownName && !(al.pairs[0] as Pair).match.transliteration && spells(first.text) && spells((term.words[(al.pairs[0] as Pair).termWord] as NameWord).text)) return this.reject(al, term, 'two names the dictionary knows');
    // beside a word the term shares, a surname the dictionary knows as a name only, far off, or another given name: another person (single-word.ts)
    if (unsupported && exact > 0 && !ownTitleBefore(this.tokens, first.first, term.entry.titles) && (knownOtherSurname(al, term, this.words, this.index) || knownOtherGivenName(al, term, this.words))) return this.reject(al, term, 'another person with a name the dictionary knows');
    if (single && !context.midSentence && (english || isListedWord(first.folded))) return this.reject(al, term, 'an English word at a sentence start');
    // (above, a rarer word too, of the larger word list: "Emeriti" opening a line is no misspelt "Emirati"); a name word that is an English word ("Banks" of Tom Banks, indexed for it: english-name-words.ts) written as another English word is as often another person as a slip ("Tom Hanks", "Jack Block"): only with the name elsewhere in the text or the person's own title before it
    if (english && !context.termElsewhere && !ownTitleBefore(this.tokens, first.first, term.entry.titles) && al.pairs.some((p) => p.match.kind === 'bent' && isEnglishWord((term.words[p.termWord] as NameWord).folded) && isEnglishWord((this.words[p.word] as NameWord).folded))) return this.reject(al, term, 'an English word for an English name word, term not elsewhere');
    // a word in another script between quotation marks is quoted as such ("the word «Україна»"); one that
    // mixes in Latin letters ("Shchedрик") is a name half transliterated, quoted or not
    if (single && first.otherScript && !/[a-z]/i.test(first.text) && this.quoted(first)) return this.reject(al, term, 'a quoted word');
    if (single && !singleWordMay(al, term, first, this.glossary, this.index)) return this.reject(al, term, 'a single word not close enough');
    if (single && term.entry.category === 'person' && !context.termElsewhere && rankBeforeCivilian(this.tokens, first.first, term.entry.titles)) return this.reject(al, term, 'a rank before a civilian');
    if (single && !context.termElsewhere && !context.titleBefore && wellKnownPlace(al, term, this.words, this.index) && !slipOf(al, term, this.words, english || knownName)) return this.reject(al, term, 'a well-known place or body, alone');
    // a word alone next to other names is part of another name ("Natalya Ivanova" is no "Antalya"), across a particle too ("Banco do Brasil")
    if (single && ((al.first > runStart && this.isNameWord(this.words[skipParticles(this.words, al.first - 1, runStart, -1)] as NameWord) && !titleBefore(this.tokens, first.first, term.entry.titles)) || (al.last + 1 < runEnd && this.isNameWord(this.words[skipParticles(this.words, al.last + 1, runEnd - 1, 1)] as NameWord)) || halfOfCompound(this.tokens, first, this.glossary))) return this.reject(al, term, 'part of another name');
    // the name made an adjective ("Franconian", "Israeli") is not the name misspelt, nor a known word with a plural ending ("Russians")
    if (al.pairs.some((p) => p.match.kind === 'bent' && this.isAdjectiveOf(this.words[p.word] as NameWord, al, term))) return this.reject(al, term, 'an adjective of the name');
    if (single && term.entry.category === 'person' && otherGender(first.folded, (term.words[(al.pairs[0] as Pair).termWord] as NameWord).folded)) return this.reject(al, term, 'the surname of a relative');
    if (single && knownName && /^(.+?)e?s$/.test(first.folded) && (term.words[(al.pairs[0] as Pair).termWord] as NameWord).folded === first.folded.replace(/e?s$/, '')) return this.reject(al, term, 'a plural');
    // a name the dictionary knows, alone at a sentence start, needs a reason to be taken for this one: a title or the term elsewhere
    // (a word the dictionary does not know is a name wherever it stands, and the English words were asked about above)
    if (single && knownName && !context.titleBefore && !context.termElsewhere && !context.midSentence) return this.reject(al, term, 'a single word with no evidence');
    // a surname alone follows the full name in news copy: with no word of the name anywhere in the text
    // (nor the person's own title before it), a lone word like it is more likely another person ("Mr.
    // Levitt", not Karoline Leavitt); a foreign romanisation that explains the whole difference
    // ("Gryhorenko", a Russian form; not a word or name the dictionary knows, "Danny" for Al Thani), two letters
    // turned round ("Zelenksy", a slip of the keys) or a source-language case ending ("Dobrovinskoy") says which name it is
    if (single && term.entry.category === 'person' && term.words.length > 1 && !context.termElsewhere && !titleBefore(this.tokens, first.first, term.entry.titles, true) && !(!knownName && !english && (romanisationExplains(al, term, first) || keySlip(first.folded, (term.words[(al.pairs[0] as Pair).termWord] as NameWord).folded))) && !this.caseEndingOn(al.pairs[0] as Pair, term)) {
      const seen = (this.counts ??= this.capitalCounts());
      if (!term.words.some((w) => !w.particle && seen.has(w.text))) return this.reject(al, term, 'a surname alone, the person not named in the text');
    }
    const missing = term.words.filter((w) => !w.particle).length - al.termCovered;
    const reordered = !inOrder(al);
    // a place or an organisation keeps its words and their order: "Israeli Ninja" is not "Ninja Israel", "David Dvir" no part of "Tower of David"
    if (term.entry.category !== 'person' && (reordered || (missing > 0 && !onlyGenericMissing(al, term)))) return this.reject(al, term, 'part of a place or organisation');
    const features: Features = {
      bent: al.pairs.filter((p) => p.match.kind === 'bent').map((p) => p.match),
      exact,
      missing,
      reordered,
      // a spelling a foreign convention or a case ending explains ("Kharkov", "Buchi", twice) is that
      // convention or grammar used consistently, not another name that happens to be alike
      repeated: al.pairs.some((p) => p.match.kind === 'bent' && !p.match.transliteration && !this.caseEndingOn(p, term) && ((this.counts ??= this.capitalCounts()).get((this.words[p.word] as NameWord).text) as number) >= 2),
      inserted: al.inserted,
      single,
      knownName: knownName || english,
      otherTermWord: this.otherTermWordIn(al),
      allCaps: first.allCaps && last.allCaps,
      oneLetter: exact > 0 && al.pairs.every((p) => p.match.kind !== 'bent' || (p.match.edits === 1 && p.match.length >= 5 && !p.match.transliteration && !(this.words[p.word] as NameWord).otherScript)) && !knownName && !english,
      context,
    };
    const c = confidence(features);
    if (c < (this.minConfidence ?? confidenceFloor(single, first.folded, (term.words[(al.pairs[0] as Pair).termWord] as NameWord).folded, term))) return this.reject(al, term, `low confidence ${c}`);
    return { start: first.start, end: last.stop, suggestion: suggestionOf(this.text, this.words, al, term), confidence: c, entry: term.entry, features };
  }

  /** A bent written word of the alignment is a name the dictionary knows, or a name common in other languages' news (corpora/names/common-names.txt). */
  knownNameIn(al: Alignment): boolean {
    for (const p of al.pairs) if (p.match.kind === 'bent' && isKnownName((this.words[p.word] as NameWord).text)) return true;
    return false;
  }

  /** A bent written word of the alignment is a word of a glossary term. */
  otherTermWordIn(al: Alignment): boolean {
    for (const p of al.pairs) if (p.match.kind === 'bent' && this.isTermWord(this.words[p.word] as NameWord)) return true;
    return false;
  }

  /** isTermWord(words[r]), kept per word of the text (1 yes, 2 no): words-alone.ts asks it of every word of a window for each term. */
  private termWordAt: Uint8Array | undefined;
  isTermWordAt(r: number): boolean {
    const at = (this.termWordAt ??= new Uint8Array(this.words.length));
    if (at[r] === 0) at[r] = this.isTermWord(this.words[r] as NameWord) ? 1 : 2;
    return at[r] === 1;
  }

  isTermWord(w: NameWord): boolean {
    return this.glossary.hasTermWord(w.folded) || this.glossary.hasTermWord(w.text.toLowerCase());
  }

  /** Both words are hyphenated in as many parts, one of them the same, the others each alike. */
  partKept(w: NameWord, t: NameWord): boolean {
    const a = w.syllables;
    const b = t.syllables;
    if (a.length < 2 || a.length !== b.length || !a.some((x, i) => x === b[i])) return false;
    return a.every((x, i) => x === b[i] || (x.length >= 4 && compareWords(this.index.compared({ syllables: [x], folded: x }), this.index.compared({ syllables: [b[i] as string], folded: b[i] as string })).kind !== 'none'));
  }

  /** The written word of the pair is the term's with a Slavic case ending (forms.ts). */
  caseEndingOn(pair: Pair, term: NameTerm): boolean {
    return withCaseEnding((this.words[pair.word] as NameWord).folded, (term.words[pair.termWord] as NameWord).folded);
  }

  /** How often each capitalised word occurs in the text. */
  capitalCounts(): Map<string, number> {
    const m = new Map<string, number>();
    for (const w of this.words) if (w.capital) m.set(w.text, (m.get(w.text) ?? 0) + 1);
    return m;
  }

  /**
   * The first of judge's checks that read only the alignment, the run's words (the same for the same run
   * text: its end is the run's) and the glossary to reject it, as an index into STATIC_REASONS, or PASSES.
   */
  staticVerdict(al: Alignment, term: NameTerm, runEnd: number): number {
    const first = this.words[al.first] as NameWord;
    const last = this.words[al.last] as NameWord;
    // a name word after the span, the term's last word left out or no word of a longer span as the term has it: a longer name ("Daniel Kahn Gillmor" is no "Dan Caine")
    if ((al.missingAfter > 0 || (al.last > al.first && noneExact(al))) && al.last + 1 < runEnd && this.isNameWord(this.words[al.last + 1] as NameWord)) return AFTER;
    const written = this.text.slice(first.start, last.stop);
    if (this.glossary.termsByLower.has(written.toLowerCase())) return 1;
    // (loops over the pairs, not arrays and closures: asked of every alignment made, 80,000 at 1m/10k, where they were a tenth of what name matching allocated)
    const pairs = al.pairs;
    let bent = 0;
    let otherTermWord = false;
    let weak = false;
    // (unless every word of a name of two or more lines up, each bent by a convention: "Aaron Haliwa" for
    // "Aharon Haliva", though "Aaron" is a word of "Aaron Sorkin")
    let allByConvention = pairs.length >= 2 && al.missingBefore + al.missingAfter === 0;
    for (let i = 0; i < pairs.length; i++) {
      const m = (pairs[i] as Pair).match;
      if (!m.transliteration) allByConvention = false;
      if (m.weak) weak = true;
      if (m.kind !== 'bent') continue;
      bent++;
      const w = this.words[(pairs[i] as Pair).word] as NameWord;
      if (!otherTermWord) otherTermWord = this.isTermWord(w);
    }
    const exact = pairs.length - bent;
    if (otherTermWord && exact === 0 && !allByConvention) return 2;
    // with no word of the term kept, a word that is another glossary name in an accepted spelling
    // ("Lieberman" for a glossary "Liberman") is that name, not this one misspelt
    if (exact === 0 && !allByConvention) for (const p of pairs) if (p.match.kind === 'bent' && this.memo.variantOfAnother(this.words[p.word] as NameWord, term)) return 3;
    // the term's word with an ending of two letters or more is a longer name ("Minposha" for "Minpo",
    // "Ushigahara-jo"): suggesting the term would cut a name that is written right
    for (const p of pairs) if (p.match.kind === 'bent' && !p.match.transliteration && extendsName((this.words[p.word] as NameWord).folded, (term.words[p.termWord] as NameWord).folded)) return 4;
    if (weak && (exact === 0 || bent > 1 || !inOrder(al))) return 5;
    return unlikeTerm(al, term, this.words, PASSES - UNLIKE_REASONS.length) ?? PASSES;
  }

  /**
   * Neither the term elsewhere in the text nor, for a single word, the person's own title before it
   * ("Minister Handel"; another title, "Judge Handel", names someone else) says the written word is the
   * term: judge then rejects an English word or a known name (see there).
   */
  termUnsupported(term: NameTerm, first: NameWord, single: boolean, termElsewhere = (this.termsInText ??= termsIn(this.matches)).has(term.term)): boolean {
    return !termElsewhere && !(single && term.entry.category === 'person' && ownTitleBefore(this.tokens, first.first, term.entry.titles));
  }

  /**
   * A common noun (one the dictionary lists in lower case only) capitalised inside a sentence (midSentence),
   * after a preposition of place and with no capitalised word beside it, stands where a name does: MT writes a name it does
   * not know as the English word it sounds like ("in Butch" for Bucha; a quoted one is a title of a work:
   * 'the poem "Locomotive"').
   */
  commonNounPlace(w: NameWord, midSentence: boolean): boolean {
    return midSentence && !isCapitalisedEntry(w.text) && isolatedAfterPreposition(this.tokens, w.first, w.end);
  }

  /**
   * judge rejects every alignment of the one-word run w, an English word, with a term that termUnsupported
   * says nothing supports, when w cannot be a common noun standing for a name (commonNounPlace): such an
   * alignment pairs w alone, bent (align.ts: one written word makes one pair, and one bent pair at least),
   * so it is single (or a hyphenated word with a part kept, which the exceptions do not cover either), its
   * English word is bent and no word is exact, and judge's 'an English word or known name, term not
   * elsewhere' rejects it if no check before it has. Speed: at 1m/10k, 31,000 of the 113,000 alignments
   * judged were so rejected; asked per run (this) and per term (termUnsupported), before the alignment is made.
   */
  loneEnglish(w: NameWord): boolean {
    return isEnglishWord(w.folded) && !this.commonNounPlace(w, !startsSentence(this.text, this.tokens, w.first));
  }

  /** staticVerdict rejects every alignment of the one-word run w (see `lone` above). */
  loneRejected(w: NameWord): boolean {
    return this.isTermWord(w) || this.glossary.termsByLower.has(w.text.toLowerCase());
  }

  isNameWord(w: NameWord): boolean {
    return w.capital && !w.particle && !w.allCaps && !isEnglishWord(w.folded) && !isCalendarWord(w);
  }

  quoted(w: NameWord): boolean {
    const before = this.tokens[w.first - 1];
    const after = this.tokens[w.end];
    return before !== undefined && after !== undefined && QUOTES.test(before.text) && QUOTES.test(after.text);
  }

  isAdjectiveOf(w: NameWord, al: Alignment, term: NameTerm): boolean {
    const pair = al.pairs.find((p) => this.words[p.word] === w);
    const t = pair && (term.words[pair.termWord] as NameWord).folded;
    // either way round: "Franconian" for a glossary "Franconia", "Central Africa" for "Central African"
    // (two letters turned round read as no ending: "Starmre" is no adjective of Starmer, nor it of Starmre)
    return t !== undefined && !keySlip(w.folded, t) && (isAdjective(t, w.folded) || isAdjective(w.folded, t));
  }
}
