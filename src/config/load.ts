import { existsSync, statSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { FileError } from '../io/errors.js';
import { globMatcher, patternProblem } from '../io/ignore.js';
import { readAtMost, unopened } from '../io/read.js';
import { editDistance } from '../lang/edit-distance.js';
import { rules as allRules } from '../rules/index.js';
import { ConfigError } from './errors.js';
import { parseConfigText, type KeyPath, type ParsedConfig } from './parse.js';
import { CONFIG_FILE_NAMES, type Config, type ConfigOverride, type ConfigSettings } from './types.js';
import { formatPath, validateConfig } from './validate.js';

/**
 * The nearest configuration file in `fromDir` or a folder above it, up to the filesystem root.
 * A folder with several is read in the order of CONFIG_FILE_NAMES.
 */
export function findConfigFile(fromDir: string): string | undefined {
  for (let dir = resolve(fromDir); ; dir = dirname(dir)) {
    const found = configFileIn(dir);
    if (found) return found;
    if (dirname(dir) === dir) return undefined;
  }
}

/** The configuration file directly in `dir`, if any. */
export function configFileIn(dir: string): string | undefined {
  for (const name of CONFIG_FILE_NAMES) {
    const p = join(dir, name);
    if (existsSync(p) && statSync(p).isFile()) return p;
  }
  return undefined;
}

/** A configuration is a page of settings; past this it is not one (or a device such as /dev/zero, which never ends). */
const MAX_CONFIG_BYTES = 16 * 1024 * 1024;

/**
 * Reads and validates a configuration file; glossary paths come back absolute. Throws ConfigError
 * naming `displayPath`, the line and the key.
 */
export function loadConfig(path: string, displayPath = path): Config {
  const abs = resolve(path);
  let text: string;
  try {
    text = readAtMost(abs, displayPath, MAX_CONFIG_BYTES, 'the limit for a configuration').toString('utf8');
  } catch (e) {
    if (e instanceof FileError) throw new ConfigError(displayPath, undefined, e.reason);
    const { name, reason } = unopened(displayPath, e);
    throw new ConfigError(name, undefined, reason);
  }
  return parseConfig(text, abs, displayPath);
}

/** Validates configuration text as if read from `path` (absolute); see loadConfig. */
export function parseConfig(text: string, path: string, displayPath = path): Config {
  const ext = extname(path).toLowerCase();
  const format = ext === '.json' ? 'json' : ext === '.yaml' || ext === '.yml' ? 'yaml' : undefined;
  if (!format) throw new ConfigError(displayPath, undefined, `unknown configuration format "${ext || '(no extension)'}" (use .yaml, .yml or .json)`);
  const parsed = readNested(() => {
    const value = parseConfigText(text, format, displayPath);
    validateConfig(value, displayPath);
    return value;
  }, displayPath);
  const raw = parsed.value as ConfigSettings & { root?: boolean; ignore?: string[]; overrides?: ConfigOverride[] };
  const dir = dirname(path);
  const settings = (s: ConfigSettings, at: KeyPath): ConfigSettings => {
    checkRules(s.rules, [...at, 'rules'], parsed, displayPath);
    const out: ConfigSettings = {};
    if (s.glossaries) out.glossaries = s.glossaries.map((g, i) => glossaryPath(dir, g, [...at, 'glossaries', i], parsed, displayPath));
    if (s.defaultGlossary !== undefined) out.defaultGlossary = s.defaultGlossary;
    if (s.rules) out.rules = { ...s.rules };
    if (s.sourceLang) out.sourceLang = s.sourceLang;
    if (s.minConfidence !== undefined) out.minConfidence = s.minConfidence;
    if (s.allow) out.allow = [...s.allow];
    return out;
  };
  return {
    ...settings(raw, []),
    path,
    dir,
    root: raw.root ?? false,
    ignore: checkGlobs([...(raw.ignore ?? [])], ['ignore'], parsed, displayPath),
    overrides: (raw.overrides ?? []).map((o, i) => ({ files: checkGlobs([...o.files], ['overrides', i, 'files'], parsed, displayPath), ...settings(o, ['overrides', i]) })),
  };
}

/**
 * A pattern picomatch refuses (over 65,536 characters, an unclosed brace, a range out of order) is
 * reported here, at its line, not as an internal error at the first file nor as a pattern that
 * silently matches nothing; so is one that can never match (patternProblem).
 */
function checkGlobs(globs: string[], at: KeyPath, parsed: ParsedConfig, file: string): string[] {
  globs.forEach((glob, i) => {
    const problem = patternProblem(glob);
    if (problem !== undefined) throw new ConfigError(file, parsed.lineOf([...at, i]), `${formatPath([...at, i])}: ${JSON.stringify(glob)} ${problem}`);
    try {
      globMatcher([glob]);
    } catch (e) {
      throw new ConfigError(file, parsed.lineOf([...at, i]), `${formatPath([...at, i])}: invalid pattern ${JSON.stringify(glob.length > 60 ? `${glob.slice(0, 60)}…` : glob)} (${globError(e as Error)})`);
    }
  });
  return globs;
}

/** picomatch's message names the regular expression it made ("Invalid regular expression: /^(?:…)$/: Unterminated group"): keep the reason. */
function globError(e: Error): string {
  const m = /^Invalid regular expression: \/.*\/[a-z]*: (.*)$/s.exec(e.message);
  return m ? (m[1] as string).toLowerCase() : e.message;
}

/** A missing glossary is reported here, at its line in the configuration, not later without context. */
function glossaryPath(dir: string, given: string, at: KeyPath, parsed: ParsedConfig, file: string): string {
  const abs = resolve(dir, given);
  if (!existsSync(abs)) throw new ConfigError(file, parsed.lineOf(at), `${formatPath(at)}: no such glossary file: ${abs}`);
  return abs;
}

/** A misspelt rule id would otherwise be ignored silently, as ESLint's "rule not found" prevents. */
function checkRules(rules: Record<string, string> | undefined, at: KeyPath, parsed: ParsedConfig, file: string): void {
  const ids = allRules.map((r) => r.meta.id as string).sort();
  for (const key of Object.keys(rules ?? {})) {
    const known = key.endsWith('/') ? ids.some((id) => id.startsWith(key)) : ids.includes(key);
    if (known) continue;
    const groups = [...new Set(ids.map((id) => id.slice(0, id.indexOf('/') + 1)))];
    const candidates = key.endsWith('/') ? groups : ids;
    // A typo, or a shortened id ("title/abbrev").
    const near = candidates.find((c) => editDistance(c, key, 2) <= 2) ?? candidates.find((c) => c.startsWith(key));
    const hint = near ? `did you mean "${near}"?` : `known: ${candidates.join(', ')}`;
    throw new ConfigError(file, parsed.lineOf([...at, key]), `${formatPath([...at, key])}: unknown rule${key.endsWith('/') ? ' group' : ''} (${hint})`);
  }
}

/** The parsers and the validator recurse once per level: thousands of nested brackets overflow the stack, which is this file's error. */
function readNested<T>(read: () => T, displayPath: string): T {
  try {
    return read();
  } catch (e) {
    if (e instanceof RangeError) throw new ConfigError(displayPath, undefined, 'nested too deep to read');
    throw e;
  }
}
