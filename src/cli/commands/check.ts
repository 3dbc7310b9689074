import { statSync } from 'node:fs';
import { join } from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import { createChecker, type Checker } from '../../engine/checker.js';
import { GlossaryError } from '../../glossary/errors.js';
import { unifiedDiff } from '../../fix/diff.js';
import { fixText } from '../../fix/fixpoint.js';
import { reporters, type FormatName } from '../../reports/index.js';
import type { FileResult } from '../../reports/types.js';
import { coloredWordDiff } from '../../reports/word-diff.js';
import { CliError } from '../errors.js';
import { expandPaths } from '../files.js';
import type { Io } from '../io.js';
import { readInput, readStdin } from '../read.js';
import { writeFileAtomic } from '../write.js';

interface CheckFlags {
  glossary: string[];
  defaultGlossary: boolean;
  format: FormatName;
  minConfidence: number;
  quiet?: boolean;
  diff?: boolean;
  fix?: boolean;
  rules?: string[];
  sourceLang?: 'de' | 'fr' | 'es';
  date?: string;
  maxFileSize: number;
  color?: boolean;
}

const DEFAULT_MAX_FILE_SIZE = 64 * 1024 * 1024;

export function checkCommand(io: Io): Command {
  return new Command('check')
    .description('check files, directories or stdin (-) for likely mistranslations')
    .argument('<paths...>', 'files, directories (searched for .txt and .md) or - for stdin')
    .option('-g, --glossary <file>', 'glossary file (.yaml, .json, .csv); repeatable', collect, [])
    .option('--no-default-glossary', 'do not use the bundled news glossary')
    .addOption(new Option('-f, --format <name>', 'output format').choices(Object.keys(reporters)).default('stylish'))
    .option('--min-confidence <n>', 'leave out findings below this confidence (0..1)', confidence, 0)
    .option('-q, --quiet', 'report errors only')
    .option('--diff', 'print the suggested corrections as a unified diff (a coloured word view on a terminal)')
    .option('--fix', 'write the safe fixes to the files (atomically; only files that change)')
    .option('--rules <ids>', 'run only these rules (comma-separated ids, or prefixes such as glossary/)', list)
    .addOption(new Option('--source-lang <lang>', 'language the text was translated from').choices(['de', 'fr', 'es']))
    .option('--date <yyyy-mm-dd>', 'the story date, for office holders', date)
    .option('--max-file-size <bytes>', 'refuse larger files', positiveInt, DEFAULT_MAX_FILE_SIZE)
    .option('--no-color', 'no colours (also NO_COLOR=1)')
    .addHelpText('after', '\nExamples:\n  translint check story.txt\n  translint check --diff docs/ > fixes.patch\n  cat story.txt | translint check --format json -')
    .action(async (paths: string[], flags: CheckFlags) => {
      io.exitCode = await runCheck(paths, flags, io);
    });
}

async function runCheck(paths: string[], flags: CheckFlags, io: Io): Promise<number> {
  const checker = makeChecker(flags);
  for (const g of checker.glossaries) for (const w of g.warnings) io.stderr(`translint: warning: ${w}\n`);
  const files = expandPaths(paths, io.cwd, (m) => io.stderr(`translint: warning: ${m}\n`));
  const color = flags.color !== false && io.color;
  const results: FileResult[] = [];
  const diffs: string[] = [];
  for (const path of files) {
    const input = path === '-' ? await readStdin(io.stdin, flags.maxFileSize) : readInput(path, io.cwd, flags.maxFileSize);
    const shown = path === '-' ? '<stdin>' : path;
    if (input === 'binary') {
      io.stderr(`translint: warning: ${shown}: binary file skipped\n`);
      continue;
    }
    const mtimeMs = path === '-' ? undefined : statSync(join(io.cwd, path)).mtimeMs;
    const bom = input.text.charCodeAt(0) === 0xfeff;
    const text = bom ? input.text.slice(1) : input.text;
    const checked = checker.check(text, { path: shown });
    let result: FileResult = { path: shown, findings: checked.findings, dropped: checked.dropped, source: text };
    if (flags.fix) {
      const fixed = fixText(checker, text, {}, checked);
      result = { path: shown, findings: fixed.remaining.findings, dropped: fixed.remaining.dropped, source: fixed.output, fixed: fixed.output };
      if (fixed.output !== text) {
        if (path === '-') io.stdout(fixed.output);
        else writeFileAtomic(join(io.cwd, path), (bom ? '\ufeff' : '') + fixed.output, mtimeMs);
      }
    }
    if (flags.diff) {
      const suggested = fixText(checker, text, { suggestions: true }, checked).output;
      diffs.push(io.color && flags.color !== false ? coloredWordDiff(shown, text, suggested, color) : unifiedDiff(shown, text, suggested));
    }
    results.push(flags.quiet ? { ...result, findings: result.findings.filter((f) => f.severity === 'error') } : result);
  }
  if (flags.diff) io.stdout(diffs.join(''));
  else if (!(flags.fix && paths.includes('-'))) io.stdout(reporters[flags.format](results, { color }));
  return results.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

function makeChecker(flags: CheckFlags): Checker {
  try {
    return createChecker({
      glossaries: flags.glossary,
      defaultGlossary: flags.defaultGlossary,
      minConfidence: flags.minConfidence,
      ...(flags.rules ? { rules: flags.rules } : {}),
      ...(flags.sourceLang ? { sourceLang: flags.sourceLang } : {}),
      ...(flags.date ? { date: flags.date } : {}),
    });
  } catch (e) {
    if (e instanceof GlossaryError || e instanceof RangeError) throw new CliError(e.message);
    throw e;
  }
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function list(value: string): string[] {
  return value.split(',').map((s) => s.trim()).filter(Boolean);
}

function confidence(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1) throw new InvalidArgumentError('must be a number from 0 to 1');
  return n;
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('must be a whole number of bytes');
  return n;
}

function date(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) throw new InvalidArgumentError('must be a date written YYYY-MM-DD');
  return value;
}
