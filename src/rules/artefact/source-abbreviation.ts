import { isEnglishWord } from '../../lang/english.js';
import type { Rule, RuleContext } from '../types.js';

export const meta = {
  id: 'artefact/source-abbreviation',
  severity: 'warning',
  description:
    'A German, French or Spanish abbreviation left untranslated ("z. B.", "d. h.", "bzw.", "usw.", "Mio.", "c.-à-d.", ' +
    '"p. ej."), or the half of one that machine translation left behind ("such as: B. a scholarship", where "z." became ' +
    '"such as"); suggests the English.',
  confidence:
    '0.95 for an abbreviation that exists only in the source language and has one English equivalent ("z. B." → "e.g."); ' +
    '0.8 when the English depends on the sense ("bzw.", "u. a."), with no automatic fix; 0.95 for a left-over half after ' +
    'its translated half ("such as: B."); 0.65 for a lone capital and period between a comma or colon and a lower-case ' +
    'word, with no fix. Initials in names ("John F. Kennedy", "U. S. officials") are never flagged.',
  examples: [
    { text: 'social support, such as: B. a scholarship', flagged: 'such as: B.', suggestion: 'such as' },
    { text: 'investments in rail, z. B. in new high-speed lines', flagged: 'z. B.', suggestion: 'e.g.' },
    { text: 'in Texas bzw. California', flagged: 'bzw.', suggestion: 'or' },
    { text: 'around 450 Mio. smartphones', flagged: 'Mio.', suggestion: 'million' },
  ],
} satisfies Rule['meta'];

interface Abbreviation {
  /** As written in the source language; spaces after internal periods are optional when matching. */
  form: string;
  english: string[];
  /** The English is the same whatever the sense, so `--fix` may apply it. */
  certain: boolean;
  /** Only after a number ("450 Mio."), so that "O Sole Mio." stays. */
  afterNumber?: boolean;
}

const ABBREVIATIONS: readonly Abbreviation[] = [
  { form: 'z. B.', english: ['e.g.', 'for example'], certain: true },
  { form: 'd. h.', english: ['i.e.', 'that is'], certain: true },
  { form: 'u. a.', english: ['including', 'among others', 'among other things'], certain: false },
  { form: 'bzw.', english: ['or', 'and', 'respectively'], certain: false },
  { form: 'usw.', english: ['etc.'], certain: true },
  { form: 'u. ä.', english: ['and the like'], certain: true },
  { form: 'o. ä.', english: ['or similar'], certain: true },
  { form: 'u. U.', english: ['possibly'], certain: false },
  { form: 'z. T.', english: ['partly', 'in part'], certain: false },
  { form: 'v. a.', english: ['above all', 'especially'], certain: false },
  { form: 'i. d. R.', english: ['usually', 'as a rule'], certain: false },
  { form: 'ggf.', english: ['if necessary', 'possibly'], certain: false },
  { form: 'evtl.', english: ['possibly'], certain: false },
  { form: 'sog.', english: ['so-called'], certain: true },
  { form: 'bspw.', english: ['for example'], certain: true },
  { form: 'inkl.', english: ['including'], certain: true },
  { form: 'zzgl.', english: ['plus'], certain: true },
  { form: 'vgl.', english: ['cf.', 'see'], certain: false },
  { form: 'Mio.', english: ['million'], certain: true, afterNumber: true },
  { form: 'Mrd.', english: ['billion'], certain: true, afterNumber: true },
  { form: 'Tsd.', english: ['thousand'], certain: true, afterNumber: true },
  { form: 'c.-à-d.', english: ['i.e.', 'that is'], certain: true },
  { form: 'c-à-d', english: ['i.e.', 'that is'], certain: true },
  { form: 'p. ex.', english: ['e.g.', 'for example'], certain: true },
  { form: 'p. ej.', english: ['e.g.', 'for example'], certain: true },
  { form: 'EE. UU.', english: ['US'], certain: true },
  { form: 'aprox.', english: ['approx.', 'about'], certain: true },
];

/** The translated first half of an abbreviation, then the half it left behind ("such as: B." from "z. B."). */
interface Fragment {
  lead: RegExp;
  rest: string;
  source: string;
}
const FOR_EXAMPLE = String.raw`such as|for example|for instance|e\.\s?g\.|like`;
const THAT_IS = String.raw`that is|that means|i\.\s?e\.|in other words`;
const FRAGMENTS: readonly Fragment[] = [
  { lead: new RegExp(`(?:${FOR_EXAMPLE})`, 'iu'), rest: 'B', source: 'z. B.' },
  { lead: new RegExp(`(?:${THAT_IS})`, 'iu'), rest: 'h', source: 'd. h.' },
  { lead: /(?:among other things|among others|inter alia|including)/iu, rest: 'a', source: 'u. a.' },
  { lead: new RegExp(`(?:${FOR_EXAMPLE})`, 'iu'), rest: 'ex', source: 'p. ex.' },
  { lead: new RegExp(`(?:${FOR_EXAMPLE})`, 'iu'), rest: 'ej', source: 'p. ej.' },
];

function formPattern(form: string): string {
  const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // "z. B." also written "z.B." and "z.  B."
  return escaped.replace(/\\\. ?(?=\S)/g, String.raw`\.\s?`).replace(/-/g, String.raw`\s?-\s?`);
}

function abbreviationRegExp(): { re: RegExp; byIndex: Abbreviation[] } {
  const byIndex = [...ABBREVIATIONS];
  const alternatives = byIndex.map((a) => {
    const p = formPattern(a.form);
    // sentence-initial "Z. B." as well as "z. B."
    const first = a.form.charAt(0);
    const cap = first.toUpperCase();
    return cap !== first ? `([${first}${cap}]${p.slice(first.length)})` : `(${p})`;
  });
  // sticky: tried only where a match can start (abbreviationStarts)
  const re = new RegExp(String.raw`(?<![\p{L}\p{M}\p{N}.])(?:${alternatives.join('|')})(?![\p{L}\p{M}])`, 'uy');
  return { re, byIndex };
}

// initials stay: "John F. Kennedy" (capital after), "U. S. officials" (an initial before)
const LONE_CAPITAL = String.raw`(?<=[:,(]\s?)(\p{Lu})\.\s(?=\p{Ll})`;

/** The patterns, compiled once per checker (sticky patterns carry their position between uses). */
interface Prepared {
  abbreviations: { re: RegExp; byIndex: Abbreviation[] };
  fragments: { f: (typeof FRAGMENTS)[number]; re: RegExp }[];
  loneCapital: RegExp;
}

export function prepare(): Prepared {
  return { abbreviations: abbreviationRegExp(), fragments: fragmentPatterns(), loneCapital: new RegExp(LONE_CAPITAL, 'uy') };
}

/**
 * The matches of a sticky pattern that `matchAll` of its global form would find, tried only at the
 * given positions (ascending), which must include every position where a match can start. Patterns led
 * by lookbehinds with Unicode classes cost far more tried at every position of a text.
 */
function* matchesAt(text: string, sticky: RegExp, starts: Iterable<number>): Generator<RegExpExecArray> {
  let from = 0;
  for (const s of starts) {
    if (s < from) continue;
    sticky.lastIndex = s;
    const m = sticky.exec(text);
    if (m && m[0] !== '') {
      yield m;
      from = s + m[0].length;
    }
  }
}

/**
 * Where an abbreviation can start: every form but "c-à-d" begins with ASCII letters and a period
 * ("z.", "bzw.", "EE."), so a match starts where the run of letters before a period starts (the
 * lookbehind wants no letter before it); "c-à-d" has its "à" at most four characters in.
 */
function abbreviationStarts(text: string): number[] {
  const starts: number[] = [];
  for (let p = text.indexOf('.'); p !== -1; p = text.indexOf('.', p + 1)) {
    let s = p;
    while (s > 0 && isAsciiLetter(text.charCodeAt(s - 1))) s--;
    if (s < p) starts.push(s);
  }
  const withGrave = text.indexOf('à') !== -1;
  if (withGrave) for (let a = text.indexOf('à'); a !== -1; a = text.indexOf('à', a + 1)) for (let s = Math.max(0, a - 4); s < a; s++) starts.push(s);
  return withGrave ? starts.sort((x, y) => x - y) : starts;
}

/** Where a lone capital can start: one or two characters after a colon, comma or opening parenthesis. */
function loneCapitalStarts(text: string): number[] {
  const starts: number[] = [];
  for (const mark of [':', ',', '(']) {
    for (let i = text.indexOf(mark); i !== -1; i = text.indexOf(mark, i + 1)) starts.push(i + 1, i + 2);
  }
  return starts.sort((x, y) => x - y);
}

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

export function check(ctx: RuleContext, state: Prepared): void {
  for (const seg of ctx.doc.segments) {
    const slice = ctx.text.slice(seg.start, seg.end);
    // the segment's characters already flagged, one flag each: a list of flagged ranges to compare
    // with made a text of many abbreviations quadratic
    const taken = new Uint8Array(slice.length);
    fragments(ctx, slice, seg.start, taken, state.fragments);
    const { re, byIndex } = state.abbreviations;
    for (const m of matchesAt(slice, re, abbreviationStarts(slice))) {
      const k = m.slice(1).findIndex((g) => g !== undefined);
      const a = byIndex[k];
      if (!a) continue;
      const start = seg.start + (m.index ?? 0);
      const end = start + m[0].length;
      // the two characters before, not the segment so far: that made a segment of many matches quadratic
      if (a.afterNumber && !/\d\s?$/.test(slice.slice(Math.max(0, (m.index ?? 0) - 2), m.index ?? 0))) continue;
      if (taken.subarray(start - seg.start, end - seg.start).includes(1)) continue;
      taken.fill(1, start - seg.start, end - seg.start);
      const confidence = a.certain ? 0.95 : 0.8;
      ctx.report({
        start,
        end,
        message: `"${m[0]}" is the source-language abbreviation "${a.form}", left untranslated: write "${a.english[0]}"`,
        confidence,
        suggestions: a.english.map((text, n) => ({ text: fitCase(text, m[0], slice, m.index ?? 0), confidence: confidence - n * 0.1 })),
        autofix: a.certain,
      });
    }
    for (const m of matchesAt(slice, state.loneCapital, loneCapitalStarts(slice))) {
      // "A. armata", "E. coli": a genus abbreviation before a Latin name
      const after = (m.index ?? 0) + m[0].length;
      const next = /^\p{L}+/u.exec(slice.slice(after, after + 40))?.[0] ?? '';
      if (!isEnglishWord(next)) continue;
      const start = seg.start + (m.index ?? 0);
      const end = start + m[0].length;
      if (taken.subarray(start - seg.start, end - seg.start).includes(1)) continue;
      ctx.report({
        start,
        end,
        message: `"${m[1]}." before a lower-case word looks like the left-over half of a source-language abbreviation (such as "z. B."): remove it`,
        confidence: 0.65,
        suggestions: [{ text: '', confidence: 0.65 }],
      });
    }
  }
}

/** The fragment patterns (compiled once per checker, not per segment of every text). */
function fragmentPatterns(): { f: (typeof FRAGMENTS)[number]; re: RegExp }[] {
  return FRAGMENTS.map((f) => ({ f, re: new RegExp(String.raw`(?<![\p{L}\p{M}])(${f.lead.source})\s?[:,]?\s(${f.rest})\.\s`, 'giu') }));
}

function fragments(ctx: RuleContext, slice: string, offset: number, taken: Uint8Array, patterns: Prepared['fragments']): void {
  let halves: Set<string> | undefined;
  for (const { f, re } of patterns) {
    // the left-over half with its period, between white space, must be there at all before the
    // lookbehind-led pattern runs
    if (!(halves ??= loneHalves(slice)).has(f.rest.toLowerCase())) continue;
    for (const m of slice.matchAll(re)) {
      // the left-over half keeps its source case ("B." of "z. B."), and only then is it unambiguous; a lower-case word
      // follows (checked here: under the i flag \p{Ll} would match capitals too), unlike "such as B. B. King"
      if (m[2] !== f.rest || !/\p{Ll}/u.test(slice.charAt((m.index ?? 0) + m[0].length))) continue;
      const lead = m[1] as string;
      const start = offset + (m.index ?? 0);
      const end = start + m[0].trimEnd().length;
      if (taken.subarray(start - offset, end - offset).includes(1)) continue;
      taken.fill(1, start - offset, end - offset);
      ctx.report({
        start,
        end,
        message: `"${f.rest}." is left over from the source abbreviation "${f.source}", whose other half became "${lead}": remove it`,
        confidence: 0.95,
        suggestions: [{ text: lead, confidence: 0.95 }],
        autofix: true,
      });
    }
  }
}

/**
 * The left-over halves (FRAGMENTS' rests, lower-cased) that stand in the text between white
 * space and a period followed by white space: looked for from the periods, which are fewer than
 * the letters.
 */
function loneHalves(text: string): Set<string> {
  const out = new Set<string>();
  for (let p = text.indexOf('.'); p !== -1; p = text.indexOf('.', p + 1)) {
    if (!WHITE.test(text.charAt(p + 1))) continue;
    for (const n of HALF_LENGTHS) {
      if (p - n - 1 >= 0 && WHITE.test(text.charAt(p - n - 1))) out.add(text.slice(p - n, p).toLowerCase());
    }
  }
  return out;
}
const WHITE = /\s/;
const HALF_LENGTHS = [...new Set(FRAGMENTS.map((f) => f.rest.length))];

/** "Z. B." starting a sentence becomes "E.g.", keeping the capital the sentence needs. */
function fitCase(english: string, found: string, slice: string, at: number): string {
  if (found.charAt(0) === found.charAt(0).toLowerCase()) return english;
  if (!/(?:^|[.!?]\s+|\n\s*)$/.test(slice.slice(Math.max(0, at - 4), at))) return english;
  return english.charAt(0).toUpperCase() + english.slice(1);
}

export default { meta, prepare, check } satisfies Rule<Prepared>;
