import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { checkCommand } from './commands/check.js';
import { initCommand } from './commands/init.js';
import { reviewCommand } from './commands/review.js';
import { serveCommand } from './commands/serve.js';
import { watchCommand } from './commands/watch.js';
import { FileError, oneLine } from '../io/errors.js';
import { withArgumentBytes } from '../io/names.js';
import { CliError } from './errors.js';
import type { Io } from './io.js';
import { cacheOption } from './options.js';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

/** Runs the CLI with these arguments (without node and script) and returns the exit code. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const program = new Command('translint')
    .description('Checks machine-translated English against a glossary and rules, and proposes fixes.')
    .version(pkg.version, '-v, --version')
    .exitOverride()
    .configureOutput(output(io))
    .showHelpAfterError('(run translint --help for usage)');
  program.addCommand(checkCommand(io));
  program.addCommand(initCommand(io));
  program.addCommand(reviewCommand(io));
  program.addCommand(serveCommand(io));
  program.addCommand(watchCommand(io));
  // subcommands added with addCommand do not inherit these settings
  for (const command of program.commands) command.exitOverride().configureOutput(output(io));
  for (const command of program.commands) if (command.name() !== 'init') cacheOption(command);
  try {
    // a file name that is not valid UTF-8 comes with its bytes, so that two such names are told apart (io/names.ts)
    await program.parseAsync(withArgumentBytes(argv), { from: 'user' });
    return io.exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help' ? 0 : 2;
    }
    if (e instanceof CliError || e instanceof FileError) {
      // one line, whatever file name it quotes (a name may hold a line break or an escape sequence)
      io.stderr(`translint: ${oneLine(e.message)}\n`);
      return e instanceof CliError ? e.exitCode : 2;
    }
    io.stderr(`translint: internal error: ${(e as Error).stack ?? String(e)}\n`);
    return 2;
  }
}

/** Every error line starts with "translint: ", commander's own ("error: unknown option …") too. */
function output(io: Io) {
  return { writeOut: io.stdout, writeErr: io.stderr, outputError: (text: string, write: (t: string) => void) => write(text.replace(/^error: /, 'translint: ')) };
}

/** The Io of this process. A reader that goes away (`translint … | head`) ends the run quietly. */
export function processIo(): Io {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  const env = process.env;
  const color = env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' ? true : Boolean(process.stdout.isTTY) && !env.NO_COLOR;
  return {
    cwd: process.cwd(),
    stdin: process.stdin,
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    stderrStream: process.stderr,
    stdoutStream: process.stdout,
    color,
    exitCode: 0,
  };
}
