import type { Span } from './aligned.js';
import { isEnglishWord } from '../lang/english.js';
import { nameData } from '../names/data.js';
import { langData } from './lang-data.js';

interface WordSets {
  object: ReadonlySet<string>;
  join: ReadonlySet<string>;
}
let words: WordSets | undefined;

/** corpora/lang/languages.json `objectWords` and `joinWords` of English, made into sets once. */
function wordSets(): WordSets {
  const en = langData('en');
  return (words ??= { object: new Set(en?.objectWords ?? []), join: new Set(en?.joinWords ?? []) });
}

// after the word: punctuation that closes (not a quote that may open: `of "Lolita"`), or the next word
const WORD_THEN = /(\p{L}+)(?:[ \u00a0]*([.,;:!?)\]”])|[ \u00a0]+(\p{L}+))/gu;

/**
 * A hole in the translation's sentence where a word was left out: an article (corpora/lang/languages.json
 * `objectWords` that are not `joinWords`) right before closing punctuation or before a preposition
 * (`joinWords`): "the membership of the in the Union", "was given a."; "and" ending a sentence ("between
 * Kyiv and."); "the" before "and" or "or"; a sentence left ending in a dash; a bracket opened on a dash
 * ("(- Ed.)"); a sentence opened by a preposition before a comma ("In, Turkey, there was"); a quotation
 * closed and one small word ending the sentence (`trust," said.`); an initial
 * before a comma or a small word ("E. said", "N. V., my"), or an honorific with a possessive ("Mr.'s
 * talent"). A preposition before punctuation is not one (English
 * strands them: "what they had to deal with.", "logged in."), nor two prepositions ("from among", "of
 * between"), nor a word of an abbreviation ("9 a.m.") or of a compound ("the in-house lawyers"). Evidence
 * only beside a name of the original that the sentence does not write (source/missing). Linear in the span.
 */
export function hasGap(text: string, span: Span): boolean {
  const { object, join } = wordSets();
  if (object.size === 0) return false;
  const part = text.slice(span.start, span.end);
  WORD_THEN.lastIndex = 0;
  // Speed: the loop below finds a hole only at a word it can end on (an article, "and", "the") right before
  // punctuation or before a word it can be followed by there; most sentences have none, and one regular
  // expression (case-blind, so it may say yes where the loop says no, never the other way) tells
  const may = (trigger ??= triggerOf(object, join)).test(part);
  for (let m = may ? WORD_THEN.exec(part) : null; m; m = WORD_THEN.exec(part)) {
    // a capital is an initial ("George A. Romero", "L.A.") or a sentence start, not a word left dangling
    const first = m[1] as string;
    const next = m[3]?.toLowerCase();
    const end = m.index + m[0].length;
    // the next word is looked at again as a first word: step back over it
    if (next !== undefined) WORD_THEN.lastIndex = end - next.length;
    // a letter of an abbreviation ("a.m.", "e.g.") or a word of a compound ("in-house") is no word alone
    if (m.index > 0 && /[\p{L}.-]/u.test(part.charAt(m.index - 1))) continue;
    if (/^[.\p{L}-]/u.test(part.charAt(end))) continue;
    const article = object.has(first) && !join.has(first);
    // "and" before the end of the sentence ("between Kyiv and."), not before a comma ("and, of course,")
    if (first === 'and' && m[2] !== undefined && m[2] !== ',' && m[2] !== ')') return true;
    if (article && (next === undefined || join.has(next))) return true;
    // "the" before "and" or "or" ("in the and Gomel regions")
    if (first === 'the' && (next === 'and' || next === 'or')) return true;
  }
  // a line or sentence left ending in a dash ("Hike with meat -" for "... - Ebersberg")
  return DASH_END.test(part) || BRACKET_DASH.test(part) || speakerLost(part) || initialLost(part) || prepositionOpens(part);
}

let trigger: RegExp | undefined;
/**
 * A word that hasGap's loop can end on (objectWords that are not joinWords, "and", "the"), starting no later
 * than a letter run does, then its closing punctuation, or spaces and the start of a word it may be
 * followed by (joinWords, "and", "or"); in any case.
 */
function triggerOf(object: ReadonlySet<string>, join: ReadonlySet<string>): RegExp {
  const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const ends = [...[...object].filter((w) => !join.has(w)), 'and', 'the'].map(escape).join('|');
  const nexts = [...join, 'and', 'or'].map(escape).join('|');
  return new RegExp(`(?<!\\p{L})(?:${ends})(?:[ \\u00a0]*[.,;:!?)\\]”]|[ \\u00a0]+(?:${nexts}))`, 'iu');
}

// a comma only: "To:" and "From:" open the lines of a letter's head
const OPENING_WORD = /^[\s"“„«(]*(\p{L}{2,7})[ \u00a0]*,/u;

/** The sentence opens with a preposition (English `strandedWords`) right before a comma: its noun was left out ("In, Turkey, there was"). */
function prepositionOpens(part: string): boolean {
  const first = OPENING_WORD.exec(part)?.[1];
  if (first === undefined) return false;
  stranded ??= new Set(langData('en')?.strandedWords ?? []);
  return stranded.has(first.toLowerCase());
}

/** A bracket opened on a dash: the word before the dash was left out ("(- Ed.)" for "(Шольца - Ред.)"). */
const BRACKET_DASH = /\([ \u00a0]*[-–—][ \u00a0]+(?![ \u00a0\d])/u;
/** A quotation closed and one small word ending the sentence: the speaker was left out (`trust," said.`, `but…" – continues.`). */
const QUOTE_VERB = /[,.!?…]["”»][ \u00a0]*[-–—]?[ \u00a0]*(\p{Ll}+)[.!?](?!\p{L})/gu;
/**
 * An initial (a capital and at most one small letter, and a point), maybe more initials after a space,
 * followed by a comma or a small word: the surname after it was left out ("E. said", "N. V., my", "Yu.
 * himself"); not "U.S." or "D.C." (letters without a space), nor an English abbreviation ("Mr. and Mrs.", "Jr., who").
 */
const INITIALS = /(?<![\p{L}\p{N}.'’-])(\p{Lu}\p{Ll}?)\.(?:[ \u00a0]\p{Lu}\p{Ll}?\.)*(?:[ \u00a0]*,|[ \u00a0]+\p{Ll}|['’]s(?!\p{L}))/gu;

function speakerLost(part: string): boolean {
  const abbreviations = englishAbbreviations();
  for (const m of part.matchAll(QUOTE_VERB)) if (!abbreviations.has((m[1] as string).toLowerCase())) return true;
  return false;
}

function initialLost(part: string): boolean {
  const abbreviations = englishAbbreviations();
  for (const m of part.matchAll(INITIALS)) {
    const word = (m[1] as string).toLowerCase();
    // an honorific with a possessive ("Mr.'s talent") lost the name after it; another abbreviation ("Jr., who") is none
    if (/['’]s$/u.test(m[0])) {
      if (nameData().honorifics.has(word)) return true;
    } else if (!abbreviations.has(word)) return true;
  }
  return false;
}

let abbreviationSet: ReadonlySet<string> | undefined;
/** English abbreviations (languages.json `abbreviations`: "Mr", "etc", "Jr"), in lower case, made once. */
function englishAbbreviations(): ReadonlySet<string> {
  return (abbreviationSet ??= new Set((langData('en')?.abbreviations ?? []).map((a) => a.toLowerCase())));
}

const DASH_END = /\s[-–—]\s*$/u;
const FIRST_LETTER = /\p{L}/u;
/** Punctuation (or a possessive) that cannot begin a sentence: one that does lost the word before it (": Supreme Court orders", "'s the best!"). */
const PUNCT_START = /^\s*(?:[:;,)]|['’]s(?![\p{L}-]))/u;
/** The first word of a sentence: all small letters ("and other medications"), not "iPhone", "2008" or "...". */
const SMALL_START = /^\s*(\p{Ll}+)(?![\p{L}\d])/u;

/** The first letter of the span is a capital (true), a small letter (false), or there is none (undefined). */
export function startsCapital(text: string, span: Span): boolean | undefined {
  const m = FIRST_LETTER.exec(text.slice(span.start, Math.min(span.end, span.start + 40)));
  return m ? m[0] !== m[0].toLowerCase() : undefined;
}

/**
 * The translation's sentence begins in lower case where its original begins with a capital ("and other
 * medications" for "Семаглутид та інші засоби"): the word that began it was left out.
 */
export function lostStart(target: string, targetSpan: Span, original: string, originalSpan: Span): boolean {
  if (startsCapital(original, originalSpan) !== true) return false;
  const head = target.slice(targetSpan.start, targetSpan.start + 40);
  // a small word English begins with ("and", "but"), not a name particle ("de Gaulle") or another word
  const m = SMALL_START.exec(head);
  return (m !== null && isEnglishWord(m[1] as string) && !nameData().particles.has(m[1] as string)) || PUNCT_START.test(head);
}

let stranded: ReadonlySet<string> | undefined;
/**
 * A word before a sentence's closing punctuation in the span is one of English `strandedWords` ("was
 * mined in.", "on Sunday at."). Not before a comma or at a line's end: English strands prepositions
 * there all the time ("Later on, the White House said", "from then on, no one").
 */
export function strandedEnd(text: string, span: Span): boolean {
  stranded ??= new Set(langData('en')?.strandedWords ?? []);
  // at any sentence end inside the span: a pair may join two sentences ("athletes in. "From our ...")
  for (const m of text.slice(span.start, span.end).matchAll(STRANDED)) if (stranded.has((m[1] as string).toLowerCase())) return true;
  return false;
}
const STRANDED = /(?<![\p{L}\d'’.-])(\p{L}{2,7})[ \u00a0]*[.!?]+["”»)]*(?=\s|$)/gu;
/** The lower-case word right before a name ("am Schluchsee", "на Поліссі"). */
const WORD_BEFORE = /(?:^|[\s(«„"])(\p{Ll}{1,8})[ \u00a0]+$/u;

/**
 * The original has a preposition of its language (languages.json `placePrepositions`) right before the
 * name ("am Schluchsee", "в Перекрестке") and the translation's sentence ends in a preposition ("on
 * Sunday at.", "only find in."): the name was left out there. English strands prepositions ("what they
 * had to deal with.", "logged in."), so only with the original's preposition right before a name it
 * does not write; not after an article or a relative pronoun ("das Büro, in dem Nordcon arbeitet" →
 * "the office the company works in.").
 */
export function strandedName(text: string, span: Span, source: string, nameStart: number, lang: string): boolean {
  const before = WORD_BEFORE.exec(source.slice(Math.max(0, nameStart - 10), nameStart))?.[1];
  return before !== undefined && (langData(lang)?.placePrepositions ?? []).includes(before) && strandedEnd(text, span);
}
