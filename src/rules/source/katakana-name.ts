import stringSimilarity from 'string-similarity';
import type { Token } from '../../document/tokens.js';
import type { CompiledGlossary } from '../../glossary/compile.js';
import type { GlossaryEntry } from '../../glossary/types.js';
import { isEnglishWord } from '../../lang/english.js';
import { foldName } from '../../names/fold.js';
import { nameIndexOf, type NameIndex } from '../../names/name-index.js';
import { compareWords } from '../../names/similarity.js';
import { MIN_PAIR_CONFIDENCE, targetWindow, type Span } from '../../source/aligned.js';
import { firstFrom, matchesByEntry, occursWithin } from '../../source/glossary-spans.js';
import { englishReadingKey, joinKeys, katakanaNames, MIN_KEY, strength, termParts, termsByReading, type KatakanaName, type ReadingTerms } from '../../source/katakana.js';
import type { TargetWord } from '../../source/names.js';
import { pairTargetWords } from '../../source/pair-names.js';
import type { Rule, RuleContext, RuleEnv } from '../types.js';

export const meta = {
  id: 'source/katakana-name',
  severity: 'error',
  description:
    'A glossary name that a Japanese original writes in katakana, and the aligned translation writes as the katakana ' +
    'reads instead of as the glossary spells it: "Rocomoa" for ロコモア (Locomore), "Staley" for スターリー (Starry), ' +
    '"Busbond" for バスボンド (Bath Bond). Japanese writes foreign names in katakana, which has no l, v, th or final r ' +
    'and gives each consonant a vowel, so a translation that romanises the katakana bends the name. Each katakana run ' +
    'of the original sentence (its words, or the start of a compound) is read as consonants, marked when it starts ' +
    'with a vowel or ends in a (corpora/lang/katakana-reading.json; romaji by wanakana), and looked up among the glossary\'s capitalised terms read the same way from ' +
    'their English spelling, and among the surnames of its persons (of four consonants or more: Japanese names a ' +
    'person by the surname, "Brinken" for ブリンケン, Antony Blinken). Where the translation around the sentence writes the term, nothing is said; otherwise a ' +
    'capitalised word, or two or three in a row, of the sentence that reads the same but is spelled otherwise is ' +
    'flagged. Never: an English word ("Hotel" reads as Hitler does), a spelling romanisations allow ("Zelenskiy"), ' +
    'a word inside another glossary name, a word built on the name. Needs a Japanese original (--source) and a glossary.',
  confidence:
    '0.7, lowered with the alignment\'s confidence. Never applied by --fix: the katakana is a reading of the name, ' +
    'and which name it reads is for the editor to confirm.',
  examples: [
    {
      source: '全国送料0円の鉄道会社ロコモア。',
      text: 'Rocomoa, the railway with free shipping nationwide.',
      flagged: 'Rocomoa',
      suggestion: 'Locomore',
    },
  ],
} satisfies Rule['meta'];

/** Katakana runs of a sentence read, and terms tried per sentence, at most: the rule stays linear in the text. */
const MAX_TRIED = 64;
/** Words in a row of the translation read as one name ("Bus Bond" for Bath Bond), at most. */
const MAX_WORDS = 3;
/** Letter pairs the translation's words share with the glossary's spelling, at least (Dice; "Staley" and Starry 0.4). */
const MIN_DICE = 0.3;
/** A compound's start matches a term only with this many consonants (ワリオランドシェイク, Wario Land Shake). */
const MIN_PREFIX = 4;

export interface State {
  /** The glossary's capitalised terms (and persons' surnames) by reading key, made on the first Japanese original. */
  terms(): ReadingTerms;
  names(): NameIndex;
}

export function prepare({ glossary }: RuleEnv): State {
  let terms: ReadingTerms | undefined;
  return { terms: () => (terms ??= termsByReading(glossary)), names: () => nameIndexOf(glossary) };
}

export function check(ctx: RuleContext, state: State): void {
  const src = ctx.source;
  if (!src || src.lang !== 'ja' || ctx.glossary.size === 0) return;
  let placed: Map<GlossaryEntry, Span[]> | undefined;
  let covered: Set<number> | undefined;
  const inGlossaryName = (t: TargetWord) => (covered ??= coveredStarts(ctx)).has(t.token.start);
  src.pairs.forEach((pair, k) => {
    if (pair.confidence < MIN_PAIR_CONFIDENCE) return;
    const runs = katakanaNames(src.text, pair.source);
    if (runs.length === 0) return;
    const ids = termsRead(state.terms(), runs);
    if (ids.size === 0) return;
    placed ??= matchesByEntry(ctx.matches);
    const window = targetWindow(src, k, 1);
    const words = pairTargetWords(src, k, ctx.tokens);
    for (const [id, { run, part }] of ids) {
      const entry = ctx.glossary.entry(id);
      if (occursWithin(placed.get(entry), window)) continue;
      const confidence = Math.round(0.7 * Math.min(1, pair.confidence + 0.2) * 100) / 100;
      for (const [from, to, suggestion] of readAlike(ctx, state.names(), ctx.glossary, id, part, words, inGlossaryName)) {
        ctx.report({
          start: from,
          end: to,
          message: `the original writes "${run.text}", katakana for "${entry.term}" (glossary), and the translation writes "${ctx.text.slice(from, to)}" for it`,
          confidence,
          suggestions: [{ text: suggestion, confidence }],
          autofix: false,
        });
      }
    }
  });
}

/**
 * The terms the katakana runs read, each with the run (and, for a surname read alone, which part of the term):
 * a run's words in a row (one to three), joined, and the starts of a run of one word (a compound: Japanese joins
 * a name with what follows it).
 */
function termsRead(terms: ReadingTerms, runs: readonly KatakanaName[]): Map<number, { run: KatakanaName; part: number | undefined }> {
  const out = new Map<number, { run: KatakanaName; part: number | undefined }>();
  const add = (key: string, run: KatakanaName, prefix = false) => {
    for (const { id, part } of terms.get(key) ?? []) if (out.size < MAX_TRIED && !out.has(id) && !(prefix && part !== undefined)) out.set(id, { run, part });
  };
  for (const run of runs) {
    for (let i = 0; i < run.keys.length; i++) {
      for (let n = 1; n <= MAX_WORDS && i + n <= run.keys.length; n++) {
        const key = joinKeys(run.keys.slice(i, i + n));
        if (strength(key) >= MIN_KEY) add(key, run);
      }
    }
    const whole = run.keys[0] as string;
    // (whole terms only: a surname alone at a compound's start is too loose, "Wallander" in ワリオランドシェイク)
    if (run.keys.length === 1) for (let len = 1; len < whole.length; len++) if (strength(whole.slice(0, len)) >= MIN_PREFIX) add(whole.slice(0, len), run, true);
  }
  return out;
}

/**
 * Each run of one to three capitalised words of the sentence that reads as the term does and is not its spelling:
 * [start, end, the term's words as the glossary spells them].
 */
function readAlike(ctx: RuleContext, index: NameIndex, glossary: CompiledGlossary, id: number, part: number | undefined, words: readonly TargetWord[], inGlossaryName: (t: TargetWord) => boolean): [number, number, string][] {
  const out: [number, number, string][] = [];
  const term = glossary.term(id);
  const all = termParts(term);
  // (a surname read alone is compared alone)
  const parts = part === undefined ? all : [all[part] as string];
  const key = joinKeys(parts.map(englishReadingKey));
  const spelled = parts.map((w) => foldName(w)).join('');
  const own = new Set(all.map((w) => w.toLowerCase()));
  const suggestion = term.slice(term.indexOf(parts[0] as string), term.lastIndexOf(parts[parts.length - 1] as string) + (parts[parts.length - 1] as string).length);
  for (let i = 0; i < words.length; i++) {
    let keys = '';
    for (let n = 1; n <= MAX_WORDS && i + n <= words.length; n++) {
      const last = words[i + n - 1] as TargetWord;
      if (n > 1 && !/^[ \u00a0-]$/.test(ctx.text.slice((words[i + n - 2] as TargetWord).token.end, last.token.start))) break;
      keys = joinKeys([keys, englishReadingKey(last.token.text)]);
      if (keys.length > key.length) break;
      if (keys !== key) continue;
      const run = words.slice(i, i + n);
      const from = (run[0] as TargetWord).token.start;
      const to = last.token.end;
      const written = run.map((t) => foldName(t.token.text)).join('');
      // the glossary's spelling (in other words), or one built on it or it on the word ("Locomore's")
      if (written === spelled || written.startsWith(spelled) || spelled.startsWith(written)) continue;
      // English words only: a translation, not a reading ("Hotel" reads as Hitler)
      if (run.every((t) => isEnglishWord(t.token.text))) continue;
      // a spelling romanisations allow, word for word ("Zelenskiy" for Zelensky)
      if (run.length === parts.length && run.every((t, q) => allowed(index, foldName(t.token.text), parts[q] as string))) continue;
      // inside another glossary name, or a word another glossary name spells ("Bearlin" of Bearlin Studios is no Berlin)
      if (run.some((t) => inGlossaryName(t) || (glossary.hasTermWord(t.token.lower) && !own.has(t.token.lower)))) continue;
      // a word of another sound that the katakana reads alike ("Ramen" for ラーメン is no Lyman): the spellings share letter pairs
      if (stringSimilarity.compareTwoStrings(written, spelled) < MIN_DICE) continue;
      out.push([from, to, suggestion]);
      // the words after this run are read from the next word on
      i += n - 1;
      break;
    }
  }
  return out;
}

/**
 * The starts of the tokens inside the text's glossary occurrences, once per check: each occurrence's first token
 * by binary search, then its tokens (a word asked about is one look-up, not a pass over the occurrences).
 */
function coveredStarts(ctx: RuleContext): Set<number> {
  const out = new Set<number>();
  const tokens = ctx.tokens;
  for (const m of ctx.matches) {
    for (let k = firstFrom(tokens, m.start); k < tokens.length && (tokens[k] as Token).start < m.end; k++) out.add((tokens[k] as Token).start);
  }
  return out;
}

/** A folded word is the term word, or a spelling of it romanisations allow (compareWords: exact or same). */
function allowed(index: NameIndex, folded: string, word: string): boolean {
  const kind = compareWords(index.comparedFolded(folded), index.comparedFolded(foldName(word))).kind;
  return kind === 'exact' || kind === 'same';
}

export default { meta, prepare, check } satisfies Rule<State>;
