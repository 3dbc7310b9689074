import { basename, extname } from 'node:path';
import { createRequire } from 'node:module';
import type { Node as YamlNode } from 'yaml';
import { type Cached, cacheKey, readCache, writeCache } from './cache.js';
import { knownKeys, toEntry, type Where } from './entry.js';
import { GlossaryError } from './errors.js';
import { GlossaryIndex } from './glossary-index.js';
import { keyByStat, rememberKey, statOf } from './key-by-stat.js';
import { importGlossary } from './import/index.js';
import { valeList } from './import/vale.js';
import { parseCsvEntries } from './csv.js';
import { parseTbxEntries } from './tbx.js';
import type { Glossary, GlossaryEntry } from './types.js';
import { FileError } from '../io/errors.js';
import { jsonErrorAt, jsonErrorText } from '../io/json-error.js';
import { decodeText, readAtMost, unopened } from '../io/read.js';
import { yamlErrorText } from '../io/yaml-error.js';
import { jsonLines, jsonListLines } from '../io/json-path.js';
import { lineAtPath } from '../io/yaml-path.js';
import { yamlValue } from '../io/yaml-value.js';

/** `vale`: a Vale vocabulary (accept.txt, reject.txt); prh YAML and textlint-rule-terminology JSON are told by their shape (src/glossary/import/). */
export type GlossaryFormat = 'yaml' | 'json' | 'csv' | 'tbx' | 'vale';

// The YAML and CSV parsers are loaded when a glossary in that format is read: most runs read the
// bundled glossary from its JSON cache and need neither (the YAML parser alone costs ~30 ms at start-up).
const require = createRequire(import.meta.url);
/** Far more than the largest glossary (50,000 entries are a few MB); a device such as /dev/zero never ends. */
const MAX_GLOSSARY_BYTES = 256 * 1024 * 1024;
const yaml = () => require('yaml') as typeof import('yaml');
/** The keys of a YAML or JSON glossary written as an object (docs/glossary-format.md). */
const GLOSSARY_KEYS = ['name', 'description', 'allow', 'entries'];

export function formatFromPath(path: string): GlossaryFormat {
  const ext = extname(path).toLowerCase();
  if (ext === '.csv') return 'csv';
  if (ext === '.json') return 'json';
  if (ext === '.yaml' || ext === '.yml') return 'yaml';
  if (ext === '.tbx') return 'tbx';
  if (valeList(path)) return 'vale';
  throw new GlossaryError(path, undefined, `unknown glossary format "${ext || '(no extension)'}" (use .yaml, .yml, .json, .csv or .tbx, or a Vale accept.txt or reject.txt)`);
}

/** Reads and validates a glossary file; throws GlossaryError naming the file and line. */
export function loadGlossaryFile(path: string, displayPath = path): Glossary {
  const format = formatFromPath(path);
  // the key of the file's bytes, remembered by the file's stat (key-by-stat.ts): then not even read
  const st = statOf(path);
  const known = st && keyByStat(path, format, displayPath, st);
  const knownCache = known ? readCache(known) : undefined;
  if (known && knownCache) return cachedGlossary(known, knownCache, displayPath);
  // the cache is keyed by the file's bytes: a cached glossary is never decoded as text
  let bytes: Buffer;
  try {
    bytes = readAtMost(path, displayPath, MAX_GLOSSARY_BYTES, 'the limit for a glossary');
  } catch (e) {
    if (e instanceof FileError) throw new GlossaryError(displayPath, undefined, e.reason);
    const { name, reason } = unopened(displayPath, e);
    throw new GlossaryError(name, undefined, reason);
  }
  const key = cacheKey(bytes, format, displayPath);
  const cached = readCache(key);
  if (cached) {
    if (st && key !== known) rememberKey(path, format, displayPath, st, key);
    return cachedGlossary(key, cached, displayPath);
  }
  const glossary = parseGlossary(glossaryText(bytes, displayPath), format, displayPath);
  const index = GlossaryIndex.fromEntries(glossary.entries);
  index.key = key;
  writeCache(key, { index, warnings: glossary.warnings, allow: glossary.allow }, displayPath);
  if (st && key !== known) rememberKey(path, format, displayPath, st, key);
  return indexedGlossary(glossary, index);
}

/**
 * A glossary's bytes as text, decoded as the checked files are (src/io/decode.ts): UTF-8, or UTF-16 with
 * a byte-order mark (as terminology tools export TBX), or the encoding an XML declaration names; bytes
 * that are not valid in it are refused with one line, not read as U+FFFD, which no text would match.
 */
function glossaryText(bytes: Buffer, displayPath: string): string {
  try {
    return decodeText(bytes, displayPath).text;
  } catch (e) {
    if (e instanceof FileError) throw new GlossaryError(displayPath, e.line, e.reason.startsWith(`${displayPath}: `) ? e.reason.slice(displayPath.length + 2) : e.reason);
    throw e;
  }
}

export function cachedGlossary(key: string, cached: Cached, displayPath: string): Glossary {
  cached.index.key = key;
  return indexedGlossary({ path: displayPath, name: glossaryName(displayPath), warnings: cached.warnings, allow: cached.allow }, cached.index);
}

/**
 * A glossary whose matching index is known; its `entries` are parsed from the cache only when some
 * caller asks for all of them (matching never does).
 */
export function indexedGlossary(base: Omit<Glossary, 'entries' | 'index'>, index: GlossaryIndex): Glossary {
  let entries: GlossaryEntry[] | undefined;
  let current: GlossaryIndex | undefined = index;
  const glossary = { path: base.path, name: base.name, warnings: base.warnings, allow: base.allow } as Glossary;
  Object.defineProperties(glossary, {
    entries: {
      enumerable: true,
      get: () => (entries ??= index.entries()),
      // entries replaced by the caller: the index no longer describes them
      set: (value: GlossaryEntry[]) => {
        entries = value;
        current = undefined;
      },
    },
    index: { enumerable: false, get: () => current },
  });
  return glossary;
}

function glossaryName(path: string): string {
  return basename(path).replace(/\.[^.]+$/, '');
}

export function parseGlossary(text: string, format: GlossaryFormat, path = '<glossary>'): Glossary {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const tbx = format === 'tbx' ? parseTbxEntries(body, path) : undefined;
  const imported = importGlossary(body, format, path);
  const parsed: Parsed = imported
    ? imported
    : tbx
    ? { entries: tbx.entries, allow: [] }
    : format === 'csv'
      ? { entries: parseCsvEntries(body, path), allow: [] }
      : format === 'json'
        ? parseJsonEntries(body, path)
        : parseYamlEntries(body, path);
  const { entries } = parsed;
  const glossary: Glossary = { path, name: glossaryName(path), entries, warnings: [], allow: parsed.allow };
  glossary.warnings = [...(tbx?.warnings ?? []), ...(imported?.warnings ?? []), ...findConflicts(entries)];
  return glossary;
}

/** JSON is read with JSON.parse (strict, and much faster than the YAML parser on large glossaries). */
function parseJsonEntries(text: string, file: string): Parsed {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    // the line of the error, which JSON.parse does not always give ("Unexpected token 'H', "Hi." is not valid JSON")
    throw new GlossaryError(file, jsonErrorAt(text, e as Error)?.line, `invalid JSON: ${jsonErrorText(e as Error)}`);
  }
  // an error about a key names the key's own line, as in YAML
  const lineAt = jsonLines(text);
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) glossaryKeys(value as Record<string, unknown>, { file, lineOf: lineAt });
  const list = Array.isArray(value) ? value : (value as { entries?: unknown } | null)?.entries;
  if (!Array.isArray(list)) throw new GlossaryError(file, 1, 'expected a list of entries, or an object with "entries"');
  // the line of each entry: text on one line (as JSON.stringify writes it) need not be read again for it
  const oneLine = !/[\r\n]/.test(text.trimEnd());
  const lines = oneLine ? [] : jsonListLines(text, 'entries');
  if (!lines) throw new GlossaryError(file, undefined, 'nested too deep to read');
  const listPath = Array.isArray(value) ? [] : ['entries'];
  const entries = list.map((raw, i) => {
    const line = oneLine ? 1 : lines[i];
    const where = line === undefined ? { file } : { file, line };
    try {
      return toEntry(raw, where);
    } catch (e) {
      // the same error again, naming the line of the bad key: JSON.parse tells no lines, so the text is parsed again
      // for them only now (looking them up for every entry made a glossary of 50,000 entries load 3 times slower)
      if (e instanceof GlossaryError) toEntry(raw, { ...where, lineOf: (path) => lineAt([...listPath, i, ...path]) });
      throw e;
    }
  });
  return { entries, allow: Array.isArray(value) ? [] : allowList((value as { allow?: unknown }).allow, file, () => lineAt(['allow'])) };
}

/**
 * Refuses a key of a glossary written as an object that is not one of its keys, at the key's line: a key
 * misspelt ("entires") would leave the glossary empty or partial without a word; and a "name" or
 * "description" that is not a string (`name: [a, b]`, `"description": 5`; one left empty is absent). A lone entry (a "term" and no
 * "entries") is left to be refused as not a list of entries.
 */
function glossaryKeys(keys: Record<string, unknown>, where: Where): void {
  if ('term' in keys && !('entries' in keys)) return;
  knownKeys(keys, GLOSSARY_KEYS, where);
  for (const key of TEXT_KEYS) {
    const value = keys[key];
    // (an empty value, `name:` in YAML or null in JSON, is the key left blank, as templates leave it: absent)
    if (key in keys && typeof value !== 'string' && value !== null && value !== undefined) throw new GlossaryError(where.file, where.lineOf?.([key]), `"${key}" must be a string, not ${kindOf(value)}`);
  }
}

/** The keys of a glossary written as an object whose value is text. */
const TEXT_KEYS = ['name', 'description'];

/** What a value read from JSON or YAML is, for an error: "a list", "a number (quote it to make it text)". */
function kindOf(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return `${typeof value === 'number' ? 'a number' : typeof value === 'boolean' ? `${value}` : typeof value} (quote it to make it text)`;
}

interface Parsed {
  entries: GlossaryEntry[];
  /** Words and phrases the glossary says are never to be flagged. */
  allow: string[];
}

/** The "allow" list; `line` finds the line of its key, for an error. */
function allowList(value: unknown, file: string, line: () => number | undefined): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || v.trim() === '')) {
    throw new GlossaryError(file, line(), '"allow" must be a list of words or phrases');
  }
  return (value as string[]).map((v) => v.trim());
}

function parseYamlEntries(text: string, file: string): Parsed {
  const { isMap, isScalar, isSeq, LineCounter, parseDocument, visit } = yaml();
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineOf = (node: YamlNode | null | undefined): number | undefined =>
    node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
  const value = (node: YamlNode) => yamlValue({ visit }, doc, node, lineOf, (line, detail) => new GlossaryError(file, line, detail));
  const err = doc.errors[0];
  if (err) throw new GlossaryError(file, lineCounter.linePos(err.pos[0]).line, yamlErrorText(err));
  let list: YamlNode | null | undefined = doc.contents as YamlNode | null;
  if (list === null || list === undefined) throw new GlossaryError(file, 1, 'empty glossary: expected a list of entries');
  let allow: string[] = [];
  const kinds = { isMap, isScalar, isSeq };
  if (isMap(list)) {
    const root = list;
    const keys = Object.fromEntries(
      root.items.map((p) => {
        const key = isScalar(p.key) ? String(p.key.value) : String(p.key);
        // the value of "name" and "description" as JSON would give it, to check its type
        return [key, TEXT_KEYS.includes(key) ? (p.value as { toJSON(): unknown } | null)?.toJSON() : true];
      }),
    );
    glossaryKeys(keys, { file, lineOf: (path) => lineAtPath(kinds, root, path, lineOf) });
    const allowNode = list.get('allow', true) as YamlNode | undefined;
    allow = allowList(allowNode && value(allowNode), file, () => lineOf(allowNode));
    const inner = list.get('entries', true) as YamlNode | undefined;
    if (!inner) throw new GlossaryError(file, lineOf(list), 'expected a list of entries, or an object with "entries"');
    list = inner;
  }
  if (!isSeq(list)) throw new GlossaryError(file, lineOf(list), 'expected a list of entries');
  const entries = list.items.map((item) => {
    const line = lineOf(item as YamlNode);
    // an error about a key names the key's own line (`fix: always` three lines into its entry)
    const inside = (path: readonly (string | number)[]) => lineAtPath(kinds, item as YamlNode, path, lineOf);
    return toEntry(value(item as YamlNode), line === undefined ? { file, lineOf: inside } : { file, line, lineOf: inside });
  });
  return { entries, allow };
}

/**
 * What is wrong with a literal variant that is its own term but for case: glossary/variant never flags
 * the term as written, so an entry that ignores case finds only the term's other casings with it.
 */
function selfVariant(e: GlossaryEntry, variant: string): string | undefined {
  if (variant.toLowerCase() !== e.term.toLowerCase()) return undefined;
  if (e.caseSensitive) return variant === e.term ? 'is the term itself: it flags nothing' : undefined;
  const only = `and the entry is not caseSensitive: it can only ever match other casings of "${e.term}" (never "${e.term}" itself)`;
  return variant === e.term ? `is the term itself, ${only}` : `differs from the term only in case, ${only}; set caseSensitive: true to flag "${variant}" alone`;
}

/** Duplicate terms and variants that are another entry's term are reported, never merged silently. */
function findConflicts(entries: GlossaryEntry[]): string[] {
  const warnings: string[] = [];
  const terms = new Map<string, GlossaryEntry>();
  for (const e of entries) {
    const key = e.term.toLowerCase();
    const first = terms.get(key);
    if (first) warnings.push(`${e.glossary}:${e.line ?? '?'}: duplicate term "${e.term}" (first at line ${first.line ?? '?'})`);
    else terms.set(key, e);
  }
  for (const e of entries) {
    for (const v of e.variants) {
      if (v.kind !== 'literal') continue;
      const self = selfVariant(e, v.text);
      if (self) warnings.push(`${e.glossary}:${e.line ?? '?'}: variant "${v.text}" of "${e.term}" ${self}`);
      const other = terms.get(v.text.toLowerCase());
      if (other && other !== e && (other.caseSensitive ? other.term === v.text : true)) {
        warnings.push(`${e.glossary}:${e.line ?? '?'}: variant "${v.text}" of "${e.term}" is itself the term at line ${other.line ?? '?'}; the variant is ignored`);
        e.variants = e.variants.filter((x) => x !== v);
      }
    }
  }
  // one wrong form said to stand for two different terms: the matcher would pick one silently
  const variantOf = new Map<string, GlossaryEntry>();
  for (const e of entries) {
    for (const v of e.variants) {
      const key = v.text.toLowerCase();
      const first = variantOf.get(key);
      if (!first) variantOf.set(key, e);
      else if (first.term.toLowerCase() !== e.term.toLowerCase()) {
        warnings.push(`${e.glossary}:${e.line ?? '?'}: variant "${v.text}" of "${e.term}" is also a variant of "${first.term}" (line ${first.line ?? '?'}); the longer or earlier entry wins where they meet`);
      }
    }
  }
  return warnings;
}
