import { GlossaryError } from './errors.js';
import { regexHazard } from './regex-safety.js';
import { isIsoDate } from '../io/iso-date.js';
import { CATEGORIES, FIX_MODES, SOURCE_LANGS, type Category, type ContextCondition, type FixMode, type GlossaryEntry, type SourceLanguage, type Variant } from './types.js';

const SEVERITIES = ['error', 'warning', 'info'] as const;
const KNOWN_KEYS = [
  'term', 'variants', 'category', 'caseSensitive', 'fix', 'context', 'titles', 'validFrom', 'validUntil',
  'note', 'example', 'severity', 'id', 'source',
];

/**
 * Where an entry was written: its file and first line and, where the parser tells (YAML; JSON once an entry
 * is found wrong), the line of a key or list item inside it by its path (`['fix']`, `['variants', 2]`,
 * `['context', 'window']`), so that an error names the line of the bad key rather than the entry's first.
 */
export type Where = { file: string; line?: number; lineOf?: (path: readonly (string | number)[]) => number | undefined };

function fail(where: Where, detail: string): never {
  throw new GlossaryError(where.file, where.line, detail);
}

/** The place of the key or item at `path` inside the entry (the entry's own line when it is not known). */
function at(where: Where, ...path: (string | number)[]): Where {
  const line = where.lineOf?.(path) ?? where.line;
  return line === undefined ? { file: where.file } : { file: where.file, line };
}

/** The place of `key` inside the entry, to which the paths of what is written under it are relative. */
function nested(where: Where, key: string): Where {
  const inner = at(where, key);
  const lineOf = where.lineOf;
  return lineOf ? { ...inner, lineOf: (path) => lineOf([key, ...path]) } : inner;
}

/**
 * Refuses a key of `raw` that is not one of `known`, at the key's line, naming the keys allowed there:
 * `unknown key "context.size" (allowed: anyOf, noneOf, window)`, `prefix` being "context.".
 */
export function knownKeys(raw: object, known: readonly string[], where: Where, prefix = ''): void {
  for (const key of Object.keys(raw)) if (!known.includes(key)) fail(at(where, key), `unknown key "${prefix}${key}" (allowed: ${known.join(', ')})`);
}

function stringList(value: unknown, key: string, where: Where): string[] {
  if (value === undefined || value === null || value === '') return [];
  if (typeof value === 'string') return [value];
  if (!Array.isArray(value)) fail(where, `"${key}" must be a list of strings`);
  const bad = value.findIndex((v) => typeof v !== 'string');
  if (bad >= 0) fail(at(where, bad), `"${key}" must be a list of strings`);
  return value as string[];
}

/**
 * `/…/flags` is a regular expression; anything else is literal text. A pattern that can take
 * exponential time (see regexHazard) is refused here, so only checked patterns ever reach the
 * combined expression that compile.ts runs on every segment of every text.
 */
export function parseVariant(raw: string, where: Where): Variant {
  const m = /^\/(.+)\/([a-z]*)$/s.exec(raw);
  if (!m) return { kind: 'literal', text: raw };
  const [, source = '', flags = ''] = m;
  if (/[^iu]/.test(flags)) fail(where, `regular expression ${raw}: only the flags i and u are allowed`);
  try {
    new RegExp(source, 'u' + flags.replace('u', ''));
  } catch (e) {
    fail(where, `invalid regular expression ${raw}: ${(e as Error).message}`);
  }
  const hazard = regexHazard(source);
  if (hazard !== undefined) fail(where, `regular expression ${raw} ${hazard}; rewrite it`);
  if (new RegExp(`^(?:${source})$`, 'u' + flags.replace('u', '')).test('')) {
    fail(where, `regular expression ${raw} matches the empty string`);
  }
  return { kind: 'regex', source, flags: flags.replace('u', ''), text: raw };
}

/** Validates one raw entry (from YAML, JSON or CSV) and fills in defaults. */
export function toEntry(raw: unknown, where: Where): GlossaryEntry {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) fail(where, 'an entry must be an object with a "term"');
  const r = raw as Record<string, unknown>;
  knownKeys(r, KNOWN_KEYS, where);
  if (typeof r.term !== 'string' || r.term.trim() === '') fail(at(where, 'term'), 'entry has no "term" (a non-empty string)');
  const term = r.term.trim();
  const category = (r.category ?? 'term') as Category;
  if (!CATEGORIES.includes(category)) fail(at(where, 'category'), `"category" must be one of ${CATEGORIES.join(', ')}, not "${String(r.category)}"`);
  const fix = (r.fix ?? 'auto') as FixMode;
  if (!FIX_MODES.includes(fix)) fail(at(where, 'fix'), `"fix" must be one of ${FIX_MODES.join(', ')}, not "${String(r.fix)}"`);
  if (r.caseSensitive !== undefined && typeof r.caseSensitive !== 'boolean') fail(at(where, 'caseSensitive'), '"caseSensitive" must be true or false');
  const entry: GlossaryEntry = {
    term,
    variants: stringList(r.variants, 'variants', nested(where, 'variants'))
      .map((v, i) => [v.trim(), i] as const)
      .filter(([v]) => v !== '')
      .map(([v, i]) => parseVariant(v, at(where, 'variants', i))),
    category,
    caseSensitive: r.caseSensitive === true,
    fix,
    glossary: where.file,
  };
  if (where.line !== undefined) entry.line = where.line;
  if (r.context !== undefined) entry.context = toContext(r.context, nested(where, 'context'));
  if (r.titles !== undefined) entry.titles = stringList(r.titles, 'titles', nested(where, 'titles'));
  for (const key of ['validFrom', 'validUntil'] as const) {
    if (r[key] === undefined) continue;
    const v = r[key] instanceof Date ? (r[key] as Date).toISOString().slice(0, 10) : r[key];
    if (!isIsoDate(v)) fail(at(where, key), `"${key}" must be a date written YYYY-MM-DD that the calendar has, not ${JSON.stringify(String(r[key]))}`);
    entry[key] = v;
  }
  for (const key of ['note', 'example'] as const) {
    if (r[key] === undefined) continue;
    if (typeof r[key] !== 'string') fail(at(where, key), `"${key}" must be a string`);
    entry[key] = r[key] as string;
  }
  if (r.source !== undefined) {
    const source = toSource(r.source, nested(where, 'source'));
    if (Object.keys(source).length > 0) entry.source = source;
  }
  if (r.severity !== undefined) {
    if (!SEVERITIES.includes(r.severity as never)) fail(at(where, 'severity'), `"severity" must be one of ${SEVERITIES.join(', ')}`);
    entry.severity = r.severity as GlossaryEntry['severity'] & string;
  }
  return entry;
}

/** `{de: "Außenministerium", fr: [...]}`: each value is checked like a variant (a /regex/ must compile). */
function toSource(raw: unknown, where: Where): Partial<Record<SourceLanguage, string[]>> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) fail(where, `"source" must be an object of source-language terms {${SOURCE_LANGS.join(', ')}}`);
  knownKeys(raw, SOURCE_LANGS, where, 'source.');
  const out: Partial<Record<SourceLanguage, string[]>> = {};
  for (const [lang, value] of Object.entries(raw)) {
    const list = nested(where, lang);
    const terms = stringList(value, `source.${lang}`, list)
      .map((t, i) => [t.trim(), i] as const)
      .filter(([t]) => t !== '');
    for (const [t, i] of terms) parseVariant(t, at(list, i));
    if (terms.length > 0) out[lang as SourceLanguage] = terms.map(([t]) => t);
  }
  return out;
}

function toContext(raw: unknown, where: Where): ContextCondition {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) fail(where, '"context" must be an object {anyOf, noneOf, window}');
  const r = raw as Record<string, unknown>;
  knownKeys(r, ['anyOf', 'noneOf', 'window'], where, 'context.');
  const c: ContextCondition = {};
  if (r.anyOf !== undefined) c.anyOf = stringList(r.anyOf, 'context.anyOf', nested(where, 'anyOf'));
  if (r.noneOf !== undefined) c.noneOf = stringList(r.noneOf, 'context.noneOf', nested(where, 'noneOf'));
  if (r.window !== undefined) {
    if (typeof r.window !== 'number' || !Number.isInteger(r.window) || r.window < 1) fail(at(where, 'window'), '"context.window" must be a whole number of words >= 1');
    c.window = r.window;
  }
  return c;
}
