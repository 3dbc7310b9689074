/**
 * The source/ rules on real data (`npm run quality` prints these rows; run alone with
 * `node --import tsx tests/quality/real/source.ts`): on the WMT23 references with their originals
 * (../shared/data/wmt23-into-english; ten consecutive lines make a document), flags per 1,000 words,
 * and recall and precision on errors injected into the references (source-inject.ts); with the
 * silver name set (silver-names.tsv, when present), recall of garbled names in the systems' outputs
 * and the names judged right there that a finding on the word flags.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createChecker, type Checker } from '../../../src/engine/checker.ts';
import type { Finding } from '../../../src/findings/finding.ts';
import { inject, KINDS, random, type InjectionKind } from './source-inject.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const WMT = join(process.env.TRANSLINT_DATA ?? resolve(HERE, '..', '..', '..', '..', 'shared', 'data'), 'wmt23-into-english');
const SILVER = join(HERE, 'silver-names.tsv');
export const SOURCE_PAIRS = ['de-en', 'ru-en', 'uk-en', 'he-en', 'ja-en'] as const;
const DOC_LINES = 10;

export interface SourceRow {
  pair: string;
  words: number;
  flags: number;
  /** Flags on reference errors (a line left untranslated, or listed in reference-errors.tsv): not false. */
  trueFlags: number;
  /** Flags per 1,000 words of the references, true ones left out (target <= 0.5). */
  perThousand: number;
  injected: Record<InjectionKind, { tried: number; caught: number }>;
  /** New findings on the injected documents that are not at the injected error. */
  falseOnInjected: number;
  silver?: { garbled: number; caught: number; ok: number; okFlagged: number };
}

export const hasSourceData = () => existsSync(join(WMT, 'de-en'));

function lines(pair: string, which: string): string[] {
  const lang = pair.split('-')[0] as string;
  const file = which === 'src' ? `generaltest2023.${pair}.src.${lang}` : which.startsWith('ref') ? `generaltest2023.${pair}.ref.${which}.en` : `generaltest2023.${pair}.hyp.${which}.en`;
  const text = readFileSync(join(WMT, pair, file), 'utf8');
  return text.endsWith('\n') ? text.slice(0, -1).split('\n') : text.split('\n');
}

const overlaps = (f: Finding, start: number, end: number) => f.range.start.offset <= Math.max(start, end - 1) && f.range.end.offset >= start + (start === end ? 0 : 1);
const key = (f: Finding) => `${f.ruleId}:${f.text}:${f.message}`;

export function sourceRows(pairs: readonly string[] = SOURCE_PAIRS): SourceRow[] {
  const checker = createChecker({ defaultGlossary: false, rules: ['source/'] });
  return pairs.map((pair) => measurePair(checker, pair));
}

function measurePair(checker: Checker, pair: string): SourceRow {
  const lang = pair.split('-')[0] as string;
  const src = lines(pair, 'src');
  const ref = lines(pair, 'refA');
  const rnd = random(pair.length * 7919 + src.length);
  const row: SourceRow = { pair, words: 0, flags: 0, trueFlags: 0, perThousand: 0, injected: Object.fromEntries(KINDS.map((k) => [k, { tried: 0, caught: 0 }])) as SourceRow['injected'], falseOnInjected: 0 };
  for (let i = 0; i < src.length; i += DOC_LINES) {
    const source = src.slice(i, i + DOC_LINES).join('\n');
    const reference = ref.slice(i, i + DOC_LINES).join('\n');
    row.words += (reference.match(/\S+/g) ?? []).length;
    const base = checker.check(reference, { source, sourceLang: lang }).findings;
    // a flag on a reference line left in the original's language, or on an error listed in
    // reference-errors.tsv, is true: counted apart
    const lineStarts = [0];
    for (let at = reference.indexOf('\n'); at >= 0; at = reference.indexOf('\n', at + 1)) lineStarts.push(at + 1);
    const lineOf = (offset: number) => lineStarts.filter((st) => st <= offset).length - 1;
    for (const f of base) {
      const line = i + lineOf(f.range.start.offset);
      if (untranslatedLine(ref[line] ?? '', lang) || knownErrors(pair).has(`${line + 1}\t${f.text}`)) row.trueFlags++;
      else {
        row.flags++;
        if (process.env.SOURCE_FLAGS) console.log(`flag ${pair} line ${line + 1} [${f.ruleId}] "${f.text}": ${f.message}`);
      }
    }
    const known = new Set(base.map(key));
    for (const kind of KINDS) {
      const inj = inject(kind, source, reference, lang, rnd);
      if (!inj) continue;
      row.injected[kind].tried++;
      const fresh = checker.check(inj.text, { source, sourceLang: lang }).findings.filter((f) => !known.has(key(f)));
      const hit = fresh.filter((f) => overlaps(f, inj.start, inj.end));
      if (hit.length > 0) row.injected[kind].caught++;
      else if (process.env.SOURCE_MISSES) console.log(`miss ${pair} ${kind}: "${inj.before}" → "${inj.after}" in "${inj.text.slice(Math.max(0, inj.start - 60), inj.end + 40).replace(/\n/g, ' / ')}"`);
      row.falseOnInjected += fresh.length - hit.length;
    }
  }
  row.perThousand = (row.flags / Math.max(1, row.words)) * 1000;
  const silver = silverRecall(checker, pair, src);
  if (silver) row.silver = silver;
  return row;
}

/** A reference line mostly in the original's script (not Latin): left untranslated. */
function untranslatedLine(line: string, lang: string): boolean {
  if (!['ru', 'uk', 'he', 'ja', 'zh'].includes(lang)) return false;
  const letters = line.match(/\p{L}/gu) ?? [];
  const latin = letters.filter((c) => /\p{Script=Latin}/u.test(c)).length;
  return letters.length > 0 && latin < letters.length / 2;
}

const errorsByPair = new Map<string, Set<string>>();
/** "line\ttext" of the errors reference-errors.tsv lists in a pair's refA. */
function knownErrors(pair: string): Set<string> {
  let set = errorsByPair.get(pair);
  if (!set) {
    const file = join(HERE, 'reference-errors.tsv');
    const rows = existsSync(file) ? readFileSync(file, 'utf8').split('\n').slice(1).map((l) => l.split('\t')) : [];
    set = new Set(rows.filter((c) => c[0] === pair && c[1] === 'refA').map((c) => `${c[2]}\t${c[4]}`));
    errorsByPair.set(pair, set);
  }
  return set;
}

/**
 * Garbled names of the silver set that a source/ finding covers in the system's output, with the
 * original; and names judged right ("ok") that one covers: false flags on machine translation.
 */
function silverRecall(checker: Checker, pair: string, src: string[]): SourceRow['silver'] {
  if (!existsSync(SILVER)) return undefined;
  const rows = readFileSync(SILVER, 'utf8').split('\n').slice(1).map((l) => l.split('\t')).filter((c) => c[0] === pair);
  const outputs = new Map<string, string[]>();
  let caught = 0, garbled = 0, ok = 0, okFlagged = 0;
  for (const [, lineNo, system, offset, span, , verdict] of rows) {
    if (verdict !== 'garbled' && verdict !== 'ok') continue;
    const out = outputs.get(system as string) ?? lines(pair, system as string);
    outputs.set(system as string, out);
    const line = Number(lineNo) - 1;
    const first = line - (line % DOC_LINES);
    const doc = out.slice(first, first + DOC_LINES);
    const at = doc.slice(0, line - first).reduce((n, l) => n + l.length + 1, 0) + Number(offset);
    const found = checker.check(doc.join('\n'), { source: src.slice(first, first + DOC_LINES).join('\n'), sourceLang: pair.split('-')[0] as string }).findings;
    const covering = found.filter((f) => overlaps(f, at, at + (span as string).length));
    if (verdict === 'garbled') {
      garbled++;
      if (covering.length > 0) caught++;
      else if (process.env.SOURCE_MISSES) console.log(`miss ${pair} silver: "${span}" (${system}, line ${lineNo})`);
    } else {
      ok++;
      // a right name is wrongly flagged by a finding on the word itself: a sentence-wide one
      // (source/missing) says nothing about its spelling
      if (covering.some((f) => f.text.length <= (span as string).length + 20)) {
        okFlagged++;
        if (process.env.SOURCE_MISSES) console.log(`flagged ${pair} right name: "${span}" (${system}, line ${lineNo})`);
      }
    }
  }
  return { garbled, caught, ok, okFlagged };
}

export function formatSourceRows(rows: readonly SourceRow[]): string {
  const pct = (a: number, b: number) => (b === 0 ? '—' : `${((a / b) * 100).toFixed(0)}% (${a}/${b})`);
  const head = ['pair', 'flags/1k words', ...KINDS, 'precision', 'silver names', 'right names flagged'];
  const body = rows.map((r) => {
    const caught = KINDS.reduce((n, k) => n + r.injected[k].caught, 0);
    return [
      r.pair,
      `${r.perThousand.toFixed(2)} (${r.flags}/${r.words}${r.trueFlags ? `, +${r.trueFlags} true` : ''})`,
      ...KINDS.map((k) => pct(r.injected[k].caught, r.injected[k].tried)),
      pct(caught, caught + r.falseOnInjected),
      r.silver ? pct(r.silver.caught, r.silver.garbled) : '—',
      r.silver ? pct(r.silver.okFlagged, r.silver.ok) : '—',
    ];
  });
  const all = rows.reduce((a, r) => ({ flags: a.flags + r.flags, words: a.words + r.words }), { flags: 0, words: 0 });
  const tried = KINDS.map((k) => rows.reduce((n, r) => n + r.injected[k].tried, 0));
  const caughtBy = KINDS.map((k) => rows.reduce((n, r) => n + r.injected[k].caught, 0));
  const caught = caughtBy.reduce((a, b) => a + b, 0);
  const falses = rows.reduce((n, r) => n + r.falseOnInjected, 0);
  const silverAll = rows.reduce(
    (a, r) => ({ g: a.g + (r.silver?.garbled ?? 0), c: a.c + (r.silver?.caught ?? 0), ok: a.ok + (r.silver?.ok ?? 0), f: a.f + (r.silver?.okFlagged ?? 0) }),
    { g: 0, c: 0, ok: 0, f: 0 },
  );
  body.push([
    'all',
    `${((all.flags / all.words) * 1000).toFixed(2)} (${all.flags}/${all.words})`,
    ...KINDS.map((_k, i) => pct(caughtBy[i] as number, tried[i] as number)),
    pct(caught, caught + falses),
    pct(silverAll.c, silverAll.g),
    pct(silverAll.f, silverAll.ok),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] as string).length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] as number)).join(' | ')} |`;
  const recall = caught / Math.max(1, tried.reduce((a, b) => a + b, 0));
  return [
    'Source checks (--source) on WMT23 references with their originals; errors injected into the references:',
    line(head),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...body.map(line),
    `injected errors: recall ${(recall * 100).toFixed(1)}%, precision ${((caught / Math.max(1, caught + falses)) * 100).toFixed(1)}%`,
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (!hasSourceData()) console.log(`source checks: ${WMT} not found, skipped`);
  else console.log(formatSourceRows(sourceRows(process.argv[2] ? process.argv[2].split(',') : SOURCE_PAIRS)));
}

/** For `npm run quality`: the source-check table, or a line saying the data are absent. */
export function printSource(): void {
  console.log(hasSourceData() ? `\n${formatSourceRows(sourceRows())}` : `\nsource checks: ${WMT} not found, skipped`);
}
