/**
 * `npm run quality`: runs translint over the labelled quality corpus and prints
 * recall, precision, suggestion accuracy and false flags per 1,000 words of clean
 * prose, per rule and overall, then every missed item and every false flag.
 *
 *   npm run quality                       # table + lists
 *   npm run quality -- --summary          # table only
 *   npm run quality -- --json             # machine-readable report
 *   npm run quality -- --min-confidence 0.7 --rules glossary,calque
 *   npm run quality -- --own | --real      # only the own passages / only the real data
 *                                          #   (tests/quality/real, read from ../shared/data)
 *   npm run quality -- --real --ref-b      # also count flags on the second he-en reference
 */
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { CATEGORIES, type LocatedFinding, type Metrics, type QualityReport } from './score.ts';
import { QUALITY_DIR, runCorpus, type CheckerFactory, type RunOptions } from './corpus.ts';
import { num, pct, table } from './real/format.ts';
import { hasRealData, runReal, type CheckerFactory as RealCheckerFactory, type RealReport } from './real/real.ts';
import { printHeadline, printReal } from './real/report.ts';

interface Args extends RunOptions {
  json: boolean;
  summary: boolean;
  maxList: number;
  own: boolean;
  real: boolean;
  refB: boolean;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { json: false, summary: false, maxList: Infinity, own: false, real: false, refB: false };
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
    else if (a === '--own') args.own = true;
    else if (a === '--real') args.real = true;
    else if (a === '--ref-b') args.refB = true;
    else if (a === '--help' || a === '-h') {
      console.log('usage: npm run quality -- [--json] [--summary] [--min-confidence N] [--rules a,b] [--max-list N] [--own | --real] [--ref-b]');
      process.exit(0);
    } else throw new Error(`unknown argument ${a}`);
  }
  if (!args.own && !args.real) args.own = args.real = true;
  return args;
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
  const own = args.own ? (await runCorpus(createChecker, args)).report : null;
  const real: RealReport | null = args.real ? runReal(createChecker as unknown as RealCheckerFactory, { refB: args.refB }) : null;
  if (args.json) {
    const { items: _items, ...rest } = own ?? ({ items: [] } as unknown as QualityReport);
    console.log(JSON.stringify(own ? (real ? { ...rest, real } : rest) : { real }, null, 2));
    return;
  }
  if (own) printReport(own, args);
  if (real) {
    if (own && hasRealData()) printHeadline(own, real);
    printReal(real, args);
  }
  if (args.real && !args.json) (await import('./real/source.ts')).printSource();
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : err);
  process.exit(1);
});
