import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { CliError } from '../io/errors.js';
import type { CheckOptions } from '../engine/checker.js';
import type { SourceLang } from '../rules/types.js';
import { calqueLang } from '../pipeline/source-lang.js';
import { isIsoDate } from '../io/iso-date.js';

/** The command-line flags that choose glossaries and rules, shared by `check` and `review`. */
export interface CheckOptionFlags {
  glossary: string[];
  defaultGlossary: boolean;
  minConfidence?: number;
  rules?: string[];
  /** A language the calque rules know, or (with --source) any language of an original. */
  sourceLang?: SourceLang | string;
  date?: string;
}

/**
 * The check options the user typed on the command line; defaults do not override a config file.
 * `given` holds the flags whose value came from the command line (commander's value source "cli").
 */
export function cliOptions(flags: CheckOptionFlags, given: ReadonlySet<string>): Partial<CheckOptions> {
  const out: Partial<CheckOptions> = {};
  // as typed: relative to the working directory, and named that way in error messages
  if (flags.glossary.length > 0) out.glossaries = flags.glossary;
  if (given.has('defaultGlossary')) out.defaultGlossary = flags.defaultGlossary;
  if (flags.minConfidence !== undefined) out.minConfidence = flags.minConfidence;
  if (flags.rules) out.rules = flags.rules;
  // the calque rules know German, French and Spanish; other languages name an original (--source)
  const calque = calqueLang(flags.sourceLang);
  if (calque !== undefined) out.sourceLang = calque;
  if (flags.date) out.date = flags.date;
  return out;
}

/** `--no-cache`: the cache is neither read nor written, in this process and its workers (as TRANSLINT_CACHE=0). */
export function cacheOption(command: Command): Command {
  return command.option('--no-cache', 'neither read nor write the glossary cache').hook('preAction', (cmd) => {
    if (cmd.opts().cache === false) process.env.TRANSLINT_CACHE = '0';
  });
}

/** Commander collector for a repeatable option (`-g a -g b`). */
export function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/**
 * Commander collector for a repeatable option that also takes comma-separated lists (`--rules a,b --rules c`).
 * A value that lists nothing (`--rules ''`, `--rules ,,`, as a script with an unset variable writes it) is
 * refused, as an unknown id is: an empty list would leave the option's list empty, which means every rule.
 */
export function collectList(value: string, previous: string[] | undefined): string[] {
  const items = list(value);
  if (items.length === 0) throw new InvalidArgumentError('lists nothing; give at least one id (comma-separated), or leave the option out');
  return [...(previous ?? []), ...items];
}

/** Commander parser for a comma-separated list. */
export function list(value: string): string[] {
  return value.split(',').map((s) => s.trim()).filter(Boolean);
}

/** Commander parser for a confidence, 0..1. */
export function confidence(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1) throw new InvalidArgumentError('must be a number from 0 to 1');
  return n;
}

/** Commander parser for a whole number of 0 or more. */
export function count(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isInteger(n) || n < 0) throw new InvalidArgumentError('must be a whole number');
  return n;
}

/** Commander parser for a story date, YYYY-MM-DD. */
export function date(value: string): string {
  if (!isIsoDate(value)) throw new InvalidArgumentError('must be a date written YYYY-MM-DD that the calendar has');
  return value;
}

/**
 * Commander parser for an option that names a file to read (--config, --glossary, --source, --baseline), in every
 * command alike: a folder is refused as the option is read, with one line (`docs: is a directory (--config)`),
 * where each reader failed its own way (EISDIR, "unknown glossary format"). A path that is not there is left to
 * the reader, which says so.
 */
export function fileArg(cwd: string, flag: string): (value: string) => string {
  return (value) => {
    if (value === '') throw new CliError(`${flag} needs a file name, not an empty one`);
    if (isFolder(cwd, value)) throw new CliError(`${value}: is a directory (${flag})`);
    return value;
  };
}

/** {@link fileArg} for a repeatable option (`-g a.yaml -g b.csv`). */
export function fileArgs(cwd: string, flag: string): (value: string, previous: string[]) => string[] {
  const one = fileArg(cwd, flag);
  return (value, previous) => [...previous, one(value)];
}

/** Commander parser for an option that names a folder (--source-dir): a file is refused as {@link fileArg} refuses a folder. */
export function folderArg(cwd: string, flag: string): (value: string) => string {
  return (value) => {
    if (value === '') throw new CliError(`${flag} needs a folder name, not an empty one`);
    if (isFolder(cwd, value) === false) throw new CliError(`${value}: is not a directory (${flag})`);
    return value;
  };
}

/** Whether `path` is a folder (following links); undefined when it cannot be looked at (not there). */
function isFolder(cwd: string, path: string): boolean | undefined {
  try {
    return statSync(resolve(cwd, path)).isDirectory();
  } catch {
    return undefined;
  }
}
