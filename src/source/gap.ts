import type { Span } from './aligned.js';
import { langData } from './lang-data.js';

interface WordSets {
  object: ReadonlySet<string>;
  join: ReadonlySet<string>;
  particle: ReadonlySet<string>;
}
let words: WordSets | undefined;

/** corpora/lang/languages.json `objectWords`, `joinWords` and `particleWords` of English, made into sets once. */
function wordSets(): WordSets {
  const en = langData('en');
  return (words ??= { object: new Set(en?.objectWords ?? []), join: new Set(en?.joinWords ?? []), particle: new Set(en?.particleWords ?? []) });
}

// after the word: punctuation that closes (not a quote that may open: `of "Lolita"`), or the next word
const WORD_THEN = /(\p{L}+)(?:[ \u00a0]*([.,;:!?)\]”])|[ \u00a0]+(\p{L}+))/gu;

/**
 * A hole in the translation's sentence where a word was left out: a word that needs one after it (an
 * article, a preposition: corpora/lang/languages.json `objectWords`) right before punctuation or a word
 * that cannot follow it (`joinWords`): "was mined in.", "between Kyiv and.", "the membership of in the
 * European Union". English strands a preposition now and then ("the city he lives in."), so this is
 * evidence only beside a name of the original that the sentence does not write (source/missing).
 * Linear in the span.
 */
export function hasGap(text: string, span: Span): boolean {
  const { object, join, particle } = wordSets();
  if (object.size === 0) return false;
  const part = text.slice(span.start, span.end);
  WORD_THEN.lastIndex = 0;
  for (let m = WORD_THEN.exec(part); m; m = WORD_THEN.exec(part)) {
    // a capital is an initial ("George A. Romero", "L.A.") or a sentence start, not a word left dangling
    const first = m[1] as string;
    const next = m[3]?.toLowerCase();
    // the next word is looked at again as a first word: step back over it
    if (next !== undefined) WORD_THEN.lastIndex = m.index + m[0].length - next.length;
    // "and" before the end of the sentence ("between Kyiv and."), not before a comma ("and, of course,")
    if (!object.has(first) && !(first === 'and' && m[2] !== undefined && m[2] !== ',')) continue;
    if (next === undefined || join.has(next)) return true;
    // "towards and", "of or": a preposition that is no particle of a verb ("coming in and out") before a conjunction
    if ((next === 'and' || next === 'or') && !particle.has(first)) return true;
  }
  // a line or sentence left ending in a dash ("Hike with meat -" for "... - Ebersberg")
  return DASH_END.test(part);
}

const DASH_END = /\s[-–—]\s*$/u;
const FIRST_LETTER = /\p{L}/u;
/** Punctuation that cannot begin a sentence: one that does lost the word before it (": Supreme Court orders"). */
const PUNCT_START = /^\s*[:;,.)]/u;

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
  return startsCapital(target, targetSpan) === false || PUNCT_START.test(target.slice(targetSpan.start, targetSpan.start + 8));
}
