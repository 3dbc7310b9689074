/**
 * `npm run conformance`: reads every file of the third-party conformance corpora
 * (../shared/data/conformance, see its README) and checks that translint reads each format as its
 * specification and test suites say: no crash, no time-out, every range inside the file and equal to
 * the finding's text, no finding in markup, codes, attributes or source text (tests/conformance/oracle.ts),
 * the corpus's valid files read and its invalid ones refused with a one-line error (exit 2 from the
 * real binary, checked on a few refused files per corpus). Prints a table per corpus.
 *
 *   npm run conformance                        # every input, table + problems
 *   npm run conformance -- --sample 40         # at most 40 inputs per corpus, evenly spread
 *   npm run conformance -- --corpus po --json  # one corpus, machine-readable
 *   options: --data DIR, --timeout MS (10000 a file), --jobs N (2), --no-cli (skip the exit-code check)
 *
 * Exits 1 when any input crashed, timed out, gave a bad range or a finding in markup, or when a file
 * the corpus calls valid was refused.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { DEFAULT_DATA, listInputs, type Input } from './corpora.ts';
import type { InputResult } from './worker.ts';

interface Args {
  data: string;
  corpora: string[];
  sample: number;
  timeout: number;
  jobs: number;
  json: boolean;
  cli: boolean;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { data: DEFAULT_DATA, corpora: [], sample: Infinity, timeout: 10_000, jobs: 2, json: false, cli: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--data') args.data = resolve(value());
    else if (a === '--corpus') args.corpora.push(value());
    else if (a === '--sample') args.sample = Number(value());
    else if (a === '--timeout') args.timeout = Number(value());
    else if (a === '--jobs') args.jobs = Math.max(1, Number(value()));
    else if (a === '--json') args.json = true;
    else if (a === '--no-cli') args.cli = false;
    else throw new Error(`unknown option ${a}`);
  }
  return args;
}

/** At most `n` inputs of each corpus, evenly spread over its (sorted) list so every folder is visited. */
export function sample(inputs: readonly Input[], n: number): Input[] {
  if (!Number.isFinite(n)) return [...inputs];
  const byCorpus = new Map<string, Input[]>();
  for (const i of inputs) byCorpus.set(i.corpus, [...(byCorpus.get(i.corpus) ?? []), i]);
  const out: Input[] = [];
  for (const list of byCorpus.values()) {
    if (list.length <= n) out.push(...list);
    else for (let k = 0; k < n; k++) out.push(list[Math.floor((k * list.length) / n)] as Input);
  }
  return out;
}

const WORKER = new URL('./worker-entry.mjs', import.meta.url);

/** Runs the inputs on `jobs` workers; an input over `timeout` ms has its worker terminated and replaced. */
async function runAll(inputs: readonly Input[], jobs: number, timeout: number): Promise<InputResult[]> {
  const results: InputResult[] = [];
  let next = 0;
  const lane = async () => {
    let worker: Worker | undefined;
    while (next < inputs.length) {
      const input = inputs[next++] as Input;
      if (!worker) {
        const started = new Worker(WORKER);
        await new Promise<void>((ready, failed) => {
          started.once('message', () => ready());
          started.once('error', failed);
        });
        started.removeAllListeners('message');
        started.removeAllListeners('error');
        worker = started;
      }
      const w: Worker = worker;
      const result = await new Promise<InputResult>((done) => {
        const timer = setTimeout(() => {
          void w.terminate();
          worker = undefined;
          done(empty(input, 'timeout', `over ${timeout} ms`));
        }, timeout);
        w.once('message', (r: InputResult) => {
          clearTimeout(timer);
          done(r);
        });
        w.once('error', (err) => {
          clearTimeout(timer);
          worker = undefined;
          done(empty(input, 'crash', String(err)));
        });
        w.postMessage(input);
      });
      w.removeAllListeners('message');
      w.removeAllListeners('error');
      results.push(result);
    }
    await worker?.terminate();
  };
  await Promise.all(Array.from({ length: jobs }, lane));
  return results;
}

function empty(input: Input, status: InputResult['status'], error: string): InputResult {
  return { corpus: input.corpus, name: input.name, label: input.label, status, error, ms: 0, words: 0, findings: 0, fuzzy: 0, byRule: {}, badRanges: 0, inMarkup: [], inMarkupCount: 0 };
}

export interface CorpusRow {
  corpus: string;
  inputs: number;
  read: number;
  refused: number;
  /** Files the corpus calls valid that were refused. */
  validRefused: number;
  /** Files the corpus calls invalid that were read. */
  invalidRead: number;
  /** `.xml` files whose root element is no known format (fragments such as `<groupSet>`): read as plain text, as the CLI reads them after a warning, so markup is not told apart. */
  asText: number;
  crashes: number;
  timeouts: number;
  badRanges: number;
  inMarkup: number;
  words: number;
  findings: number;
  /** Entries the files mark fuzzy (reported as info, not counted as flags). */
  fuzzy: number;
  perThousand: number;
  topRules: [string, number][];
}

export function summarise(results: readonly InputResult[]): CorpusRow[] {
  const rows = new Map<string, CorpusRow>();
  const rules = new Map<string, Map<string, number>>();
  for (const r of results) {
    let row = rows.get(r.corpus);
    if (!row) {
      row = { corpus: r.corpus, inputs: 0, read: 0, refused: 0, validRefused: 0, invalidRead: 0, asText: 0, crashes: 0, timeouts: 0, badRanges: 0, inMarkup: 0, words: 0, findings: 0, fuzzy: 0, perThousand: 0, topRules: [] };
      rows.set(r.corpus, row);
      rules.set(r.corpus, new Map());
    }
    row.inputs++;
    if (r.status === 'read') row.read++;
    if (r.status === 'refused') row.refused++;
    if (r.status === 'refused' && r.label === 'valid') row.validRefused++;
    if (r.status === 'read' && r.label === 'invalid') row.invalidRead++;
    if (r.status === 'read' && r.format === 'text' && /\.xml$/i.test(r.name)) row.asText++;
    if (r.status === 'crash') row.crashes++;
    if (r.status === 'timeout') row.timeouts++;
    row.badRanges += r.badRanges;
    row.inMarkup += r.inMarkupCount;
    row.words += r.words;
    row.findings += r.findings;
    row.fuzzy += r.fuzzy;
    const m = rules.get(r.corpus) as Map<string, number>;
    for (const [id, n] of Object.entries(r.byRule)) m.set(id, (m.get(id) ?? 0) + n);
  }
  for (const row of rows.values()) {
    row.perThousand = row.words > 0 ? Math.round((row.findings * 10_000) / row.words) / 10 : 0;
    row.topRules = [...(rules.get(row.corpus) as Map<string, number>)].sort((a, b) => b[1] - a[1]).slice(0, 3);
  }
  return [...rows.values()];
}

function table(rows: readonly CorpusRow[]): string {
  const head = ['corpus', 'inputs', 'read', 'refused', 'valid refused', 'invalid read', 'xml as text', 'crashes', 'time-outs', 'bad ranges', 'in markup', 'words', 'flags/1k words', 'fuzzy', 'top rules'];
  const body = rows.map((r) => [
    r.corpus, r.inputs, r.read, r.refused, r.validRefused, r.invalidRead, r.asText, r.crashes, r.timeouts, r.badRanges, r.inMarkup, r.words, r.perThousand, r.fuzzy,
    r.topRules.map(([id, n]) => `${id} ${n}`).join(', '),
  ].map(String));
  const lines = [head, head.map((h) => '-'.repeat(Math.min(h.length, 3))), ...body].map((cells) => `| ${cells.join(' | ')} |`);
  return lines.join('\n');
}

/** Runs the real binary on a few refused files per corpus: each must exit 2 with one line naming the file. */
function checkExitCodes(results: readonly InputResult[], data: string, perCorpus = 3): string[] {
  const bin = fileURLToPath(new URL('../../bin/translint.js', import.meta.url));
  const problems: string[] = [];
  const seen = new Map<string, number>();
  for (const r of results) {
    if (r.status !== 'refused' || r.name.includes('#')) continue;
    const n = seen.get(r.corpus) ?? 0;
    if (n >= perCorpus) continue;
    seen.set(r.corpus, n + 1);
    const file = resolve(data, r.corpus, r.name);
    const run = spawnSync(process.execPath, [bin, 'check', '--no-color', file], { encoding: 'utf8', timeout: 60_000 });
    const lines = run.stderr.trim().split('\n').filter((l) => l.trim() !== '');
    const named = lines.some((l) => l.includes(r.name.split('/').pop() as string));
    if (run.status !== 2 || !named) problems.push(`${r.corpus}/${r.name}: exit ${run.status}, stderr ${JSON.stringify(run.stderr.trim().slice(0, 200))}`);
  }
  return problems;
}

export interface Report {
  rows: CorpusRow[];
  problems: string[];
  refusals: string[];
  invalidRead: string[];
  cliProblems: string[];
  sampled: boolean;
}

export async function conformance(args: Args): Promise<Report> {
  const all = listInputs(args.data, args.corpora);
  const inputs = sample(all, args.sample);
  const results = await runAll(inputs, args.jobs, args.timeout);
  results.sort((a, b) => a.corpus.localeCompare(b.corpus) || a.name.localeCompare(b.name));
  const problems: string[] = [];
  const refusals: string[] = [];
  const invalidRead: string[] = [];
  const notes = new Map(inputs.map((i) => [`${i.corpus}/${i.name}`, i.note]));
  for (const r of results) {
    const where = `${r.corpus}/${r.name}`;
    const note = notes.get(where);
    if (r.status === 'crash' || r.status === 'timeout') problems.push(`${where}: ${r.status}: ${r.error}`);
    if (r.badRanges > 0) problems.push(`${where}: ${r.badRanges} finding(s) whose range does not slice to its text`);
    for (const m of r.inMarkup) problems.push(`${where}: ${m.ruleId} in markup at ${m.offset}: ${JSON.stringify(m.text)}`);
    if (r.status === 'refused') {
      refusals.push(`${r.label === 'valid' ? 'VALID ' : ''}${r.error}${note ? ` (filed as valid, but ${note})` : ''}`);
      if (r.label === 'valid') problems.push(`${where}: valid file refused: ${r.error}`);
      if (r.error && (r.error.includes('\n') || !r.error.includes(r.name.split('#')[0] as string))) problems.push(`${where}: refusal is not one line naming the file: ${JSON.stringify(r.error)}`);
    }
    if (r.status === 'read' && r.label === 'invalid') invalidRead.push(where);
  }
  const cliProblems = args.cli && existsSync(fileURLToPath(new URL('../../dist/bundle/main.js', import.meta.url))) ? checkExitCodes(results, args.data) : [];
  problems.push(...cliProblems);
  return { rows: summarise(results), problems, refusals, invalidRead, cliProblems, sampled: Number.isFinite(args.sample) };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (!existsSync(args.data)) {
    console.log(`no conformance data at ${args.data}: nothing to run`);
    return;
  }
  const report = await conformance(args);
  if (args.json) {
    console.log(JSON.stringify(report, null, 2));
  } else {
    console.log(table(report.rows));
    if (report.sampled) console.log(`\n(sampled: at most ${args.sample} inputs per corpus)`);
    console.log(`\nrefusals (${report.refusals.length}):`);
    for (const r of report.refusals.slice(0, 40)) console.log(`  ${r}`);
    if (report.refusals.length > 40) console.log(`  … ${report.refusals.length - 40} more`);
    console.log(`\ninvalid files read (${report.invalidRead.length}): the corpus calls them invalid by constraints translint does not check`);
    console.log(`\nproblems (${report.problems.length}):`);
    for (const p of report.problems.slice(0, 60)) console.log(`  ${p}`);
    if (report.problems.length > 60) console.log(`  … ${report.problems.length - 60} more`);
  }
  process.exitCode = report.problems.length > 0 ? 1 : 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
