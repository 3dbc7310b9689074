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
 * Kyiv and."); a sentence left ending in a dash. A preposition before punctuation is not one (English
 * strands them: "what they had to deal with.", "logged in."), nor two prepositions ("from among", "of
 * between"), nor a word of an abbreviation ("9 a.m.") or of a compound ("the in-house lawyers"). Evidence
 * only beside a name of the original that the sentence does not write (source/missing). Linear in the span.
 */
export function hasGap(text: string, span: Span): boolean {
  const { object, join } = wordSets();
  if (object.size === 0) return false;
  const part = text.slice(span.start, span.end);
  WORD_THEN.lastIndex = 0;
  for (let m = WORD_THEN.exec(part); m; m = WORD_THEN.exec(part)) {
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
  }
  // a line or sentence left ending in a dash ("Hike with meat -" for "... - Ebersberg")
  return DASH_END.test(part);
}

const DASH_END = /\s[-–—]\s*$/u;
const FIRST_LETTER = /\p{L}/u;
/** Punctuation that cannot begin a sentence: one that does lost the word before it (": Supreme Court orders"). */
const PUNCT_START = /^\s*[:;,)]/u;
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
/** A word before a sentence's closing punctuation in the span is one of English `strandedWords` ("was mined in.", "on Sunday at."). */
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
