import type { CompiledGlossary } from '../../glossary/compile.js';
import type { GlossaryEntry } from '../../glossary/types.js';
import { isCapitalisedEntry } from '../../lang/english.js';
import { derived } from '../../names/extended.js';
import { foldName, syllablesOf } from '../../names/fold.js';
import { nameIndexOf, type NameIndex, type NameTerm } from '../../names/name-index.js';
import { compareWords } from '../../names/similarity.js';
import { isNameTerm, type NameWord } from '../../names/words.js';
import { around, MIN_PAIR_CONFIDENCE, targetWindow, type Span } from '../../source/aligned.js';
import { matchesByEntry, occursWithin } from '../../source/glossary-spans.js';
import { wordKeys, writesName, type SourceName, type TargetWord } from '../../source/names.js';
import { NameFinder, pairNames, pairTargetWords } from '../../source/pair-names.js';
import type { Rule, RuleContext, RuleEnv } from '../types.js';

export const meta = {
  id: 'source/glossary-name',
  severity: 'error',
  description:
    'A glossary name that the original names and the aligned translation does not write: "Julia Vaughn" where the Russian ' +
    'has "Джулия Вот" and the glossary lists Julia Voth; "Locomotive" for "Локомотивом" (Lokomotiv); "Thorsten Faithr" for ' +
    '"Thorsten Glauber". The names of each original sentence (capitalised words its dictionary does not know; every ' +
    'capitalised word of a Russian or Ukrainian original) are looked up in the glossary by their English spellings ' +
    '(romanised, without case endings, for Cyrillic; as written for an original in Latin script), and a glossary name ' +
    'counts as named when every word of it is one of those spellings or a spelling romanisations allow. Where the ' +
    'translation\'s sentence or its neighbours write the name (or such a spelling: "Zaitsev" for Zaytsev), nothing is said. ' +
    'Otherwise the translation\'s word that writes the same name of the original another way is flagged ("Locomotive"), or, ' +
    'with none, a capitalised word beside a word of the name that stands for no name of the original ("Vaughn" beside ' +
    '"Julia"). Never: a word built on the name ("Ukrainian", "Stuttgarter", a plural or possessive) or the name a word is ' +
    'built on, a word that writes another name of the original, or one inside another glossary name. Needs the original ' +
    '(--source) and a glossary; originals without capitals or without a dictionary here (Chinese, Japanese, Hebrew) give no names.',
  confidence:
    '0.75 for a word that writes the original\'s name another way; 0.65 for a word beside a word of the name; each lowered ' +
    'with the alignment\'s confidence. Never applied by --fix: which name the translation meant is for the editor to confirm.',
  examples: [
    {
      source: 'В фильме снялись Джулия Вот и Эрин Каммингс.',
      text: 'The film stars Julia Vaughn and Erin Cummings.',
      flagged: 'Vaughn',
      suggestion: 'Voth',
    },
  ],
} satisfies Rule['meta'];

/** Terms a name of the original is looked up for, at most: a name that finds more is too common to say which. */
const MAX_TERMS = 64;
/**
 * Names of a sentence's original looked up, and candidate terms tried per sentence, at most: a sentence names a
 * few people and places (a film's cast list some dozens), and these bound what a sentence of hundreds of
 * capitalised words costs (each try compares the term's words with the names), so the rule stays linear in the text.
 */
const MAX_NAMES = 128;
const MAX_TRIED = 512;

export interface State {
  names(): NameIndex;
}

export function prepare({ glossary }: RuleEnv): State {
  return { names: () => nameIndexOf(glossary) };
}

export function check(ctx: RuleContext, state: State): void {
  const src = ctx.source;
  if (!src || ctx.glossary.size === 0) return;
  let index: NameIndex | undefined;
  // an original in Latin script writes its names as English does: compared as written (see latinForms)
  const latin = src.lang !== 'ru' && src.lang !== 'uk';
  let placed: Map<GlossaryEntry, Span[]> | undefined;
  src.pairs.forEach((pair, k) => {
    if (pair.confidence < MIN_PAIR_CONFIDENCE) return;
    const names = pairNames(src, k, 'all', undefined, true).slice(0, MAX_NAMES);
    if (names.length === 0) return;
    index ??= state.names();
    const near = around(src, k, 1);
    const nearNames = near.flatMap((x) => pairNames(src, x, 'all', undefined, true));
    const finder = new NameFinder(nearNames);
    const nearWords = near.flatMap((x) => pairTargetWords(src, x, ctx.tokens));
    const words = pairTargetWords(src, k, ctx.tokens);
    const window = targetWindow(src, k, 1);
    for (const term of namedTerms(ctx.glossary, index, names, latin)) {
      placed ??= matchesByEntry(ctx.matches);
      if (occursWithin(placed.get(term.entry), window)) continue;
      const parts = term.words.filter((w) => !w.particle);
      const present = parts.map((w) => nearWords.some((t) => sameSpelling(index as NameIndex, t, w)));
      if (present.every(Boolean)) continue;
      const confidence = (c: number) => Math.round(c * Math.min(1, pair.confidence + 0.2) * 100) / 100;
      const found = writtenOtherwise(index, latin, term.entry.category === 'person', parts, present, names, nearNames, words) ?? besideKept(ctx.text, index, parts, present, finder, words);
      if (!found) continue;
      const [from, to, suggestion, c] = found;
      const written = ctx.text.slice(from, to);
      ctx.report({
        start: from,
        end: to,
        message: `the original names "${term.term}" here (glossary), and the translation writes "${written}" for it`,
        confidence: confidence(c),
        suggestions: [{ text: suggestion, confidence: confidence(c) }],
        autofix: false,
      });
    }
  });
}

/** The name terms every word of which some name of the sentence's original writes. */
function namedTerms(glossary: CompiledGlossary, index: NameIndex, names: readonly SourceName[], latin: boolean): NameTerm[] {
  const out: NameTerm[] = [];
  const seen = new Set<number>();
  for (const n of names) {
    for (const form of latin ? latinForms(n) : n.forms) {
      if (form.length < 3) continue;
      // a name of a Latin-script original is a glossary word as it is written (one look-up: a German original has a
      // capitalised noun in every line); a romanised one is searched for by sound, as the name matcher searches
      const ids = latin ? glossary.termIdsOf(form, MAX_TERMS) ?? [] : index.candidates({ syllables: syllablesOf(form), folded: foldName(form) });
      if (ids.length > MAX_TERMS) continue;
      for (const id of ids) {
        if (seen.has(id)) continue;
        if (seen.size >= MAX_TRIED) return out;
        seen.add(id);
        const term = index.term(id);
        if (!term || !isNameTerm(term)) continue;
        const parts = term.words.filter((w) => !w.particle);
        if (parts.length > 0 && parts.every((w) => w.text.length >= 3 && names.some((x) => spellsWord(index, x, w, latin)))) out.push(term);
      }
    }
  }
  return out;
}

/** A name of the original spells the term word: one of its English spellings is the word, or a spelling of it romanisations allow. */
function spellsWord(index: NameIndex, n: SourceName, w: NameWord, latin: boolean): boolean {
  for (const form of latin ? latinForms(n) : n.forms) if (spelledAs(index, foldName(form), w)) return true;
  // a Western name in Cyrillic letters does not romanise back to its English spelling ("Dzhuliya" for Джулия), but
  // sounds the same: the same sound key (source/name-key.ts) as the term word
  return !latin && n.keys.includes(wordKeys(w.text).key);
}

/**
 * The spellings of a name of an original in Latin script: as written, and without a genitive s ("Glaubers").
 * Not the stems the original's other case endings leave ("Bayer" of "Bayern"): there they make other names.
 */
function latinForms(n: SourceName): string[] {
  const lower = n.text.toLowerCase();
  return lower.length > 4 && lower.endsWith('s') ? [lower, lower.slice(0, -1)] : [lower];
}

/** A target word and a term word that spell one name: the same, or as romanisations allow ("Zaitsev", "Zaytsev"). */
function sameSpelling(index: NameIndex, t: TargetWord, w: NameWord): boolean {
  return spelledAs(index, foldName(t.token.text), w);
}

/** A folded spelling is the term word, or a spelling of it romanisations allow (compareWords: exact or same). */
function spelledAs(index: NameIndex, folded: string, w: NameWord): boolean {
  if (folded === w.folded) return true;
  const kind = compareWords(index.comparedFolded(folded), index.compared(w)).kind;
  return kind === 'exact' || kind === 'same';
}

type Found = [start: number, end: number, suggestion: string, confidence: number];

/** A word of the sentence that writes, another way, the name of the original that writes a missing term word ("Mystic" for Мистику, Mystique). */
function writtenOtherwise(index: NameIndex, latin: boolean, person: boolean, parts: readonly NameWord[], present: readonly boolean[], names: readonly SourceName[], nearNames: readonly SourceName[], words: readonly TargetWord[]): Found | undefined {
  for (let p = 0; p < parts.length; p++) {
    if (present[p]) continue;
    const w = parts[p] as NameWord;
    const own = names.filter((n) => spellsWord(index, n, w, latin));
    for (const t of words) {
      // a name the dictionary knows for a place or body ("George" for Георгий, which spells Georgia too) is the person's
      if (!own.some((n) => writesName(n, t)) || derivedFrom(t, w) || (!person && isCapitalisedEntry(t.token.text)) || compareWords(index.comparedFolded(foldName(t.token.text)), index.compared(w)).kind === 'none') continue;
      // a word that writes a name of the original the term does not hold belongs to that name ("Ivan" beside "Ivanov")
      if (nearNames.some((n) => !own.includes(n) && n.forms.includes(t.folded))) continue;
      return [t.token.start, t.token.end, w.text, 0.75];
    }
  }
  return undefined;
}

/** A capitalised word beside a kept word of the term that stands for no name of the original ("Vaughn" beside "Julia"). */
function besideKept(text: string, index: NameIndex, parts: readonly NameWord[], present: readonly boolean[], nearNames: NameFinder, words: readonly TargetWord[]): Found | undefined {
  if (parts.length < 2 || present.every((x) => !x)) return undefined;
  for (let i = 0; i < words.length; i++) {
    const t = words[i] as TargetWord;
    const p = parts.findIndex((w, q) => present[q] && sameSpelling(index, t, w));
    if (p < 0) continue;
    // the missing word is the term's next or previous, and the text's neighbour in that direction
    for (const step of [1, -1]) {
      const q = p + step;
      const o = words[i + step];
      if (q < 0 || q >= parts.length || present[q] || !o || !adjacent(text, step > 0 ? t : o, step > 0 ? o : t)) continue;
      // (a word no name of the original around writes: NameFinder, writesName over the names with its letter bits first)
      if (nearNames.find(o) === undefined) return [o.token.start, o.token.end, (parts[q] as NameWord).text, 0.65];
    }
  }
  return undefined;
}

/** Two words with only a space or a hyphen between them. */
function adjacent(text: string, a: TargetWord, b: TargetWord): boolean {
  return /^[ \u00a0-]$/.test(text.slice(a.token.end, b.token.start));
}

/**
 * The target word is the term word with an ending English builds words on a name with: a plural or possessive
 * ("Tanners"), an adjective or demonym ("Ukrainian", "Stuttgarter", "Moldovan"), a follower ("Putinist").
 */
function derivedFrom(t: TargetWord, w: NameWord): boolean {
  const written = foldName(t.token.text.replace(/['’]s?$/, ''));
  for (const stem of [w.folded, w.folded.replace(/[aeiouy]+$/, '')]) {
    if (stem.length >= 3 && written.length > stem.length && written.startsWith(stem) && derived(written.slice(stem.length))) return true;
  }
  // or the other way round: the term is a word built on the name the translation writes ("Stuttgart" for Stuttgarter)
  const base = w.folded;
  return (written.length >= 3 && base.length > written.length && base.startsWith(written) && derived(base.slice(written.length))) || (written === w.folded && t.token.text !== w.text);
}

export default { meta, prepare, check } satisfies Rule<State>;
