import { Command, InvalidArgumentError } from 'commander';
import { GlossaryError } from '../../glossary/errors.js';
import { DEFAULT_MAX_QUEUE } from '../../server/admission.js';
import { DEFAULT_MAX_BODY_BYTES } from '../../server/limits.js';
import { CliError } from '../errors.js';
import type { Io } from '../io.js';
import { fileArgs } from '../options.js';

interface ServeFlags {
  port: number;
  host: string;
  glossary: string[];
  defaultGlossary: boolean;
  token?: string;
  maxBody: number;
  requestTimeout: number;
  workers?: number;
  maxTime: number;
  maxMemory: number;
  maxQueue: number;
}

/** `translint serve`: the HTTP service (docs/http-api.md). */
export function serveCommand(io: Io): Command {
  return new Command('serve')
    .description('run the HTTP service: POST /v1/check, GET /v1/rules, /v1/glossaries, /healthz')
    .option('-p, --port <n>', 'port to listen on (0: any free port)', port, 8080)
    .option('--host <address>', 'address to listen on', '127.0.0.1')
    .option('-g, --glossary <file>', 'also load this glossary, named by its file name without extension; repeatable', fileArgs(io.cwd, '--glossary'), [])
    .option('--no-default-glossary', 'do not load the bundled news glossary ("news")')
    .option('--token <token>', 'require "Authorization: Bearer <token>" (default: $TRANSLINT_TOKEN)')
    .option('--max-body <bytes>', 'largest request body', whole, DEFAULT_MAX_BODY_BYTES)
    .option('--request-timeout <ms>', 'time allowed to send a whole request, and the longest a client may stop reading its answer', whole, 30_000)
    .option('--workers <n>', 'threads that check texts (default: one per core, at most 2)', whole)
    .option('--max-time <ms>', 'time one text may take to check; over it the request gets a 422', whole, 10_000)
    .option('--max-memory <mb>', 'heap one checking thread may use; a text that needs more gets a 422', whole, 1024)
    .option('--max-queue <n>', 'check requests that may wait for a thread; more get a 503 with Retry-After at once', whole, DEFAULT_MAX_QUEUE)
    .addHelpText('after', '\nSignals: SIGHUP reloads the glossaries; SIGTERM and SIGINT finish the requests in flight and exit.')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .action(async (flags: ServeFlags) => {
      const token = flags.token ?? process.env.TRANSLINT_TOKEN;
      try {
        // the server modules load only for this command
        const { runServer } = await import('../../server/run.js');
        await runServer({
          port: flags.port,
          host: flags.host,
          glossaries: flags.glossary,
          defaultGlossary: flags.defaultGlossary,
          ...(token ? { token } : {}),
          maxBodyBytes: flags.maxBody,
          requestTimeoutMs: flags.requestTimeout,
          ...(flags.workers !== undefined ? { workers: flags.workers } : {}),
          maxTimeMs: flags.maxTime,
          maxMemoryMb: flags.maxMemory,
          maxQueue: flags.maxQueue,
          out: io.stdout,
          err: io.stderr,
        });
      } catch (e) {
        if (e instanceof GlossaryError) throw new CliError(e.message);
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EADDRINUSE' || code === 'EACCES' || code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') {
          throw new CliError(`cannot listen on ${flags.host}:${flags.port} (${code})`);
        }
        throw e;
      }
      io.exitCode = 0;
    });
}

function whole(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isInteger(n) || n < 1) throw new InvalidArgumentError('must be a whole number above 0');
  return n;
}

function port(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('must be a port number from 0 to 65535');
  return n;
}
