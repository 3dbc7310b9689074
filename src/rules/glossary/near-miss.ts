import stringSimilarity from 'string-similarity';
import type { Token } from '../../document/tokens.js';
import type { CompiledGlossary, GlossaryMatch } from '../../glossary/compile.js';
import { isCapitalized, scanTokens, unfilled } from '../../document/tokens.js';
import { editDistance } from '../../lang/edit-distance.js';
import { isEnglishWord } from '../../lang/english.js';
import { withoutMarks } from '../../lang/marks.js';
import { inflectedNames } from '../../names/inflected.js';
import { findNameMisses } from '../../names/match.js';
import { nameIndexOf, type NameIndex } from '../../names/name-index.js';
import { isNameTerm } from '../../names/words.js';
import { isKnownName } from '../../names/spells.js';
import { ownTermTokens } from './term-tokens.js';
import type { Rule, RuleContext, RuleEnv } from '../types.js';

export const meta = {
  id: 'glossary/near-miss',
  severity: 'warning',
  description:
    'A span that resembles a glossary term without being it. Names (people, places, organisations) are found by ' +
    'sound and by transliteration convention (corpora/names/): "Keir Starrer" for "Keir Starmer", "Wolodymyr ' +
    'Selenskyj" for "Volodymyr Zelensky", "Kharkov" for "Kharkiv", "Cai Yingwen" for "Tsai Ing-wen", a surname ' +
    'alone, words reordered, a middle name added, a name left in Cyrillic, one word of a name written as another word ' +
    'that begins alike ("Guy Finch" for "Guy Pines", where neither the name nor "Pines" is elsewhere in the text). ' +
    'A word alone that resembles a place or body whose name the English dictionary spells ("Angara", a river, for Ankara; ' +
    '"Hanna" for Ghana) is taken for it only with the name elsewhere in the text, a title before it, or a slip of the keys ' +
    '("Bejing"); a surname alone after a military rank, for a person whose glossary titles hold no rank ("General Milli" is not President Milei), is another person, and so is a given name the dictionary knows for a surname alone ("Danny" is no romanisation of Al Thani), and a Chinese given name with a whole syllable more or less, or other syllables ("Li Keqiang", "Li Qiaoming" are not Li Qiang). ' +
    'A Chinese given name or place of pinyin syllables written a word a syllable is misspelt ("Xi Jin Ping", "Shen Zhen"; "Mao Tse Tung" in Wade-Giles for Mao Zedong). Chinese and Korean names are written family name first, and one written given name first is flagged ("Jinping Xi", "Jong ' +
    'Un Kim"; a Chinese given name of one syllable, "Qiang Li", only after an office or with the name elsewhere in the text, as ' +
    'people abroad write such names in the Western order; Japanese names are written both ways and never); ' +
    'the family name kept beside another given name is another person ' +
    '("Kim Yo Jong" is not Kim Jong Un, "Lee Jae-yong" not Lee Jae-myung, "Hu Chunhua" not Hu Jintao), and so is, in any name, ' +
    'a given name written as another name in its own right that neither sounds nor is romanised alike ("Hannah Kowalski" is ' +
    'not Anna Kowalski; "Gene Shaheen" is Jeanne Shaheen heard through another script), a surname the dictionary knows as a ' +
    'name only ("Ben Carson" is not Ben Cardin), a place word for a word of a person\'s name ("Dade County"), and a place\'s one ' +
    'word after a given name ("Jimmy Jordon"); but a given name in another language\'s form of the same name (corpora/names/cognates.txt) beside the surname is the person the glossary names, where the surname is no English word and no other glossary person\'s with a form of that name ("Judah Barlev" for Yehuda Barlev, "Nicholas Khomenko" for Mykola Khomenko). ' +
    'Spellings romanisations accept (Alexei/' +
    'Alexey, Zelenskyy) are not flagged, unless the source language is known (names are then copied, not ' +
    'romanised) or the glossary name itself is of a language written in Latin script and none of its words looks romanised ' +
    '(a person\'s name every word of which the English dictionary knows as a name, none common in other languages\' news: "Olli Richards" for Ollie Richards, "Jerome Powel"; Latin accents, Mc, or the Polish rz after a consonant and sz in any word; in a person\'s family name only, as given names travel: ck, Spanish -ez, English -lly ' +
    'or -ie, c for k inside a word, Polish -ski; not with a Slavic, Greek, Japanese or Korean shape or an Arabic particle): "Gene Kely" ' +
    'for "Gene Kelly" is flagged, "Mariya Zakharova", "Rafik Hariri" and "Hafez al-Asad" are not. In a name with an Arabic ' +
    'particle (Abu, bin, al-) short vowels are the romanisation\'s choice: "Muhammad bin Salman" is Mohammed bin Salman; a ' +
    'long vowel tells names apart ("Hassan bin Talal" is not Hussein bin Talal). Two neighbouring letters turned round in a name of six letters or more, one of them a consonant, are a slip of the keys, even in a surname alone ("Zelenksy"; "Neilsen" is another name). ' +
    'Where a name was found with its last word bent, that word is flagged again wherever the text writes it alone ("Keir Starrer" ... "Starrer\'s plan", "the Starrer-led cabinet"). Other multi-word terms: the same words but one or two that differ by a letter or two.',
  confidence:
    'Names: a logistic model (src/names/score.ts) fitted on real MT (WMT23 into English) over how alike the differing ' +
    'words are (letter pairs, edits, sound, a transliteration convention), words shared, a title before the span, the ' +
    'term elsewhere in the text, a capital mid-sentence, a word kept and one letter of a long word changed; lower for a single word, a dictionary word or name, missing ' +
    'or added words, a spelling repeated in the text. Never flagged: a different given name with the same surname ' +
    '(another person; a given name the dictionary knows written as another it knows that shares no two letters in a ' +
    'row with it is one too: "John Davis" is not Jan Davis; so is a surname beginning with another sound, alike in sound only: "Richard O\'Connor" is not Richard Wagner), a relative\'s surname (Navalnaya), an adjective or plural of the name, a word next to other ' +
    'names. A given name in another language\'s form: 0.7. One word replaced: 0.6 for a person, 0.55 for a place or organisation (0.1 more after a title). The same bent word ' +
    'again: the name\'s confidence, at most 0.6 (only from names found at 0.6 or more). Other terms: ' +
    'the string-similarity (Dice) score, higher when the term appears elsewhere. Applied by --fix ' +
    'only at 0.85 and above.',
  examples: [{ text: 'British Prime Minister Keir Starrer said.', flagged: 'Keir Starrer', suggestion: 'Keir Starmer' }],
} satisfies Rule['meta'];

/** Words too common to use for finding candidate terms. */
const STOP = new Set(['the', 'of', 'and', 'for', 'de', 'la', 'le', 'el', 'al', 'von', 'van', 'der', 'du', 'des', 'in', 'on', 'at', 'to', 'a', 'an']);
const MAX_CANDIDATES_PER_WORD = 64;
const MIN_SIMILARITY = 0.7;
const AUTOFIX_CONFIDENCE = 0.85;

/** What a checker compiles once for this rule (see `prepare`). */
export interface State {
  /** The glossary's names by phonetic key, built on first use. */
  names(): NameIndex;
  /** A word's candidate terms (null: none, or too many to try). */
  readonly words: Map<string, readonly Candidate[] | null>;
  /** The term-word Bloom filter, once the checker has served FILTER_AFTER checks. */
  readonly filter: { checks: number; bits?: Uint32Array };
}

export function prepare({ glossary }: RuleEnv): State {
  return { names: () => nameIndexOf(glossary), words: new Map(), filter: { checks: 0 } };
}

export function check(ctx: RuleContext, state: State): void {
  const glossary = ctx.glossary;
  const { tokens } = ctx;
  // tokens already inside a glossary term or variant occurrence are left to the other rules
  const inMatch = new Uint8Array(tokens.length);
  for (const m of ctx.matches) inMatch.fill(1, m.firstToken, m.lastToken);
  // made for the first finding only: most texts have none
  let termsInText: Set<GlossaryMatch['entry']> | undefined;
  // (window start, entry) pairs already reported on, as numbers: string keys cost more in garbage than
  // the compare. Only pairs that pass compare (pure, and rarely true) need it.
  const seen = new Set<number>();
  const entryCount = ctx.glossary.size;

  const names = state.names();
  // a known source language is written in Latin script (de, fr, es): names are copied, not romanised
  const strict = ctx.sourceLang !== undefined;
  for (const miss of [...findNameMisses(ctx, names, { strict }), ...inflectedNames(ctx)]) {
    const { entry, confidence } = miss;
    const written = ctx.text.slice(miss.start, miss.end);
    ctx.report({
      start: miss.start,
      end: miss.end,
      message: miss.message ?? `"${written}" looks like a misspelling of "${miss.suggestion}"${miss.suggestion === entry.term ? '' : ` (${entry.term})`}`,
      confidence,
      suggestions: entry.fix === 'warn' ? [] : [{ text: miss.suggestion, confidence }],
      autofix: entry.fix === 'auto' && confidence >= AUTOFIX_CONFIDENCE,
      entry,
    });
  }

  const cache = state.words;
  const filter = termWordFilter(glossary, state.filter);

  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] as Token;
    // a window holding a token of a glossary occurrence is never compared (see compare): no lookup for it
    if (tok.kind !== 'word' || inMatch[i] || tok.lower.length < 3 || STOP.has(tok.lower)) continue;
    if (filter && !mayHold(filter, tok.lower)) continue;
    // (names are matched above, by sound and transliteration: the lists hold no name term, see candidatesOf)
    const list = candidatesOf(glossary, names, cache, tok.lower);
    if (!list) continue;
    for (const { id, position, tokens: tt } of list) {
      const s = i - position;
      const e = s + tt.length;
      if (s < 0 || e > tokens.length) continue;
      if (!compare(tokens, s, tt, inMatch, glossary)) continue;
      const key = s * entryCount + id;
      if (seen.has(key)) continue;
      seen.add(key);
      const spanText = unfilled(ctx.text.slice((tokens[s] as Token).start, (tokens[e - 1] as Token).end));
      if (ctx.glossary.termsByLower.has(spanText.toLowerCase())) continue;
      // accents count as the letters they sit on: "Sanchéz" is as close to "Sánchez" as a swap of two marks
      const similarity = stringSimilarity.compareTwoStrings(fold(spanText), fold(glossary.term(id)));
      if (similarity < MIN_SIMILARITY) continue;
      const entry = glossary.entry(id);
      let confidence = 0.45 + 0.5 * similarity;
      termsInText ??= new Set(ctx.matches.filter((m) => m.kind === 'term').map((m) => m.entry));
      if (termsInText.has(entry)) confidence += 0.05;
      confidence = Math.max(0, Math.min(0.99, Math.round(confidence * 100) / 100));
      ctx.report({
        start: (tokens[s] as Token).start,
        end: (tokens[e - 1] as Token).end,
        message: `"${spanText}" looks like a misspelling of "${entry.term}"`,
        confidence,
        suggestions: entry.fix === 'warn' ? [] : [{ text: entry.term, confidence }],
        autofix: entry.fix === 'auto' && confidence >= AUTOFIX_CONFIDENCE,
        entry,
      });
    }
  }
}

/** A term of two or more tokens that holds a word, at `position`, with its tokens (the entry is parsed only for a finding). */
export interface Candidate {
  readonly id: number;
  readonly position: number;
  readonly tokens: readonly Token[];
}

const CACHE_LIMIT = 100_000;

/**
 * The multi-token terms a word may start a near miss of, kept per word: one lookup instead of the
 * glossary's two, and the terms' tokens at hand instead of behind a getter each time. Name terms are left
 * out: check passes over every window of one (they are matched by findNameMisses), whatever the window
 * holds, and whether a term is a name depends on the term alone (asked before the term's tokens are made,
 * which a name term then never needs). Speed: they were 106,000 of the 118,000 windows compared at
 * 1m/10k, each compared before being passed over; this loop, outside findNameMisses, went from ~180 to
 * ~60 ms in a profile (all rules, 1m/10k).
 */
function candidatesOf(glossary: CompiledGlossary, names: NameIndex, cache: Map<string, readonly Candidate[] | null>, word: string): readonly Candidate[] | null {
  let list = cache.get(word);
  if (list === undefined) {
    const refs = glossary.termWordsOf(word);
    list = null;
    if (refs && refs.length <= MAX_CANDIDATES_PER_WORD) {
      const out: Candidate[] = [];
      for (const { id, position } of refs) {
        const nameTerm = names.term(id);
        if (nameTerm && (nameTerm.isName ??= isNameTerm(nameTerm))) continue;
        const tokens = ownTermTokens(glossary, id);
        if (tokens.length >= 2) out.push({ id, position, tokens });
      }
      if (out.length > 0) list = out;
    }
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(ownString(word), list);
  }
  return list;
}

/**
 * A Bloom filter of every token of every term, lower-cased: a word it does not hold is in no term, so
 * it has no candidates. Most words of a text are in no term, and two bits of a 128 KB array are far
 * cheaper to read than a lookup in a map of every word seen. Built (~50 ms with 50,000 entries) only
 * once a glossary has served FILTER_AFTER checks, so that a command line checking a few files never
 * pays for it.
 */
const FILTER_AFTER = 64;

function termWordFilter(glossary: CompiledGlossary, f: State['filter']): Uint32Array | undefined {
  if (!f.bits && ++f.checks >= FILTER_AFTER) f.bits = buildFilter(glossary);
  return f.bits;
}

function buildFilter(glossary: CompiledGlossary): Uint32Array {
  let chars = 0;
  for (let id = 0; id < glossary.size; id++) chars += glossary.term(id).length;
  // about 6 bits per term token (a token per ~6 characters), a bit per character: small enough to stay in
  // the cache; a false hit (about one word in ten) only costs the lookup
  let size = 1 << 16;
  while (size < chars) size *= 2;
  const bits = new Uint32Array(size >>> 5);
  for (let id = 0; id < glossary.size; id++) {
    const term = glossary.term(id);
    scanTokens(term, 0, term.length, (start, end) => {
      const h = wordHash(term.slice(start, end).toLowerCase());
      const mask = size - 1;
      const a = h & mask;
      const b = ((h >>> 16) | (h << 16)) & mask;
      bits[a >>> 5] = (bits[a >>> 5] as number) | (1 << (a & 31));
      bits[b >>> 5] = (bits[b >>> 5] as number) | (1 << (b & 31));
    });
  }
  return bits;
}

function mayHold(bits: Uint32Array, word: string): boolean {
  const mask = bits.length * 32 - 1;
  const h = wordHash(word);
  const a = h & mask;
  const b = ((h >>> 16) | (h << 16)) & mask;
  return (((bits[a >>> 5] as number) >>> (a & 31)) & 1) === 1 && (((bits[b >>> 5] as number) >>> (b & 31)) & 1) === 1;
}

/** FNV-1a over the UTF-16 code units. */
function wordHash(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * The span [s, e) has the term's shape: the same punctuation and spacing, equal words except one or two
 * that differ by at most two edits (and any that differ only in accents), keep the first letter and the capitalisation, and are not words the
 * term uses elsewhere, nor ordinary English words, nor words of any glossary term ("Central Africa" is not a
 * misspelling of "Central African").
 */
function compare(tokens: readonly Token[], s: number, tt: readonly Token[], inMatch: Uint8Array, glossary: CompiledGlossary): boolean {
  let differing = 0;
  let accents = 0;
  const seg = (tokens[s] as Token).segment;
  for (let k = 0; k < tt.length; k++) {
    const w = tokens[s + k] as Token;
    const t = tt[k] as Token;
    if (w.segment !== seg || inMatch[s + k] || (k > 0 && w.spaceBefore !== t.spaceBefore) || w.kind !== t.kind) return false;
    if (w.lower === t.lower) continue;
    if (w.kind !== 'word') return false;
    // the same word with other accents ("Sanchéz" for "Sánchez") is a near miss of any length; written
    // with no accents at all ("Sanchez") it is a house style (AP drops them), not an error
    // (two words of ASCII in lower case are their own folds, and differ: the folds are not made for them. Speed:
    // 81,934 of the 100,872 pairs asked at 1m/10k, whose two folds were ~a quarter of this pass's time in a profile)
    if (!(plainLower(w.lower) && plainLower(t.lower)) && fold(w.lower) === fold(t.lower)) {
      if (w.lower !== fold(w.lower)) accents++;
      continue;
    }
    if (w.lower.length < 4 || t.lower.length < 4 || w.lower[0] !== t.lower[0]) return false;
    if (isCapitalized(t.text) !== isCapitalized(w.text)) return false;
    const d = editDistance(w.lower, t.lower, 2);
    if (d > 2 || d > Math.ceil(t.lower.length / 4)) return false;
    // a word or a name the dictionary knows is itself ("the Truman administration" is no Trump administration)
    if (glossary.hasTermWord(w.lower) || isEnglishWord(w.text) || isKnownName(w.text)) return false;
    differing++;
  }
  return differing + accents > 0 && differing <= Math.max(1, Math.floor(tt.length / 2));
}

/**
 * The word as a string of its own. A token's text is a slice of the checked text, and V8 keeps a long
 * slice (13+ characters) as a view of the whole text: a cache keyed by it would keep that text alive.
 */
function ownString(word: string): string {
  return word.length < 13 ? word : (word + ' ').slice(0, -1);
}

/** ASCII with no capital letter: withoutMarks and toLowerCase give it back as it is (fold(s) === s). */
function plainLower(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 127 || (c >= 65 && c <= 90)) return false;
  }
  return true;
}

function fold(s: string): string {
  return withoutMarks(s).toLowerCase();
}

export default { meta, prepare, check } satisfies Rule<State>;
