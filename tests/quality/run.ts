/**
 * `npm run quality`: runs translint over the labelled quality corpus and prints
 * recall, precision, suggestion accuracy and false flags per 1,000 words of clean
 * prose, per rule and overall, then every missed item and every false flag.
 *
 *   npm run quality                       # table + lists
 *   npm run quality -- --summary          # table only
 *   npm run quality -- --json             # machine-readable report
 *   npm run quality -- --min-confidence 0.7 --rules glossary,calque
 */
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { CATEGORIES, type LocatedFinding, type Metrics, type QualityReport } from './score.ts';
import { QUALITY_DIR, runCorpus, type CheckerFactory, type RunOptions } from './corpus.ts';

interface Args extends RunOptions {
  json: boolean;
  summary: boolean;
  maxList: number;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { json: false, summary: false, maxList: Infinity };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--json') args.json = true;
    else if (a === '--summary') args.summary = true;
    else if (a === '--min-confidence') args.minConfidence = Number(value());
    else if (a === '--rules') args.rules = value().split(',').map((s) => s.trim()).filter(Boolean);
    else if (a === '--max-list') args.maxList = Number(value());
    else if (a === '--help' || a === '-h') {
      console.log('usage: npm run quality -- [--json] [--summary] [--min-confidence N] [--rules a,b] [--max-list N]');
      process.exit(0);
    } else throw new Error(`unknown argument ${a}`);
  }
  return args;
}

const pct = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(1)}%`);
const num = (x: number | null, digits = 2) => (x === null ? '—' : x.toFixed(digits));

function table(headers: string[], rows: string[][], rightAlignFrom = 1): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    '| ' +
    cells.map((c, i) => (i >= rightAlignFrom ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join(' | ') +
    ' |';
  const sep = '|' + widths.map((w, i) => (i >= rightAlignFrom ? '-'.repeat(w + 1) + ':' : '-'.repeat(w + 2))).join('|') + '|';
  return [line(headers), sep, ...rows.map(line)].join('\n');
}

function metricRow(name: string, m: Metrics): string[] {
  return [
    name,
    pct(m.recall),
    `${m.hits}/${m.catchable}`,
    pct(m.precision),
    `${m.truePositives}/${m.findings}`,
    pct(m.suggestionAccuracy),
    `${m.suggestionCorrect}/${m.suggestionChecked}`,
    num(m.falseFlagsPer1000),
    String(m.cleanFindings),
  ];
}

const show = (s: string) => JSON.stringify(s);

function locatedLine(f: LocatedFinding): string {
  const sugg = f.finding.suggestions?.[0]?.text;
  return `  ${f.file}:${f.line}:${f.column}  [${f.finding.ruleId}] ${show(f.text)}${sugg !== undefined ? ` => ${show(sugg)}` : ''}${
    f.finding.message ? `  (${f.finding.message})` : ''
  }`;
}

function printReport(report: QualityReport, args: Args): void {
  const { corpus, overall } = report;
  console.log(
    `translint quality: ${corpus.passages} passages (${corpus.passageWords} words, ${corpus.items} annotated items, ` +
      `${corpus.catchable} catchable); clean prose ${corpus.cleanWords} words over ${corpus.cleanDocuments} runs\n`,
  );
  const headers = ['rule', 'recall', 'hits', 'precision', 'TP/findings', 'sugg. acc.', 'right/checked', 'FF/1k words', 'clean FF'];
  const rows = Object.entries(report.rules).map(([id, m]) => metricRow(id, m));
  rows.push(metricRow('**overall**', overall));
  console.log(table(headers, rows));
  console.log(
    '\nrecall: hit catchable items / catchable items; per-rule recall counts the items attributed to that rule.' +
      '\nprecision: passage findings overlapping an annotated item / passage findings.' +
      '\nsugg. acc.: first suggestion right, among hit items with an expected correction.' +
      '\nFF/1k words: findings on clean Brown press prose per 1,000 words (checked once per source language).',
  );

  console.log('\nRecall by category\n');
  console.log(
    table(
      ['category', 'items', 'catchable', 'hit', 'recall'],
      CATEGORIES.map((c) => {
        const m = report.categories[c];
        return [c, String(m.items), String(m.catchable), String(m.hits), pct(m.recall)];
      }),
    ),
  );
  if (report.uncatchableHits) console.log(`\n(${report.uncatchableHits} items marked uncatchable were hit anyway; not counted in recall.)`);
  if (args.summary) return;

  const limit = <T>(list: T[]) => list.slice(0, args.maxList);
  const more = (list: unknown[]) => (list.length > args.maxList ? `  … ${list.length - args.maxList} more\n` : '');

  console.log(`\nMissed items (${report.missed.length})`);
  for (const it of limit(report.missed)) {
    console.log(
      `  ${it.file}:${it.line}:${it.column}  [${it.category}] ${show(it.text)}${it.expected ? ` => ${show(it.expected)}` : ''}`,
    );
  }
  process.stdout.write(more(report.missed));

  console.log(`\nWrong or missing suggestions (${report.wrongSuggestions.length})`);
  for (const w of limit(report.wrongSuggestions)) {
    console.log(
      `  ${w.item.file}:${w.item.line}:${w.item.column}  [${w.finding.ruleId}] ${show(w.item.text)}: expected ${show(w.item.expected)}, got ${
        w.got === null ? 'no suggestion' : show(w.got)
      }`,
    );
  }
  process.stdout.write(more(report.wrongSuggestions));

  console.log(`\nFalse flags on annotated passages (${report.passageFalseFlags.length})`);
  for (const f of limit(report.passageFalseFlags)) console.log(locatedLine(f));
  process.stdout.write(more(report.passageFalseFlags));

  console.log(`\nFalse flags on clean prose (${report.cleanFalseFlags.length})`);
  for (const f of limit(report.cleanFalseFlags)) console.log(locatedLine(f));
  process.stdout.write(more(report.cleanFalseFlags));
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  let createChecker: CheckerFactory;
  try {
    const mod = (await import(pathToFileURL(join(QUALITY_DIR, '..', '..', 'src', 'index.ts')).href)) as {
      createChecker?: CheckerFactory;
    };
    if (typeof mod.createChecker !== 'function') throw new Error('src/index.ts does not export createChecker');
    createChecker = mod.createChecker;
  } catch (err) {
    console.error(`quality: cannot load the translint API from src/index.ts: ${(err as Error).message}`);
    process.exit(2);
  }
  const { report } = await runCorpus(createChecker, args);
  if (args.json) {
    const { items: _items, ...rest } = report;
    console.log(JSON.stringify(rest, null, 2));
  } else {
    printReport(report, args);
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : err);
  process.exit(1);
});
