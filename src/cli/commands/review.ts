import { statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { Command, Option } from 'commander';
import { ConfigError } from '../../config/index.js';
import { unifiedDiff } from '../../fix/diff.js';
import { patchPath, workTreeRoot } from '../../reports/shared/paths.js';
import { GlossaryError } from '../../glossary/errors.js';
import { InputError } from '../../inputs/errors.js';
import { printable } from '../../reports/shared/text.js';
import type { InputFormatName } from '../../inputs/index.js';
import { lineReader } from '../../review/lines.js';
import { colorDiff, notOfferedNote, overlapNote, questionText, renderItem, replacementPrompt, REVIEW_HELP, summaryLine } from '../../review/render.js';
import { countDecisions, planEdits, reviewItems, runSession, type ReviewUi } from '../../review/session.js';
import { CliError } from '../errors.js';
import { INPUT_FORMAT_NAMES } from '../../inputs/names.js';
import type { Io } from '../io.js';
import { cliOptions, collectList, fileArg, fileArgs, confidence, count, date, type CheckOptionFlags } from '../options.js';
import { FileError, oneLine } from '../../io/errors.js';
import { DEFAULT_MAX_FILE_BYTES, readBytes, unopened } from '../../io/read.js';
import { UNDECODABLE } from '../../io/names.js';
import { escapingNote, Pipeline } from '../../pipeline/index.js';
import { writeFileAtomic } from '../../io/write.js';


interface ReviewFlags extends CheckOptionFlags {
  config?: string;
  inputFormat?: InputFormatName;
  dryRun?: boolean;
  maxFileSize: number;
  color?: boolean;
}

/** `translint review <file>`: decide each suggestion in the terminal, like `git add -p`. */
export function reviewCommand(io: Io): Command {
  return new Command('review')
    .description('walk through the suggestions for a file one at a time and write the ones you accept (like git add -p)')
    .argument('<file>', 'the file to review; the accepted changes are written back into it')
    .option('-c, --config <file>', 'use this configuration file instead of looking for one', fileArg(io.cwd, '--config'))
    .option('-g, --glossary <file>', 'glossary file (.yaml, .yml, .json, .csv, .tbx); repeatable', fileArgs(io.cwd, '--glossary'), [])
    .option('--no-default-glossary', 'do not use the bundled news glossary')
    .addOption(new Option('--input-format <name>', 'read the file in this format instead of choosing by extension').choices(INPUT_FORMAT_NAMES))
    .option('--min-confidence <n>', 'leave out findings below this confidence (0..1)', confidence)
    .option('--rules <ids>', 'run only these rules (ids, or prefixes such as glossary/; comma-separated, repeatable), even if the configuration turns them off', collectList)
    .addOption(new Option('--source-lang <lang>', 'language the text was translated from').choices(['de', 'fr', 'es']))
    .option('--date <yyyy-mm-dd>', 'the story date, for office holders', date)
    .option('--dry-run', 'print the diff of the accepted changes without writing the file')
    .option('--max-file-size <bytes>', 'refuse larger files', count, DEFAULT_MAX_FILE_BYTES)
    .option('--no-color', 'no colours (also NO_COLOR=1)')
    .addHelpText('after', `\nAnswers:\n${REVIEW_HELP.trimEnd().replace(/^/gm, '  ')}\n\nExamples:\n  translint review --source-lang de story.txt\n  printf 'y\\nn\\n' | translint review --dry-run story.txt`)
    .action(async (file: string, flags: ReviewFlags, command: Command) => {
      const given = new Set(command.options.map((o) => o.attributeName()).filter((k) => command.getOptionValueSource(k) === 'cli'));
      io.exitCode = await runReview(file, flags, io, given);
    });
}

/** Reads and checks the file, asks about each suggestion, then writes (or with --dry-run only shows) the result. */
export async function runReview(path: string, flags: ReviewFlags, io: Io, given: ReadonlySet<string>): Promise<number> {
  if (path === '-') throw new CliError('review needs a file: it writes the accepted changes back, and reads the answers from stdin');
  const color = flags.color !== false && io.color;
  const warn = (m: string) => io.stderr(`translint: warning: ${oneLine(m)}\n`);
  const pipeline = guard(() => new Pipeline({ cwd: io.cwd, ...(flags.config !== undefined ? { config: flags.config } : {}), options: cliOptions(flags, given), maxBytes: flags.maxFileSize, onWarning: warn }));
  const resolved = guard(() => pipeline.resolve(path));
  if (resolved.ignored) {
    warn(`${path}: ignored by ${resolved.configPath ? relative(io.cwd, resolved.configPath) : 'the configuration'} (ignore)`);
    return 0;
  }
  guard(() => pipeline.checker(resolved.options));
  const file = resolve(io.cwd, path);
  // the time of the version we read: the write is refused if the file changes while the editor decides
  const mtimeMs = statOrThrow(file, path);
  const checked = await guardAsync(() => pipeline.check({ path, bytes: readBytes(path, io.cwd, flags.maxFileSize), ...(flags.inputFormat ? { format: flags.inputFormat } : {}) }));
  for (const w of checked.warnings) warn(w);
  // the accepted changes are written in UTF-8 only, the encoding they were made in: a windows-1252 page
  // written back in UTF-8 would be read as mojibake under its own <meta charset>
  if (checked.encoding !== 'utf-8') throw new CliError(`${path}: review writes UTF-8 only; this file is ${checked.encoding} (convert it first)`);
  const { source: text, bom, format } = checked;
  const items = reviewItems(checked.findings);
  // (a suggestion over markup is no edit: the reviewer is told of it, not asked)
  for (const f of checked.findings) if (f.editable === false && f.suggestions.length > 0) io.stdout(notOfferedNote(path, f));
  if (items.length === 0) {
    io.stdout(`${oneLine(path)}: no suggestions to review\n`);
    return 0;
  }

  const lines = lineReader(io.stdin);
  const echo = !(io.stdin as { isTTY?: boolean }).isTTY;
  const read = async (prompt: string) => {
    io.stdout(prompt);
    const line = await lines.next();
    // a piped answer is not echoed by a terminal; writing it keeps the transcript readable
    if (echo) io.stdout(line === undefined ? '\n' : `${line}\n`);
    return line;
  };
  const ui: ReviewUi = {
    show: (item) => io.stdout(renderItem(path, text, item, color)),
    ask: (index, total) => read(questionText(index, total)),
    askReplacement: (item) => read(replacementPrompt(item)),
    help: () => io.stdout(REVIEW_HELP),
    overlap: (item, earlier) => io.stdout(overlapNote(item, earlier)),
    refused: (reason) => io.stdout(`${reason}\n`),
  };
  const refuse = (t: string) => {
    const note = escapingNote(format, t);
    return note === undefined ? undefined : `${note}; edit or reject it`;
  };
  let session;
  try {
    session = await runSession(items, ui, { refuse });
  } finally {
    lines.close();
  }

  const plan = planEdits(text, items, session.decisions);
  for (const item of plan.notApplied) io.stdout(`note: not applied: "${printable(item.finding.text)}" at ${item.finding.range.start.line}:${item.finding.range.start.column} overlaps another change\n`);
  const diff = unifiedDiff(patchPath(path, io.cwd, workTreeRoot(io.cwd)).name, text, plan.output);
  io.stdout(diff === '' ? '\nNo changes.\n' : `\n${colorDiff(diff, color)}`);
  if (diff !== '') {
    if (flags.dryRun) io.stdout(`${oneLine(path)}: not written (--dry-run)\n`);
    else {
      try {
        writeFileAtomic(file, (bom ? '\ufeff' : '') + plan.output, mtimeMs);
      } catch (e) {
        if (e instanceof CliError) throw new CliError(`${e.message} (the diff above holds the accepted changes)`);
        throw e;
      }
      io.stdout(`${oneLine(path)}: written\n`);
    }
  }
  io.stdout(`${summaryLine(countDecisions(session.decisions))}\n`);
  return 0;
}

function statOrThrow(file: string, path: string): number {
  try {
    return statSync(file).mtimeMs;
  } catch (e) {
    const { name, reason } = unopened(path, e, UNDECODABLE);
    throw new CliError(`${name}: ${reason}`);
  }
}

/** Library errors about the user's input become one-line CLI errors with exit code 2, as in `check`. */
function guard<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    throw asCliError(e);
  }
}

async function guardAsync<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    throw asCliError(e);
  }
}

function asCliError(e: unknown): unknown {
  if (e instanceof FileError && e.code === 'binary') return new CliError(`${e.message}; nothing to review`);
  if (e instanceof GlossaryError || e instanceof ConfigError || e instanceof InputError || e instanceof RangeError || e instanceof FileError) return new CliError(e.message);
  return e;
}
