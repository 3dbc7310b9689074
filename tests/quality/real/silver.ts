/**
 * Name recall, precision and first-suggestion accuracy on the hand-checked silver set
 * (silver-names.tsv) of garbled names in the WMT23 MT outputs.
 *
 * Unit: a document of 10 consecutive lines (lines 1-10, 11-20, ... of a file; the files have no
 * document ids). Every system's output of every block that holds a silver item (of any system) is
 * checked once, as one text, with the dev glossary and without the bundled one.
 *
 * A *name finding* is one of a name rule (`glossary/near-miss`, `consistency/entity`, `names/...`),
 * one that came from a dev-glossary entry, or one whose first suggestion is a dev-glossary name or
 * one of its capitalised words, exactly as written. Judging a name finding on line L of system S:
 * - it overlaps a silver item of (L, S): right when the item is `garbled`, false when `ok`/`other`;
 * - else, when its text is a name form judged by hand for that pair (variants.tsv: common variants
 *   across the systems, and forms the checker flagged), right when `garbled`, false otherwise;
 * - else, when its text is in the reference line (whole words), the output equals the reference
 *   there: false;
 * - else it is unjudged (left out of precision, listed).
 * recall = garbled items overlapped by a name finding / garbled items.
 * first suggestion right: among hit garbled items, the overlapping name finding with the largest
 * overlap gives, applied to the line, the same text as `correct` applied to the item's span.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Checker, Finding } from '../../../src/index.ts';
import { fileLines, lineStarts, REAL_DIR, systemsOf, type OutputSpan } from './data.ts';

export const BLOCK_LINES = 10;
export const SILVER_FILE = join(REAL_DIR, 'silver-names.tsv');
export const DEV_GLOSSARY = join(REAL_DIR, 'dev-glossary.yaml');
export const VARIANTS_FILE = join(REAL_DIR, 'variants.tsv');
const NAME_RULES = ['glossary/near-miss', 'consistency/entity', 'names/'];

export interface SilverItem extends OutputSpan {
  verdict: 'garbled' | 'ok' | 'other';
  kind: string;
  note: string;
}

export function loadSilver(path = SILVER_FILE): SilverItem[] {
  const rows = readFileSync(path, 'utf8').split('\n').slice(1).filter(Boolean);
  return rows.map((r) => {
    const [pair, line, system, offset, span, correct, verdict, kind, note] = r.split('\t');
    return { pair: pair!, line: Number(line), system: system!, offset: Number(offset), span: span!, correct: correct!, verdict: verdict as SilverItem['verdict'], kind: kind!, note: note ?? '' };
  });
}

/** Hand judgments of name forms, per pair: `${pair}\t${span}` -> verdict. */
export function loadVariants(path = VARIANTS_FILE): Map<string, SilverItem['verdict']> {
  const rows = readFileSync(path, 'utf8').split('\n').slice(1).filter(Boolean);
  return new Map(rows.map((r) => {
    const [pair, span, , verdict] = r.split('\t');
    return [`${pair}\t${span}`, verdict as SilverItem['verdict']];
  }));
}

export interface NameFinding {
  pair: string;
  line: number;
  system: string;
  /** offsets in the output line */
  start: number;
  end: number;
  text: string;
  ruleId: string;
  suggestion?: string;
  judged: 'right' | 'false' | 'unjudged';
  /** how it was judged */
  by?: 'silver' | 'variant' | 'reference';
  item?: SilverItem;
}

export interface Tally {
  garbled: number;
  hit: number;
  right: number;
  false: number;
}
const tally = (): Tally => ({ garbled: 0, hit: 0, right: 0, false: 0 });

export interface SilverReport {
  unit: string;
  documents: number;
  words: number;
  garbled: number;
  hit: number;
  recall: number | null;
  /** garbled items overlapped by a finding of any rule */
  hitAnyRule: number;
  findings: number;
  right: number;
  false: number;
  unjudged: number;
  precision: number | null;
  suggestionChecked: number;
  suggestionRight: number;
  suggestionAccuracy: number | null;
  byPair: Record<string, Tally>;
  /** even-numbered blocks (`dev`: tune on these) and odd-numbered ones (`held-out`: check generalisation) */
  byHalf: Record<'dev' | 'held-out', Tally>;
  byKind: Record<string, { garbled: number; hit: number }>;
  missed: SilverItem[];
  nameFindings: NameFinding[];
  wrongSuggestions: { item: SilverItem; got: string | null }[];
}

const ratio = (a: number, b: number) => (b === 0 ? null : a / b);
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

function inLine(line: string, s: string): boolean {
  if (!s.trim()) return false;
  for (let i = line.indexOf(s); i !== -1; i = line.indexOf(s, i + 1)) {
    if (!isWordChar(line[i - 1]) && !isWordChar(line[i + s.length])) return true;
  }
  return false;
}

const NOT_NAMES = new Set(['The', 'And', 'For', 'New', 'North', 'South', 'East', 'West', 'Mount', 'Lake', 'King', 'Prince', 'Life', 'Hotel']);

/** Glossary names and the capitalised words of them (3+ letters), exactly as written. */
export function nameSet(checker: Checker, glossaryName: string): Set<string> {
  const names = new Set<string>();
  for (const g of checker.glossaries) {
    if (g.name !== glossaryName) continue;
    for (const e of g.entries) {
      names.add(e.term);
      for (const w of e.term.split(/\s+/)) if (w.length >= 3 && /^\p{Lu}/u.test(w) && !NOT_NAMES.has(w)) names.add(w);
    }
  }
  return names;
}

export function isNameFinding(f: Finding, names: Set<string>, glossaryName: string): boolean {
  if (NAME_RULES.some((r) => f.ruleId === r || (r.endsWith('/') && f.ruleId.startsWith(r)))) return true;
  if (f.entry?.glossary === glossaryName) return true;
  const s = f.suggestions[0]?.text.trim();
  return s !== undefined && names.has(s);
}

const overlaps = (l: { line: number; start: number; end: number }, it: SilverItem) =>
  l.line === it.line && l.start < it.offset + it.span.length && l.end > it.offset;

/**
 * Judges a name finding at `start`-`end` of output line `line` (see the rules at the top):
 * `items` are the silver items of that system, `refLine` the reference's line.
 */
export function judgeFinding(
  f: { pair: string; line: number; start: number; end: number; text: string },
  items: readonly SilverItem[],
  variants: ReadonlyMap<string, SilverItem['verdict']>,
  refLine: string,
): { judged: NameFinding['judged']; by?: NonNullable<NameFinding['by']>; item?: SilverItem } {
  const verdictOf = (v: SilverItem['verdict']) => (v === 'garbled' ? 'right' : 'false');
  const item = items.find((it) => overlaps(f, it));
  if (item) return { judged: verdictOf(item.verdict), by: 'silver', item };
  const form = variants.get(`${f.pair}\t${f.text.replace(/['’]s?$/u, '')}`);
  if (form) return { judged: verdictOf(form), by: 'variant' };
  if (inLine(refLine, f.text)) return { judged: 'false', by: 'reference' };
  return { judged: 'unjudged' };
}

export function runSilver(checker: Checker, glossaryName: string, items = loadSilver(), variants = loadVariants(), withSource = false): SilverReport {
  const names = nameSet(checker, glossaryName);
  const report: SilverReport = {
    unit: `document of ${BLOCK_LINES} consecutive lines`,
    documents: 0, words: 0, garbled: 0, hit: 0, recall: null, hitAnyRule: 0, findings: 0, right: 0, false: 0, unjudged: 0,
    precision: null, suggestionChecked: 0, suggestionRight: 0, suggestionAccuracy: null, byPair: {}, byKind: {},
    byHalf: { dev: tally(), 'held-out': tally() }, missed: [], nameFindings: [], wrongSuggestions: [],
  };
  const pairs = [...new Set(items.map((i) => i.pair))];
  for (const pair of pairs) {
    const pairItems = items.filter((i) => i.pair === pair);
    const blocks = [...new Set(pairItems.map((i) => Math.floor((i.line - 1) / BLOCK_LINES)))].sort((a, b) => a - b);
    const ref = fileLines(pair, 'refA');
    const src = withSource ? fileLines(pair, 'src') : [];
    const pairTally = (report.byPair[pair] = tally());
    for (const system of systemsOf(pair)) {
      const lines = fileLines(pair, system);
      const sysItems = pairItems.filter((i) => i.system === system);
      for (const b of blocks) {
        const first = b * BLOCK_LINES;
        const tallies = [pairTally, report.byHalf[b % 2 === 0 ? 'dev' : 'held-out']];
        const bump = (k: keyof Tally) => tallies.forEach((t) => t[k]++);
        const blockLines = lines.slice(first, first + BLOCK_LINES);
        const text = blockLines.join('\n');
        const starts = lineStarts(text);
        report.documents++;
        report.words += text.split(/\s+/).filter(Boolean).length;
        const found = (withSource ? checker.check(text, { source: src.slice(first, first + BLOCK_LINES).join('\n'), sourceLang: pair.split('-')[0] as string }) : checker.check(text)).findings;
        const here = sysItems.filter((i) => i.line > first && i.line <= first + BLOCK_LINES);
        const lineOf = (offset: number) => {
          let k = starts.length - 1;
          while (k > 0 && starts[k]! > offset) k--;
          return k;
        };
        const located = found.map((f) => {
          const k = lineOf(f.range.start.offset);
          return { f, line: first + k + 1, start: f.range.start.offset - starts[k]!, end: f.range.end.offset - starts[k]! };
        });
        const nameLocated = located.filter((l) => isNameFinding(l.f, names, glossaryName));
        for (const l of nameLocated) {
          const { judged, by, item } = judgeFinding({ pair, line: l.line, start: l.start, end: l.end, text: l.f.text }, here, variants, ref[l.line - 1] ?? '');
          const nf: NameFinding = { pair, line: l.line, system, start: l.start, end: l.end, text: l.f.text, ruleId: l.f.ruleId, judged };
          if (by) nf.by = by;
          if (l.f.suggestions[0]) nf.suggestion = l.f.suggestions[0].text;
          if (item) nf.item = item;
          report.nameFindings.push(nf);
          report.findings++;
          if (judged === 'right') (report.right++, bump('right'));
          else if (judged === 'false') (report.false++, bump('false'));
          else report.unjudged++;
        }
        for (const it of here) {
          if (it.verdict !== 'garbled') continue;
          report.garbled++;
          bump('garbled');
          const kind = (report.byKind[it.kind] ??= { garbled: 0, hit: 0 });
          kind.garbled++;
          if (located.some((l) => overlaps(l, it))) report.hitAnyRule++;
          const hits = nameLocated.filter((l) => overlaps(l, it));
          if (hits.length === 0) {
            report.missed.push(it);
            continue;
          }
          report.hit++;
          bump('hit');
          kind.hit++;
          const overlap = (l: (typeof hits)[number]) => Math.min(l.end, it.offset + it.span.length) - Math.max(l.start, it.offset);
          const best = hits.reduce((a, c) => (overlap(c) > overlap(a) ? c : a));
          const line = blockLines[it.line - first - 1]!;
          const got = best.f.suggestions[0]?.text ?? null;
          report.suggestionChecked++;
          const want = line.slice(0, it.offset) + it.correct + line.slice(it.offset + it.span.length);
          if (got !== null && (got === it.correct || line.slice(0, best.start) + got + line.slice(best.end) === want)) report.suggestionRight++;
          else report.wrongSuggestions.push({ item: it, got });
        }
      }
    }
  }
  report.recall = ratio(report.hit, report.garbled);
  report.precision = ratio(report.right, report.right + report.false);
  report.suggestionAccuracy = ratio(report.suggestionRight, report.suggestionChecked);
  return report;
}
