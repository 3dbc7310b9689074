import { firstStartingAt } from '../../document/span.js';
import type { GlossaryMatch } from '../../glossary/compile.js';
import { SOURCE_LANGS, type GlossaryEntry, type SourceLanguage } from '../../glossary/types.js';
import type { Rule, RuleContext, RuleEnv } from '../types.js';
import { plainText, unitViews, type Side } from './unit-text.js';

export const meta = {
  id: 'bilingual/key-term',
  severity: 'warning',
  description:
    'A key term of the source rendered without its approved translation: when a unit\'s source contains a glossary ' +
    'entry\'s source-language term (`source: {de: Außenministerium}`), the target must contain the entry\'s term, or ' +
    'the term of another entry with the same source term; a known wrong variant in its place is flagged with the ' +
    'term as suggestion. Uses the `--source-lang` terms, or every language\'s without it. Bilingual files only.',
  confidence:
    '0.9 when the target has a known wrong variant of the term instead (reported on the variant); 0.8 when the ' +
    'target has neither (reported on the whole target: a translator may have used a pronoun or rephrased); 0.7 ' +
    'when the source matched a regular-expression source term. Longer source terms win over shorter ones inside them.',
  examples: [
    {
      text: 'Das Außenministerium teilte mit.\tThe Foreign Ministry announced.',
      flagged: 'Foreign Ministry',
      suggestion: 'State Department',
    },
  ],
} satisfies Rule['meta'];

/** The entries that share one source term: the target may use any of their terms. */
interface Group {
  lang: SourceLanguage;
  written: string;
  pattern: RegExp;
  literal: boolean;
  entries: GlossaryEntry[];
}

interface Index {
  /** Literal source terms by their first word, lower case. */
  byFirstWord: Map<string, Group[]>;
  regexes: Group[];
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

export function check(ctx: RuleContext, state: State): void {
  const views = unitViews(ctx.doc);
  if (views.length === 0) return;
  const index = state.index();
  if (index.byFirstWord.size === 0 && index.regexes.length === 0) return;
  const langs = ctx.sourceLang ? [ctx.sourceLang] : SOURCE_LANGS;
  let sorted: GlossaryMatch[] | undefined;
  for (const { source, target } of views) {
    // an empty target is bilingual/untranslated's to report
    if (!source || !/\p{L}/u.test(plainText(target))) continue;
    const hits = sourceHits(index, plainText(source), langs);
    if (hits.length === 0) continue;
    sorted ??= [...ctx.matches].sort((a, b) => a.start - b.start);
    const inTarget = byEntry(matchesWithin(sorted, target.start, target.end));
    let plain: string | undefined;
    for (const { group, text } of hits) checkTarget(ctx, target, inTarget, group, text, () => (plain ??= plainText(target)));
  }
}

/** The first term match and the first variant match of each entry among a target's matches (in their order). */
interface FirstMatches {
  term?: GlossaryMatch;
  variant?: { match: GlossaryMatch; at: number };
}

/**
 * The target's glossary matches by entry, read once per unit: a search of all the target's matches
 * for each source term's entries took time in the product of the two (16,000 of each: 11 s).
 */
function byEntry(matches: GlossaryMatch[]): Map<GlossaryEntry, FirstMatches> {
  const out = new Map<GlossaryEntry, FirstMatches>();
  matches.forEach((m, at) => {
    const entry = m.entry;
    let first = out.get(entry);
    if (!first) out.set(entry, (first = {}));
    if (m.kind === 'term') first.term ??= m;
    else first.variant ??= { match: m, at };
  });
  return out;
}

/** The glossary matches inside [start, end), from the matches sorted by start. */
function matchesWithin(sorted: GlossaryMatch[], start: number, end: number): GlossaryMatch[] {
  const out: GlossaryMatch[] = [];
  for (let k = firstStartingAt(sorted, start); k < sorted.length && (sorted[k] as GlossaryMatch).start < end; k++) if ((sorted[k] as GlossaryMatch).end <= end) out.push(sorted[k] as GlossaryMatch);
  return out;
}

/** `inTarget`: the glossary matches inside the target, by entry; `plain`: the target's plainText. */
function checkTarget(ctx: RuleContext, target: Side, inTarget: Map<GlossaryEntry, FirstMatches>, group: Group, sourceText: string, plain: () => string): void {
  const matches = group.entries.map((e) => inTarget.get(e));
  if (matches.some((m) => m?.term)) return;
  if (group.entries.some((e) => hasForm(plain(), e))) return;
  const terms = [...new Set(group.entries.map((e) => e.term))];
  const should = `source has "${sourceText}": the target should say ${terms.map((t) => `"${t}"`).join(' or ')}`;
  // the group's first variant in the target
  let variant: GlossaryMatch | undefined;
  let first = Infinity;
  for (const m of matches) if (m?.variant && m.variant.at < first) ({ match: variant, at: first } = m.variant);
  if (variant) {
    ctx.report({
      start: variant.start,
      end: variant.end,
      message: should,
      confidence: 0.9,
      suggestions: [{ text: variant.entry.term + variant.suffix, confidence: 0.9 }],
      entry: variant.entry,
    });
    return;
  }
  ctx.report({ start: target.start, end: target.end, message: should, confidence: group.literal ? 0.8 : 0.7, entry: group.entries[0] as GlossaryEntry });
}

/**
 * The term in an English form the glossary matcher does not make: a plural in -ies ("ministries"), or the
 * term across spacing the tokenizer splits differently. Case as the entry says.
 */
function hasForm(text: string, e: GlossaryEntry): boolean {
  const escaped = e.term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  const stem = /[^aeiou]y$/i.test(e.term) ? `(?:${escaped}|${escaped.slice(0, -1)}ies)` : escaped;
  return new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${stem}(?:e?s|['’]s?)?(?![\\p{L}\\p{M}\\p{N}])`, e.caseSensitive ? 'u' : 'iu').test(text);
}

interface Hit {
  group: Group;
  start: number;
  end: number;
}

/** The groups whose source term occurs in the text, each once; a hit inside a longer hit is left out. */
function sourceHits(index: Index, text: string, langs: readonly SourceLanguage[]): { group: Group; text: string }[] {
  const words = new Set((text.match(WORD) ?? []).map((w) => w.toLowerCase()));
  const candidates = [...words].flatMap((w) => index.byFirstWord.get(w) ?? []).concat(index.regexes);
  const hits: Hit[] = [];
  for (const group of new Set(candidates)) {
    if (!langs.includes(group.lang)) continue;
    group.pattern.lastIndex = 0;
    for (const m of text.matchAll(group.pattern)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (m[0] === '' || WORD_CHAR.test(text.charAt(start - 1)) || WORD_CHAR.test(text.charAt(end))) continue;
      hits.push({ group, start, end });
      break;
    }
  }
  hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  // a hit is left out when a longer one kept holds it (each group has one hit). Longest first, a length
  // at a time: the kept hits longer than those of this length, as the furthest end of those starting at
  // or before each place (rather than a search of all those kept for each hit: a unit may have thousands)
  const kept: Hit[] = [];
  const furthest = new PrefixMax(text.length + 1);
  const length = (h: Hit) => h.end - h.start;
  for (let k = 0; k < hits.length; ) {
    const from = kept.length;
    const now = length(hits[k] as Hit);
    for (let h = hits[k]; h && length(h) === now; h = hits[++k]) if (furthest.upTo(h.start) < h.end) kept.push(h);
    for (const h of kept.slice(from)) furthest.raise(h.start, h.end);
  }
  return kept.sort((a, b) => a.start - b.start).map((h) => ({ group: h.group, text: text.slice(h.start, h.end) }));
}

/** The greatest value set at or before a position (-1 if none): a Fenwick tree of maxima. */
class PrefixMax {
  private readonly tree: Int32Array;
  constructor(size: number) {
    this.tree = new Int32Array(size + 1).fill(-1);
  }

  raise(at: number, value: number): void {
    for (let i = at + 1; i < this.tree.length; i += i & -i) if ((this.tree[i] as number) < value) this.tree[i] = value;
  }

  upTo(at: number): number {
    let best = -1;
    for (let i = at + 1; i > 0; i -= i & -i) best = Math.max(best, this.tree[i] as number);
    return best;
  }
}

/**
 * The index, built once per checker on the first bilingual document: it reads every entry of the
 * glossary (~150 ms for 50,000 entries), which a check of plain text never needs.
 */
interface State {
  index(): Index;
}

export function prepare(env: RuleEnv): State {
  let index: Index | undefined;
  return { index: () => (index ??= build(env)) };
}

/** The glossary's entries with source terms, grouped by language and source term. */
function build({ glossary }: RuleEnv): Index {
  const groups = new Map<string, Group>();
  for (const entry of glossary.entries) {
    for (const lang of SOURCE_LANGS) {
      for (const written of entry.source?.[lang] ?? []) {
        const key = `${lang}\0${written.toLowerCase()}`;
        let group = groups.get(key);
        if (!group) groups.set(key, (group = { lang, written, entries: [], ...compilePattern(written) }));
        if (!group.entries.includes(entry)) group.entries.push(entry);
      }
    }
  }
  const index: Index = { byFirstWord: new Map(), regexes: [] };
  for (const group of groups.values()) {
    const first = group.literal ? group.written.toLowerCase().match(WORD)?.[0] : undefined;
    if (first === undefined) index.regexes.push(group);
    else index.byFirstWord.set(first, [...(index.byFirstWord.get(first) ?? []), group]);
  }
  return index;
}

/** A literal source term matches with any spacing between its words and any case; `/…/flags` is a regular expression. */
function compilePattern(written: string): { pattern: RegExp; literal: boolean } {
  const re = /^\/(.+)\/([iu]*)$/s.exec(written);
  if (re) return { pattern: new RegExp(re[1] as string, 'giu'), literal: false };
  const body = written.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  return { pattern: new RegExp(body, 'giu'), literal: true };
}

export default { meta, prepare, check } satisfies Rule<State>;
