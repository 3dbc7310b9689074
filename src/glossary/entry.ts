import { GlossaryError } from './errors.js';
import { regexHazard } from './regex-safety.js';
import { CATEGORIES, FIX_MODES, SOURCE_LANGS, type Category, type ContextCondition, type FixMode, type GlossaryEntry, type SourceLanguage, type Variant } from './types.js';

const SEVERITIES = ['error', 'warning', 'info'] as const;
const KNOWN_KEYS = new Set([
  'term', 'variants', 'category', 'caseSensitive', 'fix', 'context', 'titles', 'validFrom', 'validUntil',
  'note', 'example', 'severity', 'id', 'source',
]);

type Where = { file: string; line?: number };

function fail(where: Where, detail: string): never {
  throw new GlossaryError(where.file, where.line, detail);
}

function stringList(value: unknown, key: string, where: Where): string[] {
  if (value === undefined || value === null || value === '') return [];
  if (typeof value === 'string') return [value];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) fail(where, `"${key}" must be a list of strings`);
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

function isDate(v: unknown): v is string {
  return typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v));
}

/** Validates one raw entry (from YAML, JSON or CSV) and fills in defaults. */
export function toEntry(raw: unknown, where: Where): GlossaryEntry {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) fail(where, 'an entry must be an object with a "term"');
  const r = raw as Record<string, unknown>;
  for (const key of Object.keys(r)) if (!KNOWN_KEYS.has(key)) fail(where, `unknown key "${key}" (allowed: ${[...KNOWN_KEYS].join(', ')})`);
  if (typeof r.term !== 'string' || r.term.trim() === '') fail(where, 'entry has no "term" (a non-empty string)');
  const term = r.term.trim();
  const category = (r.category ?? 'term') as Category;
  if (!CATEGORIES.includes(category)) fail(where, `"category" must be one of ${CATEGORIES.join(', ')}, not "${String(r.category)}"`);
  const fix = (r.fix ?? 'auto') as FixMode;
  if (!FIX_MODES.includes(fix)) fail(where, `"fix" must be one of ${FIX_MODES.join(', ')}, not "${String(r.fix)}"`);
  if (r.caseSensitive !== undefined && typeof r.caseSensitive !== 'boolean') fail(where, '"caseSensitive" must be true or false');
  const entry: GlossaryEntry = {
    term,
    variants: stringList(r.variants, 'variants', where)
      .map((v) => v.trim())
      .filter((v) => v !== '')
      .map((v) => parseVariant(v, where)),
    category,
    caseSensitive: r.caseSensitive === true,
    fix,
    glossary: where.file,
  };
  if (where.line !== undefined) entry.line = where.line;
  if (r.context !== undefined) entry.context = toContext(r.context, where);
  if (r.titles !== undefined) entry.titles = stringList(r.titles, 'titles', where);
  for (const key of ['validFrom', 'validUntil'] as const) {
    if (r[key] === undefined) continue;
    const v = r[key] instanceof Date ? (r[key] as Date).toISOString().slice(0, 10) : r[key];
    if (!isDate(v)) fail(where, `"${key}" must be a date written YYYY-MM-DD`);
    entry[key] = v;
  }
  for (const key of ['note', 'example'] as const) {
    if (r[key] === undefined) continue;
    if (typeof r[key] !== 'string') fail(where, `"${key}" must be a string`);
    entry[key] = r[key] as string;
  }
  if (r.source !== undefined) {
    const source = toSource(r.source, where);
    if (Object.keys(source).length > 0) entry.source = source;
  }
  if (r.severity !== undefined) {
    if (!SEVERITIES.includes(r.severity as never)) fail(where, `"severity" must be one of ${SEVERITIES.join(', ')}`);
    entry.severity = r.severity as GlossaryEntry['severity'] & string;
  }
  return entry;
}

/** `{de: "Außenministerium", fr: [...]}`: each value is checked like a variant (a /regex/ must compile). */
function toSource(raw: unknown, where: Where): Partial<Record<SourceLanguage, string[]>> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) fail(where, `"source" must be an object of source-language terms {${SOURCE_LANGS.join(', ')}}`);
  const out: Partial<Record<SourceLanguage, string[]>> = {};
  for (const [lang, value] of Object.entries(raw)) {
    if (!SOURCE_LANGS.includes(lang as SourceLanguage)) fail(where, `unknown key "source.${lang}" (allowed: ${SOURCE_LANGS.join(', ')})`);
    const terms = stringList(value, `source.${lang}`, where)
      .map((t) => t.trim())
      .filter((t) => t !== '');
    for (const t of terms) parseVariant(t, where);
    if (terms.length > 0) out[lang as SourceLanguage] = terms;
  }
  return out;
}

function toContext(raw: unknown, where: Where): ContextCondition {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) fail(where, '"context" must be an object {anyOf, noneOf, window}');
  const r = raw as Record<string, unknown>;
  for (const key of Object.keys(r)) if (!['anyOf', 'noneOf', 'window'].includes(key)) fail(where, `unknown key "context.${key}" (allowed: anyOf, noneOf, window)`);
  const c: ContextCondition = {};
  if (r.anyOf !== undefined) c.anyOf = stringList(r.anyOf, 'context.anyOf', where);
  if (r.noneOf !== undefined) c.noneOf = stringList(r.noneOf, 'context.noneOf', where);
  if (r.window !== undefined) {
    if (typeof r.window !== 'number' || !Number.isInteger(r.window) || r.window < 1) fail(where, '"context.window" must be a whole number of words >= 1');
    c.window = r.window;
  }
  return c;
}
