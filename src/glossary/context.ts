import type { Token } from '../document/tokens.js';
import type { ContextCondition } from './types.js';

/**
 * True when the entry's context condition holds around tokens [first, last): some `anyOf` phrase
 * and no `noneOf` phrase occurs within `window` words (or anywhere in the document).
 */
export function contextHolds(condition: ContextCondition | undefined, tokens: readonly Token[], first: number, last: number): boolean {
  if (!condition) return true;
  let has: (phrase: string) => boolean;
  if (condition.window === undefined) has = (phrase) => inDocument(tokens, phrase);
  else {
    const words: string[] = [];
    // the window counts tokens, punctuation included: close enough to words for a context test
    const from = Math.max(0, first - condition.window);
    const to = Math.min(tokens.length, last + condition.window);
    for (let k = from; k < to; k++) words.push((tokens[k] as Token).lower);
    const haystack = ` ${words.join(' ')} `;
    has = (phrase) => containsPhrase(haystack, phrase);
  }
  if (condition.anyOf && condition.anyOf.length > 0 && !condition.anyOf.some(has)) return false;
  if (condition.noneOf && condition.noneOf.some(has)) return false;
  return true;
}

/**
 * Whether a phrase occurs anywhere in the document, searched once per document and phrase: a term
 * met 5,000 times in one text would otherwise search the whole text 5,000 times (quadratic; a 320 KB
 * text of one repeated title took 11 s).
 */
function inDocument(tokens: readonly Token[], phrase: string): boolean {
  let answers = documentAnswers.get(tokens);
  if (answers === undefined) documentAnswers.set(tokens, (answers = new Map()));
  let found = answers.get(phrase);
  if (found === undefined) answers.set(phrase, (found = containsPhrase(tokenText(tokens), phrase)));
  return found;
}

const documentAnswers = new WeakMap<readonly Token[], Map<string, boolean>>();

/** Whole-word, case-insensitive phrase search in a lower-cased, space-joined token string. */
export function containsPhrase(haystack: string, phrase: string): boolean {
  let needle = needles.get(phrase);
  if (needle === undefined) {
    const words = phrase
      .toLowerCase()
      .match(/\p{L}[\p{L}\p{M}]*|\p{N}+|[^\s\p{L}\p{M}\p{N}]/gu);
    needle = words ? ` ${words.join(' ')} ` : null;
    if (needles.size >= MAX_NEEDLES) needles.clear();
    needles.set(phrase, needle);
  }
  return needle !== null && haystack.includes(needle);
}

// phrases come from glossary conditions, a few hundred: each is split into words once, not per test
const needles = new Map<string, string | null>();
const MAX_NEEDLES = 10_000;

/** The document as lower-cased tokens joined by single spaces, padded, for `containsPhrase`. */
function tokenText(tokens: readonly Token[]): string {
  let text = joined.get(tokens);
  if (text === undefined) {
    // one join of ['', ...lower, ''] gives the padded text as one flat string: a template literal around the
    // join made a rope, which the first includes() copied whole again (a 256 KB part: ~1 MB each)
    const lowers = new Array<string>(tokens.length + 2);
    lowers[0] = '';
    for (let i = 0; i < tokens.length; i++) lowers[i + 1] = (tokens[i] as Token).lower;
    lowers[tokens.length + 1] = '';
    joined.set(tokens, (text = lowers.join(' ')));
  }
  return text;
}

// one join per checked text, shared by every rule whose entries have document-wide conditions
const joined = new WeakMap<readonly Token[], string>();
