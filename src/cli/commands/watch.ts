import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import { createChecker } from '../../engine/checker.js';
import { GlossaryError } from '../../glossary/errors.js';
import type { SourceLang } from '../../rules/types.js';
import { CliError } from '../errors.js';
import type { Io } from '../io.js';

interface WatchFlags {
  out: string;
  keep?: boolean;
  glossary: string[];
  defaultGlossary: boolean;
  sourceLang?: SourceLang;
  minConfidence?: number;
  poll: number;
  maxFileSize: number;
}

/** `translint watch <in-dir> --out <out-dir>`: a hot folder. */
export function watchCommand(io: Io): Command {
  return new Command('watch')
    .description('check each file dropped into a folder: <name>.translint.json and <name>.diff go to --out, the file to --out/done/')
    .argument('<in-dir>', 'the folder to watch (its top level; .txt .text .md .markdown)')
    .requiredOption('--out <out-dir>', 'where reports, diffs, done/, failed/ and the state file go')
    .option('--keep', 'leave the files in <in-dir> (a changed file is checked again)')
    .option('-g, --glossary <file>', 'glossary file (.yaml, .json, .csv); repeatable', (v: string, prev: string[]) => [...prev, v], [])
    .option('--no-default-glossary', 'do not use the bundled news glossary')
    .addOption(new Option('--source-lang <lang>', 'language the texts were translated from').choices(['de', 'fr', 'es']))
    .option('--min-confidence <n>', 'leave out findings below this confidence (0..1)', confidence)
    .option('--poll <ms>', 'how often a file being written is polled; it is taken once unchanged for two polls', whole, 500)
    .option('--max-file-size <bytes>', 'move larger files to failed/', whole, 64 * 1024 * 1024)
    .addHelpText('after', '\nRuns until SIGTERM or SIGINT; after a crash or restart it picks up exactly the files it had not finished.')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .action(async (inDir: string, flags: WatchFlags) => {
      const input = resolve(io.cwd, inDir);
      let isDir = false;
      try {
        isDir = statSync(input).isDirectory();
      } catch {
        /* reported below */
      }
      if (!isDir) throw new CliError(`${inDir}: no such directory`);
      let checker;
      try {
        checker = createChecker({
          glossaries: flags.glossary,
          defaultGlossary: flags.defaultGlossary,
          ...(flags.sourceLang ? { sourceLang: flags.sourceLang } : {}),
          ...(flags.minConfidence !== undefined ? { minConfidence: flags.minConfidence } : {}),
        });
      } catch (e) {
        if (e instanceof GlossaryError) throw new CliError(e.message);
        throw e;
      }
      for (const g of checker.glossaries) for (const w of g.warnings) io.stderr(`translint: warning: ${w}\n`);
      // the watcher (chokidar) loads only for this command
      const { watchFolder } = await import('../../watch/watcher.js');
      const w = watchFolder({
        inDir: input,
        outDir: resolve(io.cwd, flags.out),
        checker,
        keep: flags.keep ?? false,
        pollMs: flags.poll,
        maxFileSize: flags.maxFileSize,
        onFile: (name, o) => {
          if (o.kind === 'processed') io.stdout(`translint watch: ${name}: ${o.findings} finding${o.findings === 1 ? '' : 's'}\n`);
          else if (o.kind === 'failed') io.stderr(`translint watch: ${o.reason}; moved to failed/\n`);
          else if (o.kind === 'moved') io.stdout(`translint watch: ${name}: already checked, moved to done/\n`);
        },
      });
      await w.ready;
      io.stdout(`translint watch: watching ${inDir}, writing to ${flags.out}\n`);
      const signal = await new Promise<string>((done) => {
        process.once('SIGTERM', () => done('SIGTERM'));
        process.once('SIGINT', () => done('SIGINT'));
      });
      io.stderr(`translint watch: ${signal}: finishing the current file\n`);
      await w.close();
      io.exitCode = 0;
    });
}

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
