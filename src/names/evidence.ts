import type { Token } from '../document/tokens.js';
import { isCapitalized, startsSentence } from '../document/tokens.js';
import { inRunningText } from '../document/running-text.js';
import type { GlossaryMatch } from '../glossary/compile.js';
import { isEnglishWord } from '../lang/english.js';
import { nameData } from './data.js';

/** What the text around a span says about it being a name. */
export interface Context {
  /** A title stands just before the span ("President", "Prime Minister", "Gen."), from the data or the entry. */
  readonly titleBefore: boolean;
  /** The glossary term itself occurs elsewhere in the text. */
  readonly termElsewhere: boolean;
  /** The span's first word is not the first of a sentence, so its capital says it is a name. */
  readonly midSentence: boolean;
}

/**
 * Whether the words just before token `first` are a title: one of corpora/names/titles.txt or of the
 * entry's own `titles` ("Gen." and "Gen" alike), or with `officesOnly` false an honorific of
 * corpora/names/honorifics.txt ("Mr.", "Dr."), which says a person is named but not which. Looks back
 * at most four words.
 */
export function titleBefore(tokens: readonly Token[], first: number, entryTitles: readonly string[] | undefined, officesOnly = false): boolean {
  const { titles, honorifics } = nameData();
  const before = wordsBefore(tokens, first);
  for (let n = 1; n <= before.length; n++) {
    const word = before[before.length - n] as string;
    if (titleOf(titles.get(word), n, before) || (!officesOnly && titleOf(honorifics.get(word), n, before))) return true;
  }
  return ownTitle(before, entryTitles);
}

/** A title of `list` (the titles with one first word) has n words and ends `before`. */
function titleOf(list: readonly (readonly string[])[] | undefined, n: number, before: readonly string[]): boolean {
  if (list === undefined) return false;
  for (const words of list) if (words.length === n && endsWith(before, words)) return true;
  return false;
}

/**
 * Whether one of the entry's own `titles` stands just before token `first` ("Minister" for an entry that
 * carries it): a title of the data alone ("Judge") says a person is named, not that it is this one.
 */
export function ownTitleBefore(tokens: readonly Token[], first: number, entryTitles: readonly string[] | undefined): boolean {
  return entryTitles !== undefined && entryTitles.length > 0 && ownTitle(wordsBefore(tokens, first), entryTitles);
}

/**
 * A military rank (corpora/names/ranks.txt) stands just before token `first`, and the entry lists titles,
 * none of them a rank: "General Milli" is not President Milei. (Any office not among the entry's titles
 * was too much: a glossary lists a title or two, and "General Burhen", "Marshal Hafter" or "Ayatollah
 * Khamenai" name the glossary person by another of theirs.)
 */
export function rankBeforeCivilian(tokens: readonly Token[], first: number, entryTitles: readonly string[] | undefined): boolean {
  if (entryTitles === undefined || entryTitles.length === 0) return false;
  const { ranks } = nameData();
  for (const title of entryTitles) {
    const words = titleWords(title);
    if (titleOf(ranks.get(words[0] as string), words.length, words)) return false;
  }
  const before = wordsBefore(tokens, first);
  for (let n = 1; n <= before.length; n++) if (titleOf(ranks.get(before[before.length - n] as string), n, before)) return true;
  return false;
}

/**
 * The words wordsBefore gives, in one array for every call. Speed: name matching asks for the title before
 * a candidate name several times per alignment it judges (~100,000 alignments at 1m/10k), and a new array
 * each time, with the arrays and closures of the look-ups, was a tenth of what it allocated; the callers
 * read it before the next call and keep none of it.
 */
const scratch: string[] = [];

/**
 * The title titleBefore found before tokens [first, end) is written as one: with a capital, and an
 * honorific ("Mr.", "Queen" is a title of titles.txt, "Miss" an honorific) or an abbreviation with its
 * period ("Gen.") anywhere, a title that is also an ordinary word ("Major", "General", "Premier") only in
 * running text: "the general Kharkow region" and "Major Kharkow Offensive Stalls" (a headline) name no
 * person, "Queen Marie Visits Springfield" does.
 */
export function writtenAsTitle(text: string, tokens: readonly Token[], first: number, end: number): boolean {
  let i = first - 1;
  const period = tokens[i]?.text === '.';
  if (period) i--;
  const t = tokens[i];
  if (t === undefined || t.kind !== 'word' || !isCapitalized(t.text)) return false;
  return period || nameData().honorifics.has(t.lower) || !isEnglishWord(t.lower) || inRunningText(text, tokens, first, end);
}

/** The lower-cased words before token `first` in its segment, nearest last, skipping the dots of abbreviations; four at most (see scratch). */
function wordsBefore(tokens: readonly Token[], first: number): string[] {
  const before = scratch;
  before.length = 0;
  const segment = tokens[first]?.segment;
  for (let i = first - 1; i >= 0 && before.length < 4; i--) {
    const t = tokens[i] as Token;
    if (t.segment !== segment) break;
    if (t.kind === 'word') before.push(t.lower);
    else if (t.text !== '.') break;
  }
  return before.reverse();
}

function endsWith(before: readonly string[], words: readonly string[]): boolean {
  if (words.length > before.length) return false;
  const at = before.length - words.length;
  for (let k = 0; k < words.length; k++) if (before[at + k] !== words[k]) return false;
  return true;
}

function ownTitle(before: readonly string[], entryTitles: readonly string[] | undefined): boolean {
  if (!entryTitles) return false;
  for (const title of entryTitles) {
    const words = titleWords(title);
    if (words.length > 0 && endsWith(before, words)) return true;
  }
  return false;
}

/** An entry's title as its lower-cased words ("Gen." and "Gen" alike), made once per title (kept for TITLE_LIMIT titles). */
function titleWords(title: string): readonly string[] {
  let words = entryTitleWords.get(title);
  if (words === undefined) {
    words = title.toLowerCase().replace(/\.$/, '').split(/[\s.]+/).filter((w) => w !== '');
    if (entryTitleWords.size >= TITLE_LIMIT) entryTitleWords.clear();
    entryTitleWords.set(title, words);
  }
  return words;
}

const TITLE_LIMIT = 4096;
const entryTitleWords = new Map<string, readonly string[]>();

/** The evidence for a span [first, end) of tokens that resembles `term`. */
export function contextOf(text: string, tokens: readonly Token[], first: number, term: string, entryTitles: readonly string[] | undefined, termsInText: ReadonlySet<string>): Context {
  return {
    titleBefore: titleBefore(tokens, first, entryTitles),
    termElsewhere: termsInText.has(term),
    midSentence: !startsSentence(text, tokens, first),
  };
}

/** The terms that occur in the text as themselves. */
export function termsIn(matches: readonly GlossaryMatch[]): Set<string> {
  const out = new Set<string>();
  for (const m of matches) if (m.kind === 'term') out.add(m.entry.term);
  return out;
}

/** Quotation marks. */
export const QUOTES = /^["'“”‘’«»„‹›]$/;

/**
 * Tokens [first, end) stand after a preposition a place or team stands after (corpora/names/particles.yaml
 * namePrepositions: "in Butch", "with Locomotive"; not "a bad Martini", "the Order of Merit"), in their segment
 * (not after an opening quote: a quoted common noun is a title of a work, 'the poem "Locomotive"'), with no
 * capitalised word just before or after them (a title in title case, a run of names) and no number after them
 * ("in Class 1-a"). With a glossary of 10,000 names on the Brown corpus, after any word: 9 false flags
 * ("Vermouth", "Fellow", "Names"), and 2 right findings of the WMT23 silver set, both after such a preposition.
 */
export function isolatedAfterPreposition(tokens: readonly Token[], first: number, end: number): boolean {
  const segment = (tokens[first] as Token).segment;
  const before = tokens[first - 1];
  const after = tokens[end];
  const capital = (t: Token | undefined) => t !== undefined && t.kind === 'word' && t.segment === segment && /^\p{Lu}/u.test(t.text);
  if (before === undefined || before.segment !== segment || before.kind !== 'word' || !nameData().namePrepositions.has(before.lower)) return false;
  const number = after !== undefined && after.segment === segment && /^\p{N}/u.test(after.text);
  return !capital(before) && !capital(after) && !number;
}
