import { createReadStream } from 'node:fs';
import { resolve } from 'node:path';
import { Writable } from 'node:stream';
import { createChecker, type Checker, type CheckOptions } from '../engine/checker.js';
import { GlossaryError } from '../glossary/errors.js';
import type { SourceLang } from '../rules/types.js';
import { runNdjson } from '../stream/ndjson.js';
import { CliError } from './errors.js';
import type { Io } from './io.js';

export interface NdjsonFlags {
  glossary: string[];
  defaultGlossary: boolean;
  fix?: boolean;
  diff?: boolean;
  minConfidence?: number;
  /** The language for lines that do not give `sourceLang`. */
  sourceLang?: SourceLang;
}

const SOURCE_LANGS: readonly string[] = ['de', 'fr', 'es'];

/**
 * `translint check --ndjson <file|->`: one result line per input line. Returns 0, or 1 when a line
 * could not be checked. Pass `output` (process.stdout in the binary) so a slow reader slows the
 * run down instead of filling memory; without it the results go to `io.stdout`.
 */
export async function runNdjsonCli(pathOrDash: string, flags: NdjsonFlags, io: Io, output?: NodeJS.WritableStream): Promise<number> {
  const base: CheckOptions = {
    glossaries: flags.glossary,
    defaultGlossary: flags.defaultGlossary,
    ...(flags.minConfidence !== undefined ? { minConfidence: flags.minConfidence } : {}),
  };
  const checkers = new Map<string, Checker>();
  const checkerFor = ({ sourceLang = flags.sourceLang }: { sourceLang?: string }): Checker => {
    const key = sourceLang ?? '';
    let checker = checkers.get(key);
    if (checker) return checker;
    if (sourceLang !== undefined && !SOURCE_LANGS.includes(sourceLang)) {
      throw new Error(`unknown sourceLang "${sourceLang}" (known: ${SOURCE_LANGS.join(', ')})`);
    }
    // the glossaries are compiled per language once, on first use
    checker = createChecker(sourceLang !== undefined ? { ...base, sourceLang: sourceLang as SourceLang } : base);
    checkers.set(key, checker);
    return checker;
  };
  try {
    const first = checkerFor({});
    for (const g of first.glossaries) for (const w of g.warnings) io.stderr(`translint: warning: ${w}\n`);
  } catch (e) {
    if (e instanceof GlossaryError) throw new CliError(e.message);
    throw e;
  }
  const input = pathOrDash === '-' ? io.stdin : await openInput(resolve(io.cwd, pathOrDash), pathOrDash);
  const out = output ?? new Writable({ write: (chunk: Buffer, _enc, cb) => (io.stdout(chunk.toString('utf8')), cb()) });
  // a record's "format" picks one of the input formats; plain text needs none of their parsers
  const { inputFormats } = await import('../inputs/index.js');
  const formats = Object.fromEntries(Object.entries(inputFormats).map(([name, f]) => [name, (text: string) => f.parse(text)]));
  const { errors } = await runNdjson(input, out, checkerFor, { fix: flags.fix, diff: flags.diff, formats });
  if (!output) await new Promise<void>((done) => out.end(done));
  return errors > 0 ? 1 : 0;
}

/** Opens the file, reporting a missing or unreadable one as a usage error before any output. */
function openInput(file: string, shown: string): Promise<NodeJS.ReadableStream> {
  return new Promise((done, fail) => {
    const stream = createReadStream(file);
    stream.once('open', () => done(stream));
    stream.once('error', (e: NodeJS.ErrnoException) => fail(new CliError(`${shown}: ${e.code === 'ENOENT' ? 'no such file' : e.code === 'EISDIR' ? 'is a directory' : `cannot read (${e.code ?? e.message})`}`)));
  });
}
