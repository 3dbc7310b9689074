import type { Token } from '../document/tokens.js';
import { isEnglishWord } from '../lang/english.js';
import type { Span } from './aligned.js';
import { sourceDictionary } from './dictionary.js';
import { langData } from './lang-data.js';
import { hasLatin } from './letters.js';
import { fold, nameKey, romanisationPattern, romaniseCyrillic } from './name-key.js';
import { marked, spanWords, type SpanWords, type Spellings } from './span-words.js';
import { wordFacts } from './word-facts.js';
import { MAX_NAME_WORD } from '../names/words.js';
import { ownString } from '../lang/own-string.js';

/** A name of the original: a capitalised word that is not a word of its language. */
export interface SourceName {
  start: number;
  end: number;
  text: string;
  /** The name as English would write it, for a suggestion (the romanised form for Cyrillic). */
  english: string;
  /** Folded spellings that count as the name in the target: as written, without case endings, romanised. */
  forms: string[];
  /** Sound keys of the forms (name-key.ts), in English spelling for Cyrillic. */
  keys: string[];
  /** For a romanised name only: consonant skeletons of the keys (romanisations differ in vowels and sibilants). */
  skeletons: string[];
  /** A word the original's dictionary knows, or a sentence start: a name only because the translation keeps it. */
  known?: boolean;
  /** Written in Latin letters in an original in another script: the translation writes it as it is. */
  asIs?: boolean;
  /** A proper noun of the original's dictionary, or a place English names otherwise (missing-names.ts). */
  proper?: boolean;
  /** A country, region, city or language (exonyms.ts): no pronoun stands for it. */
  place?: boolean;
  /** An adjective of a place opening a proper name ("Финского залива"): the English may name the place ("Gulf of Finland"). */
  adjective?: boolean;
  /** Opened by a quotation inside a Cyrillic sentence ("в \"Ашан\""): a company or brand, often said by its kind ("the supermarket"). */
  quoted?: boolean;
  /** Cyrillic: every spelling English texts use for the name or its stems (romanisationPattern). */
  variants?: RegExp;
}

/** Words per span looked at, at most: a span is a sentence or two. */
const MAX_WORDS = 400;

function spellingsAt(sw: SpanWords, i: number, endings: readonly string[]): Spellings {
  return (sw.spellings[i] ??= nameSpellings(sw.words[i] as string, sw.lang, endings));
}

/**
 * The names in text[span] of an original in `lang`: capitalised words (not all-capital acronyms) that
 * the language's Hunspell dictionary does not know, also as a compound of two words (German). A
 * capitalised word at a sentence or line start is a name only when the dictionary does not know it
 * either. A dictionary word counts too when `kept` says the translation keeps it (writes it somewhere)
 * and it is not English: dictionaries list many names ("Macron", "Путин", "Київ"). Russian and
 * Ukrainian capitalise nothing but names (and sentence starts), so with `all` every capitalised
 * word of theirs counts (a sentence start too: only a word close to it in letters is then compared),
 * and of a Latin-script original every dictionary word inside a sentence that is not English (those
 * are `known`: their caller compares them by a changed letter only);
 * without, a sentence start counts only when `kept` accepts it ("Киркоров выиграл суд" → "Kirkorov
 * won"), since dictionaries miss loanwords ("Фитнес").
 * Languages without a dictionary or without capitals (Chinese, Japanese, Hebrew) give none.
 */
export function sourceNames(
  text: string,
  span: Span,
  lang: string,
  kept?: (name: SourceName) => boolean,
  all = false,
  scanned: SpanWords = spanWords(text, span, lang),
): SourceName[] {
  const dict = sourceDictionary(lang);
  if (!dict) return langData(lang)?.script ? latinNames(text, span) : [];
  const cyrillic = lang === 'ru' || lang === 'uk';
  const endings = langData(lang)?.nameEndings ?? [];
  const out: SourceName[] = [];
  const count = Math.min(MAX_WORDS, scanned.words.length);
  for (let i = 0; i < count; i++) {
    const w = scanned.words[i] as string;
    // a word that starts with a lower-case ASCII letter is no name's shape (word-facts.ts), without a look-up
    const c0 = w.charCodeAt(0);
    if (c0 >= 97 && c0 <= 122) continue;
    // shape, function words, dictionary: word-facts.ts, once per word for every pair and use
    const facts = (scanned.facts[i] ??= wordFacts(w, lang, dict));
    if (!facts.candidate) continue;
    const start = scanned.starts[i] as number;
    // the sentence start and the plain name are the same for every use of the pair (span-words.ts):
    // worked out once (two regular expressions over two new strings, and an object, per word and use)
    let at = scanned.initial[i] as number;
    if (at === 0) {
      const yes = INITIAL.test(text.slice(Math.max(span.start, start - 3), start)) && !AFTER_INITIAL.test(text.slice(Math.max(span.start, start - 4), start));
      scanned.initial[i] = at = yes ? 2 : 1;
    }
    const initial = at === 2;
    const name = (scanned.names[i] ??= named(start, start + w.length, spellingsAt(scanned, i, endings)));
    const inDictionary = facts.inDictionary;
    if (cyrillic && initial) {
      // a Cyrillic word is capitalised at a sentence start whatever it is; a word that a quotation opens
      // inside a sentence and the dictionary does not know is a name (a company: "в "Роскосмосе"");
      // a dictionary word there is often a title the translation translates ("«Пила»", Saw)
      const quoted = !facts.english && !inDictionary && QUOTED.test(text.slice(Math.max(span.start, start - 4), start));
      // `name` is shared: a marked one is a copy
      if (quoted) out.push(marked(name, 'quoted'));
      else if ((all || kept?.(name)) && !facts.english) out.push(marked(name, 'known'));
      continue;
    }
    if (inDictionary) {
      // with `all`, a dictionary word inside a sentence of a Latin-script original too ("Putin", "Paris"):
      // the caller compares it by a changed letter only
      const inside = all && (cyrillic || (!initial && !facts.english));
      if (!inside && (!kept?.(name) || facts.english || initial)) continue;
      out.push(marked(name, 'known'));
      continue;
    }
    out.push(name);
  }
  // a word in Latin letters in a Cyrillic original ("Reuters", "COVAX") is written as it is
  if (cyrillic) for (const n of latinNames(text, span)) out.push(n);
  return out;
}

const LATIN_WORD = /\p{Script=Latin}[\p{Script=Latin}\p{M}\d]*/gu;

/**
 * Names in Latin letters in an original in another script (Hebrew, Japanese): a brand, a person or a
 * place the translation writes as it is ("SpaceX", "COVID", "Bizmates"); capitalised, four letters or
 * more (shorter capitals are acronyms a translation may spell out: "SNS" → "social media"), not an
 * English word.
 */
export function latinNames(text: string, span: Span): SourceName[] {
  // most sentences of a Cyrillic or Hebrew original have no Latin letter: told by a table, without the expression
  if (!hasLatin(text, span.start, span.end)) return [];
  const out: SourceName[] = [];
  let count = 0;
  for (const m of text.slice(span.start, span.end).matchAll(LATIN_WORD)) {
    if (++count > MAX_WORDS) break;
    // full-width letters ("ＦＵＪＩ") are the same letters
    const w = m[0].normalize('NFKC');
    if (w.length > MAX_NAME_WORD || !/^\p{Lu}/u.test(w) || !/\p{L}{4}/u.test(w) || isEnglishWord(w)) continue;
    const start = span.start + (m.index ?? 0);
    out.push({ start, end: start + m[0].length, ...nameSpellings(w, 'en', []), asIs: true });
  }
  return out;
}

/**
 * Before a word at a sentence or line start (a quotation, a dash or a colon may open one). A closing
 * "»" opens nothing: the word after it is inside the sentence ("в «Комнате смерти» Либесман").
 */
const INITIAL = /(^|[.!?:"„“«—–-]\s*|[.!?…]»\s*|\n\s*)$/u;
/** After a person's initial ("Э. Набиуллина", "Ю. Никулин"): a point that ends no sentence. */
export const AFTER_INITIAL = /(?<![\p{L}\p{N}])\p{Lu}\p{Ll}?\.[ \u00a0]$/u;
/** An opening quotation mark inside a sentence: after a word or a comma and a space. */
const QUOTED = /[\p{L}\d,][ \u00a0][«„"“]$/u;

/**
 * Every capitalised word of text[span] with its spellings, dictionary words and sentence starts
 * included: what a capitalised word of the translation may stand for ("Александр" → "Aleksandr").
 */
export function sourceCapitals(text: string, span: Span, lang: string, scanned: SpanWords = spanWords(text, span, lang)): SourceName[] {
  const endings = langData(lang)?.nameEndings ?? [];
  const out: SourceName[] = [];
  const count = Math.min(MAX_WORDS, scanned.words.length);
  for (let i = 0; i < count; i++) {
    const w = scanned.words[i] as string;
    if (w.length < 2 || w.charAt(0) === w.charAt(0).toLowerCase()) continue;
    const start = scanned.starts[i] as number;
    // the plain name sourceNames makes of the word too (span-words.ts): one object for both
    out.push((scanned.names[i] ??= named(start, start + w.length, spellingsAt(scanned, i, endings))));
  }
  return out;
}

/** { start, end, ...spellings }, field by field: the spread copied the remembered spellings through a generic path, a tenth of the source rules' time. */
function named(start: number, end: number, sp: Spellings): SourceName {
  const out: SourceName = { start, end, text: sp.text, english: sp.english, forms: sp.forms, keys: sp.keys, skeletons: sp.skeletons };
  if (sp.variants) out.variants = sp.variants;
  return out;
}
/** Per language (a map each, so that a look-up builds no `${lang}:${w}` key), word → spellings. */
const spellingsOf = new Map<string, Map<string, Spellings>>();

/** The spellings that count as a source name (without case endings, romanised), remembered per language. */
function nameSpellings(w: string, lang: string, endings: readonly string[]): Spellings {
  let memo = spellingsOf.get(lang);
  if (memo === undefined) spellingsOf.set(lang, (memo = new Map()));
  const known = memo.get(w);
  if (known) return known;
  const cyrillic = lang === 'ru' || lang === 'uk';
  const stems = [w, ...endings.filter((e) => w.length - e.length >= 3 && w.endsWith(e)).map((e) => w.slice(0, -e.length))];
  const latin = cyrillic ? stems.map((s) => romaniseCyrillic(s, lang)) : stems;
  const forms = [...new Set(latin.map(fold))];
  const keys = [...new Set(latin.map((s) => nameKey(s, cyrillic ? 'en' : lang)))];
  const out: Spellings = { text: w, english: latin[0] as string, forms, keys, skeletons: cyrillic ? [...new Set(keys.map(skeleton))] : [] };
  // and the nominative a case ending with a changed consonant stands for ("Даринці" of "Даринка": "Darynka")
  const alternated = cyrillic ? (langData(lang)?.caseAlternations ?? []).filter(([e]) => w.length - e.length >= 3 && w.endsWith(e)).map(([e, n]) => w.slice(0, -e.length) + n) : [];
  const variants = cyrillic ? romanisationPattern([...stems, ...alternated], lang) : undefined;
  if (variants) out.variants = variants;
  if (memo.size >= MAX_KEYS) memo.clear();
  memo.set(w, out);
  return out;
}

/** A capitalised word of the target, folded and keyed once. */
export interface TargetWord {
  token: Token;
  folded: string;
  key: string;
  skeleton: string;
}

/**
 * The capitalised words among `tokens` inside the span (tokens sorted by offset); with `anyCase`, every
 * word. With `shared` (an array by token index, one per check and token list), a token's TargetWord is
 * made once and the same object serves every list that has it (the rules ask for the capitalised and
 * the any-case words of each pair and of the whole document: a fifth of the garbage otherwise).
 */
export function targetWords(tokens: readonly Token[], span: Span, anyCase = false, shared?: (TargetWord | undefined)[]): TargetWord[] {
  let lo = 0, hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).start < span.start) lo = mid + 1;
    else hi = mid;
  }
  const out: TargetWord[] = [];
  const cap = span.end === Number.MAX_SAFE_INTEGER ? Infinity : MAX_WORDS;
  for (let k = lo; k < tokens.length && (tokens[k] as Token).end <= span.end && out.length < cap; k++) {
    const t = tokens[k] as Token;
    if (t.kind === 'word' && t.text.length >= 2 && t.text.length <= MAX_NAME_WORD && (anyCase || t.text.charAt(0) !== t.lower.charAt(0))) {
      let w = shared?.[k];
      if (w === undefined) {
        const keys = wordKeys(t.text);
        w = { token: t, folded: keys.folded, key: keys.key, skeleton: keys.skeleton };
        if (shared) shared[k] = w;
      }
      out.push(w);
    }
  }
  return out;
}

const keysOf = new Map<string, { folded: string; key: string; skeleton: string }>();
/** Words whose keys are remembered, at most (names recur across the documents of a stream). */
const MAX_KEYS = 20_000;

/** A target word's folded spelling, sound key and skeleton, remembered. */
export function wordKeys(word: string): { folded: string; key: string; skeleton: string } {
  let k = keysOf.get(word);
  if (!k) {
    const key = nameKey(word, 'en');
    k = { folded: ownString(fold(word)), key, skeleton: skeleton(key) };
    if (keysOf.size >= MAX_KEYS) keysOf.clear();
    keysOf.set(ownString(word), k);
  }
  return k;
}

/** One string is the other plus at most `extra` letters, sharing at least four: an inflected form. */
function inflected(a: string, b: string, extra: number): boolean {
  const short = a.length <= b.length ? a : b;
  const long = a.length <= b.length ? b : a;
  return short.length >= 4 && long.length - short.length <= extra && long.startsWith(short);
}

/** The target word writes the source name: the original's word itself ("Україна" quoted), the same spelling, an inflection of it, or the same sound key. */
export function writesName(name: SourceName, word: TargetWord): boolean {
  // plain loops, no closures: this runs for each name against each capitalised word nearby
  if (word.token.text === name.text) return true;
  for (const f of name.forms) if (f === word.folded || inflected(f, word.folded, 3)) return true;
  for (const k of name.keys) if (k === word.key || inflected(k, word.key, 2)) return true;
  for (const k of name.skeletons) if (k === word.skeleton || inflected(k, word.skeleton, 1)) return true;
  return false;
}

const SKELETON: Record<string, string> = { A: '', E: '', I: '', O: '', U: '', Y: '', S: 'S', C: 'S', Š: 'S', Č: 'S', Ž: 'S', Z: 'S', K: 'K', X: 'K', H: 'K', G: 'K', V: 'V', F: 'V', B: 'V', W: 'V', D: 'T', T: 'T' };

/**
 * A key's consonants, in classes: vowels dropped, sibilants one class, k/kh/h/g one, v/f/b one, d/t
 * one ("Tishchenkov" and "Tischenkov", "Kyiv" and "Kyieva" agree). The first letter stays.
 */
export function skeleton(key: string): string {
  let out = key.charAt(0);
  // the last letter kept apart (endsWith on a string built by += flattens it each time: quadratic)
  let last = out;
  for (let i = 1; i < key.length; i++) {
    const c = key.charAt(i);
    const k = SKELETON[c] ?? c;
    if (k && k !== last) {
      out += k;
      last = k;
    }
  }
  return out;
}
