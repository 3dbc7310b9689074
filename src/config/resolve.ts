import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { CheckOptions } from '../engine/checker.js';
import { globMatcher, type Matcher } from '../io/ignore.js';
import type { Config, ConfigSettings } from './types.js';

/** What a configuration says about one file. */
export interface FileOptions {
  /** The file matches an `ignore` pattern and is not to be checked. */
  ignored: boolean;
  options: CheckOptions;
}

// Compiled once per loaded configuration; a WeakMap keeps Config plain, serialisable data.
const matchers = new WeakMap<Config, { ignore: Matcher; overrides: Matcher[] }>();

/**
 * The check options for `filePath` (absolute, or relative to the working directory): the top-level
 * settings, then each override whose `files` match, in order. Later values win; glossaries and
 * allow lists add up; rules merge rule by rule. `sourceLang: auto` leaves the language unset.
 */
export function resolveFileOptions(config: Config, filePath: string): FileOptions {
  let compiled = matchers.get(config);
  if (!compiled) {
    compiled = { ignore: globMatcher(config.ignore), overrides: config.overrides.map((o) => globMatcher(o.files)) };
    matchers.set(config, compiled);
  }
  const rel = relativePath(config.dir, filePath);
  // A file outside the configuration's folder (possible with --config) matches no pattern.
  if (rel.startsWith('../') || rel === '..' || isAbsolute(rel)) return { ignored: false, options: toCheckOptions(pick(config)) };
  let merged = pick(config);
  config.overrides.forEach((o, i) => {
    if (compiled.overrides[i]?.(rel)) merged = mergeSettings(merged, pick(o));
  });
  return { ignored: compiled.ignore(rel), options: toCheckOptions(merged) };
}

/**
 * Options from the command line on top of those from the configuration: a value given on the
 * command line wins; glossaries and allow lists are concatenated (configuration first); severities
 * merge rule by rule, the command line's winning, as ESLint's --rule does.
 */
export function mergeCliOptions(fromConfig: CheckOptions, fromCli: Partial<CheckOptions>): CheckOptions {
  const out: CheckOptions = { ...fromConfig };
  for (const [key, value] of Object.entries(fromCli) as [keyof CheckOptions, unknown][]) {
    if (value !== undefined) (out as Record<string, unknown>)[key] = value;
  }
  if (fromConfig.glossaries && fromCli.glossaries) out.glossaries = [...fromConfig.glossaries, ...fromCli.glossaries];
  if (fromConfig.allow && fromCli.allow) out.allow = [...fromConfig.allow, ...fromCli.allow];
  if (fromConfig.severities && fromCli.severities) out.severities = mergeRules(fromConfig.severities, fromCli.severities);
  return out;
}

/** The file's path relative to the configuration folder, with forward slashes, as globs are written. */
function relativePath(dir: string, filePath: string): string {
  const rel = relative(dir, isAbsolute(filePath) ? filePath : resolve(filePath));
  return sep === '/' ? rel : rel.split(sep).join('/');
}

function pick(s: ConfigSettings): ConfigSettings {
  const { glossaries, defaultGlossary, rules, sourceLang, minConfidence, allow } = s;
  return Object.fromEntries(Object.entries({ glossaries, defaultGlossary, rules, sourceLang, minConfidence, allow }).filter(([, v]) => v !== undefined));
}

function mergeSettings(base: ConfigSettings, over: ConfigSettings): ConfigSettings {
  const out: ConfigSettings = { ...base, ...over };
  if (base.glossaries && over.glossaries) out.glossaries = [...base.glossaries, ...over.glossaries];
  if (base.allow && over.allow) out.allow = [...base.allow, ...over.allow];
  if (base.rules && over.rules) out.rules = mergeRules(base.rules, over.rules);
  return out;
}

/**
 * Later settings win, also across levels: a group setting ("artefact/": off) in an override replaces
 * earlier settings of the rules in that group, which would otherwise win as more specific.
 */
function mergeRules<T>(base: Record<string, T>, over: Record<string, T>): Record<string, T> {
  const out: Record<string, T> = {};
  const groups = Object.keys(over).filter((k) => k.endsWith('/'));
  for (const [id, v] of Object.entries(base)) if (!groups.some((g) => id !== g && id.startsWith(g))) out[id] = v;
  return Object.assign(out, over);
}

function toCheckOptions(s: ConfigSettings): CheckOptions {
  const out: CheckOptions = {};
  if (s.glossaries) out.glossaries = [...s.glossaries];
  if (s.defaultGlossary !== undefined) out.defaultGlossary = s.defaultGlossary;
  if (s.minConfidence !== undefined) out.minConfidence = s.minConfidence;
  if (s.sourceLang && s.sourceLang !== 'auto') out.sourceLang = s.sourceLang;
  if (s.rules) out.severities = { ...s.rules };
  if (s.allow) out.allow = [...s.allow];
  return out;
}
