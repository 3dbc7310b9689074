import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import { ConfigError } from '../../config/errors.js';
import { GlossaryError } from '../../glossary/errors.js';
import { FileError, oneLine } from '../../io/errors.js';
import { DEFAULT_MAX_FILE_BYTES } from '../../io/read.js';
import { CheckPool } from '../../pipeline/pool.js';
import type { SourceLang } from '../../rules/types.js';
import { CliError } from '../errors.js';
import type { Io } from '../io.js';
import type { Renamed } from '../../watch/names.js';
import type { FileOutcome } from '../../watch/process.js';
import type { FolderWatch } from '../../watch/watcher.js';
import { cliOptions, fileArg, fileArgs } from '../options.js';

interface WatchFlags {
  out: string;
  keep?: boolean;
  glossary: string[];
  defaultGlossary: boolean;
  sourceLang?: SourceLang;
  minConfidence?: number;
  poll: number;
  maxFileSize: number;
  config?: string;
  maxTime: number;
  maxMemory: number;
}

/** `translint watch <in-dir> --out <out-dir>`: a hot folder. */
export function watchCommand(io: Io): Command {
  return new Command('watch')
    .description('check each file dropped into a folder: <name>.translint.json and <name>.diff go to --out, the file to --out/done/')
    .argument('<in-dir>', 'the folder to watch (its top level; files with an extension of a known input format)')
    .requiredOption('--out <out-dir>', 'where reports, diffs, done/, failed/ and the state file go')
    .option('--keep', 'leave the files in <in-dir> (a changed file is checked again)')
    .option('-c, --config <file>', 'use this configuration file instead of the nearest one above each file', fileArg(io.cwd, '--config'))
    .option('-g, --glossary <file>', 'glossary file (.yaml, .yml, .json, .csv, .tbx); repeatable', fileArgs(io.cwd, '--glossary'), [])
    .option('--no-default-glossary', 'do not use the bundled news glossary')
    .addOption(new Option('--source-lang <lang>', 'language the texts were translated from').choices(['de', 'fr', 'es']))
    .option('--min-confidence <n>', 'leave out findings below this confidence (0..1)', confidence)
    .option('--poll <ms>', 'how often a file being written is polled; it is taken once unchanged for two polls', whole, 500)
    .option('--max-file-size <bytes>', 'move larger files to failed/', whole, DEFAULT_MAX_FILE_BYTES)
    .option('--max-time <ms>', 'move a file that takes longer to check to failed/', whole, 30_000)
    .option('--max-memory <mb>', 'move a file whose check needs a larger heap to failed/', whole, 1024)
    .addHelpText('after', '\nRuns until SIGTERM or SIGINT; after a crash or restart it picks up exactly the files it had not finished.')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .action(async (inDir: string, flags: WatchFlags, command: Command) => {
      const given = new Set(command.options.map((o) => o.attributeName()).filter((k) => command.getOptionValueSource(k) === 'cli'));
      const input = resolve(io.cwd, inDir);
      let isDir = false;
      try {
        isDir = statSync(input).isDirectory();
      } catch {
        /* reported below */
      }
      if (!isDir) throw new CliError(oneLine(`${inDir}: no such directory`));
      // each file is checked on a worker thread under a time and memory budget, configured by the
      // nearest configuration file above it (or --config) with the flags typed on top
      const pool = new CheckPool({
        pipeline: { cwd: input, freshConfig: true, maxCheckers: 8, ...(flags.config !== undefined ? { config: resolve(io.cwd, flags.config) } : {}), options: cliOptions(flags, given), maxBytes: flags.maxFileSize },
        warm: {},
        timeMs: flags.maxTime,
        memoryMb: flags.maxMemory,
        onWarning: (w) => io.stderr(line(`translint: warning: ${w}`)),
      });
      try {
        await pool.ready();
      } catch (e) {
        await pool.close();
        if (e instanceof GlossaryError || e instanceof ConfigError || e instanceof RangeError) throw new CliError(oneLine(e.message));
        throw e;
      }
      // the watcher (chokidar) loads only for this command
      const { watchFolder } = await import('../../watch/watcher.js');
      let w: FolderWatch;
      try {
        w = watchFolder({
          inDir: input,
          outDir: resolve(io.cwd, flags.out),
          check: (i) => pool.check(i),
          keep: flags.keep ?? false,
          pollMs: flags.poll,
          maxFileSize: flags.maxFileSize,
          onFile: (name, o) => report(io, name, o),
          onWarning: (message) => io.stderr(line(`translint: warning: ${message}`)),
        });
        await w.ready;
      } catch (e) {
        // (its worker threads would keep the process alive after the message)
        await pool.close();
        throw e instanceof CliError || e instanceof FileError ? new CliError(oneLine(e.message)) : e;
      }
      io.stdout(line(`translint watch: watching ${inDir}, writing to ${flags.out}`));
      const signal = await new Promise<string>((done) => {
        process.once('SIGTERM', () => done('SIGTERM'));
        process.once('SIGINT', () => done('SIGINT'));
      });
      io.stderr(`translint watch: ${signal}: finishing the current file\n`);
      await w.close();
      await pool.close();
      io.exitCode = 0;
      // Everything is closed and the state saved. A file event that arrives while chokidar closes can
      // leave its write-finish polling behind (seen about once in six stops right after a burst), which
      // would keep a stopped watcher alive for ever: an unref'd timer ends the process if that happens.
      setTimeout(() => process.exit(0), 1000).unref();
    });
}

/**
 * A message and its line break, with the line breaks and other control characters in it (in a file's or
 * a folder's name) written as escapes (`new\nline.txt`), so that it stays one line.
 */
const line = (text: string) => `${oneLine(text)}\n`;

/** The one line shown for what became of a file (none for one unchanged or not there any more). */
function report(io: Io, name: string, o: FileOutcome): void {
  if (o.kind === 'unchanged' || o.kind === 'skipped') return;
  const as = o.as !== undefined ? ` as ${o.as}` : '';
  const why = o.renamed ? RENAMED[o.renamed](name) : undefined;
  if (o.kind === 'processed') io.stdout(line(`translint watch: ${name}: ${o.findings} finding${o.findings === 1 ? '' : 's'}${as && `; kept${as}`}${why ? ` (${why})` : ''}${o.note ? `; ${o.note}` : ''}`));
  else if (o.kind === 'failed' && o.noted && o.stayed) io.stderr(line(`translint: ${o.reason}; it stays in the input folder (failed/${o.as ?? name}.error.txt says why)`));
  else if (o.kind === 'failed' && o.noted) io.stderr(line(`translint: ${o.reason}; moved to failed/${as} (${why ? `${why}; ` : ''}${o.as ?? name}.error.txt says why)`));
  else if (o.kind === 'failed') io.stderr(line(`translint: ${o.reason}; it stays in the input folder`));
  else io.stdout(line(`translint watch: ${name}: already checked, moved to ${o.status}/${as}`));
}

/** Why a file is kept under another name (watch/names.ts), after that name in the progress line. */
const RENAMED: Record<Renamed, (name: string) => string> = {
  long: () => "its name is too long for its reports' names",
  taken: (name) => `a file named ${name} is in done/ or failed/ already`,
};

function whole(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isInteger(n) || n < 1) throw new InvalidArgumentError('must be a whole number above 0');
  return n;
}

function confidence(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1) throw new InvalidArgumentError('must be a number from 0 to 1');
  return n;
}
