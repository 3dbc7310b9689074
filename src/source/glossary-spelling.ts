import type { GlossaryEntry } from '../glossary/types.js';
import { foldName, syllablesOf } from '../names/fold.js';
import type { NameIndex } from '../names/name-index.js';
import { compareWords } from '../names/similarity.js';
import { isNameTerm, type NameWord } from '../names/words.js';
import { romaniseLetters } from './case-ending.js';
import { langData } from './lang-data.js';
import type { RuleContext, RuleReport } from '../rules/types.js';

/** Terms a suggestion is looked up in, at most: a word of more glossary names than this says no one name. */
const MAX_TERMS = 64;

/** A glossary name word that spells the suggested one, and its entry. */
export interface GlossaryWord {
  readonly text: string;
  readonly entry: GlossaryEntry;
}

/**
 * The glossary's spelling of a one-word name that a rule read from the original: the one word of the
 * glossary's names that is that word, or spells it as a romanisation allows ("Mavroyannis" for Маврояніс is
 * the glossary's Mavroyiannis, y for yi), or by a foreign convention that writes both alike ("Charkiw", the
 * German original's spelling, is the glossary's Kharkiv). The original's spelling is right only in the
 * original's language: the newsroom writes the name as its glossary does. Undefined where no glossary word
 * spells it, or two different ones do (which one is meant is not for this to say). With `lang` Russian or
 * Ukrainian, a suggestion no glossary word spells is tried by its stems, its case endings cut. One look-up in the
 * name index per distinct word (candidates() keeps its answers) and per stem (a few: the endings it ends in), at
 * most MAX_TERMS terms compared each.
 */
export function glossarySpelling(index: NameIndex, suggestion: string, lang?: string): GlossaryWord | undefined {
  if (!/^\p{Lu}[\p{L}'’-]*$/u.test(suggestion)) return undefined;
  const folded = foldName(suggestion);
  const cw = index.comparedFolded(folded);
  const found = lookUp(index, folded, (w) => spells(index, cw, folded, w));
  if (found !== undefined || (lang !== 'ru' && lang !== 'uk')) return found === AMBIGUOUS ? undefined : found;
  // a name of a Russian or Ukrainian original romanised with its case ending ("Rishem" for Рішем, instrumental;
  // "Kreminnoi"): its stem, spelt as the glossary word (Risch, by a convention) or the glossary word's stem with
  // another of the language's endings (Kreminna). The longest ending first; the first stem that finds a word says.
  const endings = endingsOf(lang);
  for (const ending of endings.list) {
    if (ending === '' || !folded.endsWith(ending) || folded.length - ending.length < MIN_STEM) continue;
    const stem = folded.slice(0, -ending.length);
    const cs = index.comparedFolded(stem);
    const byStem = lookUp(index, stem, (w) => (w.folded.startsWith(stem) && endings.set.has(w.folded.slice(stem.length))) || spells(index, cs, stem, w));
    if (byStem !== undefined) return byStem === AMBIGUOUS ? undefined : byStem;
  }
  return undefined;
}

/** Stems shorter than this are not looked up: three letters and an ending are many names. */
const MIN_STEM = 4;
const AMBIGUOUS = Symbol('two glossary words');

/** The one glossary name word the test takes, of the terms the name index finds for `folded`; AMBIGUOUS where two differ. */
function lookUp(index: NameIndex, folded: string, takes: (w: NameWord) => boolean): GlossaryWord | typeof AMBIGUOUS | undefined {
  if (folded.length < 3) return undefined;
  const ids = index.candidates({ syllables: syllablesOf(folded), folded });
  if (ids.length === 0 || ids.length > MAX_TERMS) return undefined;
  let found: GlossaryWord | undefined;
  for (let i = 0; i < ids.length; i++) {
    const term = index.term(ids[i] as number);
    if (!term || !isNameTerm(term)) continue;
    for (const w of term.words) {
      if (w.particle || !takes(w)) continue;
      if (found && found.text !== w.text) return AMBIGUOUS;
      found ??= { text: w.text, entry: term.entry };
    }
  }
  return found;
}

interface Endings {
  readonly list: readonly string[];
  readonly set: ReadonlySet<string>;
}

const endingsByLang = new Map<string, Endings>();

/** A language's name and case endings (languages.json nameEndings, obliqueEndings) in Latin letters one by one (case-ending.ts romaniseLetters), the longest first, and none. */
function endingsOf(lang: 'ru' | 'uk'): Endings {
  let out = endingsByLang.get(lang);
  if (!out) {
    const data = langData(lang);
    const latin = new Set<string>(['']);
    for (const e of [...(data?.nameEndings ?? []), ...(data?.obliqueEndings ?? [])]) latin.add(foldName(romaniseLetters(e, lang)));
    out = { list: [...latin].sort((a, b) => b.length - a.length), set: latin };
    endingsByLang.set(lang, out);
  }
  return out;
}

/** The word spells the glossary word: the same letters, an acceptable romanisation of it, or what a foreign convention writes it as. */
function spells(index: NameIndex, cw: ReturnType<NameIndex['comparedFolded']>, folded: string, w: NameWord): boolean {
  if (folded === w.folded) return true;
  const m = compareWords(cw, index.compared(w));
  return m.kind === 'exact' || m.kind === 'same' || (m.kind === 'bent' && m.transliteration);
}

/**
 * `ctx` with its reports' one-word suggestions given in the glossary's spelling (glossarySpelling), and the
 * glossary entry on the finding. A report whose flagged word is itself the glossary's spelling of the name (accents
 * aside) is dropped: the glossary says it is right, and where the original differs, the original spells it its own way
 * or misspells it. `index` is asked for on the first report only (most texts have none).
 */
export function withGlossarySpelling(ctx: RuleContext, index: () => NameIndex): RuleContext {
  if (ctx.glossary.size === 0) return ctx;
  return new GlossarySpelled(ctx, index);
}

class GlossarySpelled implements RuleContext {
  constructor(
    private readonly ctx: RuleContext,
    private readonly index: () => NameIndex,
  ) {}

  get doc() {
    return this.ctx.doc;
  }
  get text() {
    return this.ctx.text;
  }
  get tokens() {
    return this.ctx.tokens;
  }
  get glossary() {
    return this.ctx.glossary;
  }
  get matches() {
    return this.ctx.matches;
  }
  get sourceLang() {
    return this.ctx.sourceLang;
  }
  get date() {
    return this.ctx.date;
  }
  get source() {
    return this.ctx.source;
  }

  report(r: RuleReport): void {
    const first = r.suggestions?.[0];
    if (!first) {
      this.ctx.report(r);
      return;
    }
    const index = this.index();
    const written = this.ctx.text.slice(r.start, r.end);
    // the flagged word is the glossary's own spelling of a name, which the original writes its way or
    // misspells ("Starmer" where a German original has "Stamer"): the glossary says the translation is right
    const own = glossarySpelling(index, written);
    if (own && foldName(own.text) === foldName(written) && alike(index, first.text, own.text)) {
      this.ctx.drop(r.start, r.end, `"${written}" is the glossary's spelling of the name the original writes "${first.text}"`);
      return;
    }
    const word = glossarySpelling(index, first.text, this.ctx.source?.lang);
    if (!word) {
      this.ctx.report(r);
      return;
    }
    if (foldName(word.text) === foldName(written)) {
      this.ctx.drop(r.start, r.end, `"${written}" is the glossary's spelling of the name ("${word.text}")`);
      return;
    }
    if (word.text === first.text) {
      this.ctx.report({ ...r, entry: r.entry ?? word.entry });
      return;
    }
    const rest = (r.suggestions ?? []).slice(1).filter((s) => s.text !== word.text);
    this.ctx.report({
      ...r,
      message: `${r.message} (the glossary writes it "${word.text}")`,
      suggestions: [{ ...first, text: word.text }, ...rest],
      entry: r.entry ?? word.entry,
    });
  }

  drop(start: number, end: number, reason: string): void {
    this.ctx.drop(start, end, reason);
  }
}

/** Two words alike in the name matcher's terms (similarity.ts: any kind but none). */
function alike(index: NameIndex, a: string, b: string): boolean {
  return compareWords(index.comparedFolded(foldName(a)), index.comparedFolded(foldName(b))).kind !== 'none';
}
