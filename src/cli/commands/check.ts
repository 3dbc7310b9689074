import { Command, InvalidArgumentError, Option } from 'commander';
import { reporters } from '../../reports/index.js';
import { runCheck, type CheckFlags } from '../check-files.js';
import { INPUT_FORMAT_NAMES } from '../../inputs/names.js';
import { DEFAULT_MAX_FILE_BYTES } from '../../io/read.js';
import type { Io } from '../io.js';
import { collectList, date, fileArg, fileArgs, folderArg } from '../options.js';
import { SOURCE_LANGS } from '../../source/lang-data.js';


export function checkCommand(io: Io): Command {
  return new Command('check')
    .description('check files, directories or stdin (-) for likely mistranslations')
    .argument('[paths...]', 'files, directories (searched for known extensions) or - for stdin (the default when stdin is piped)')
    .option('-c, --config <file>', 'use this configuration file instead of looking for one', fileArg(io.cwd, '--config'))
    .option('-g, --glossary <file>', 'glossary file (.yaml, .yml, .json, .csv, .tbx); repeatable', fileArgs(io.cwd, '--glossary'), [])
    .option('--no-default-glossary', 'do not use the bundled news glossary')
    .addOption(new Option('-f, --format <name>', 'output format').choices(Object.keys(reporters)).default('stylish'))
    .addOption(new Option('--input-format <name>', 'read every input in this format instead of choosing by extension').choices(INPUT_FORMAT_NAMES))
    .option('-o, --output-file <file>', 'write the report to a file instead of stdout ("-": stdout)')
    .option('--min-confidence <n>', 'leave out findings below this confidence (0..1)', confidence)
    .option('-q, --quiet', 'report and fix errors only (hidden warnings still count for --max-warnings)')
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', count)
    .option('--ndjson', 'read one JSON record per line ({id, text, sourceLang?, format?}) and write one JSON result per line')
    .option('--diff', 'print the suggested corrections as a unified diff (a coloured word view on a terminal)')
    .option('--fix', 'write the safe fixes to the files (atomically; only files that change)')
    .option('--rules <ids>', 'run only these rules (ids, or prefixes such as glossary/; comma-separated, repeatable), even if the configuration turns them off', collectList)
    .addOption(new Option('--source-lang <lang>', 'language the text was translated from').choices(['de', 'fr', 'es', ...SOURCE_LANGS.filter((l) => !['de', 'fr', 'es'].includes(l))]))
    .option('--source <file>', 'the original the (one) checked text was translated from: names and numbers are compared with it', fileArg(io.cwd, '--source'))
    .option('--source-dir <dir>', 'originals of the checked files, paired by name (story.en.txt with DIR/story.de.txt or DIR/story.en.txt)', folderArg(io.cwd, '--source-dir'))
    .option('--date <yyyy-mm-dd>', 'the story date, for office holders', date)
    .option('--baseline <file>', 'report only findings that are not in this baseline', fileArg(io.cwd, '--baseline'))
    .option('--baseline-create <file>', 'write the current findings to a baseline file and exit 0 (nothing when an input cannot be checked: exit 2)')
    .option('--max-file-size <bytes>', 'refuse larger files', count, DEFAULT_MAX_FILE_BYTES)
    .option('-j, --jobs <n>', 'check files on n threads (at most one per core), or "auto" (one per core, up to 4)', jobs, 1)
    .option('--max-time <ms>', 'with --ndjson: time one record may take before it gets an error line', count)
    .option('--max-memory <mb>', 'with --ndjson: heap one checking thread may use before its record gets an error line', count)
    .option('--no-color', 'no colours (also NO_COLOR=1)')
    .option('--no-progress', 'no progress bar (it is shown only on a terminal, outside CI, for 2+ files)')
    .addHelpText(
      'after',
      '\nExamples:\n  translint check story.txt\n  translint check --diff docs/ > fixes.patch\n  cat story.txt | translint check --format json -\n  translint check --ndjson --fix - < wire.ndjson > checked.ndjson\n' +
        '  translint check --baseline-create .translint-baseline.json docs/\n  translint check --baseline .translint-baseline.json docs/',
    )
    .action(async (paths: string[], flags: CheckFlags, command: Command) => {
      if (paths.length === 0 && (io.stdin as { isTTY?: boolean }).isTTY) {
        // nothing named and nothing piped: as grep does, say how to use it instead of waiting for a terminal
        io.stderr(command.helpInformation());
        io.stderr('translint: give files or directories to check, or pipe a text to stdin\n');
        io.exitCode = 2;
        return;
      }
      // "-o -" is stdout, as "-" is stdin among the inputs (it wrote a file named "-")
      if (flags.outputFile === '-') delete flags.outputFile;
      const given = new Set(command.options.map((o) => o.attributeName()).filter((k) => command.getOptionValueSource(k) === 'cli'));
      io.exitCode = await runCheck(paths, flags, io, given);
    });
}

function confidence(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1) throw new InvalidArgumentError('must be a number from 0 to 1');
  return n;
}

function count(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isInteger(n) || n < 0) throw new InvalidArgumentError('must be a whole number');
  return n;
}

function jobs(value: string): number | 'auto' {
  if (value === 'auto') return value;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new InvalidArgumentError('must be "auto" or a whole number from 1 to 64');
  return n;
}

