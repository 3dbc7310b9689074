import { isIsoDate } from '../io/iso-date.js';
import type { CheckOptions } from './checker.js';

const SEVERITIES = ['error', 'warning', 'info', 'off'];
const CALQUE_LANGS = ['de', 'fr', 'es'];

/**
 * Refuses checker options of the wrong type or out of range, naming the option, before anything is
 * loaded: a program in plain JavaScript (or one reading options from JSON) is not held to the types.
 * Unchecked, they did something else than asked, silently: a `date` of `new Date()` or 20250101 turned
 * glossary/validity off, one of "yesterday" or "2025-02-30" was compared with the glossary's dates as text;
 * a `minConfidence` of "0.9" or 5 dropped every finding; `allow: "Starrer"` allowed each of its letters;
 * `glossaries: "a.yaml"` read a glossary named "a"; `rules: "glossary/"` failed with "chosen?.filter is
 * not a function"; a `severities` value of "loud" was ignored. Throws TypeError for a wrong type,
 * RangeError for a value out of range (as an unknown rule id is, selectRules).
 */
export function validateCheckOptions(options: unknown): asserts options is CheckOptions {
  if (options === undefined) return;
  if (!isRecord(options)) throw new TypeError(`checker options must be an object, not ${shown(options)}`);
  const o = options as Record<keyof CheckOptions, unknown>;
  if (o.glossaries !== undefined && (!Array.isArray(o.glossaries) || o.glossaries.some((g) => typeof g !== 'string' && !isRecord(g)))) {
    throw new TypeError(`option "glossaries" must be an array of file paths and loaded glossaries, not ${shown(o.glossaries)}`);
  }
  if (o.defaultGlossary !== undefined && typeof o.defaultGlossary !== 'boolean') throw new TypeError(`option "defaultGlossary" must be true or false, not ${shown(o.defaultGlossary)}`);
  if (o.sourceLang !== undefined && (typeof o.sourceLang !== 'string' || !CALQUE_LANGS.includes(o.sourceLang))) {
    throw new RangeError(`option "sourceLang" must be one of ${CALQUE_LANGS.join(', ')}, not ${shown(o.sourceLang)}`);
  }
  if (o.minConfidence !== undefined) {
    if (typeof o.minConfidence !== 'number') throw new TypeError(`option "minConfidence" must be a number from 0 to 1, not ${shown(o.minConfidence)}`);
    if (!(o.minConfidence >= 0 && o.minConfidence <= 1)) throw new RangeError(`option "minConfidence" must be a number from 0 to 1, not ${shown(o.minConfidence)}`);
  }
  if (o.rules !== undefined && !isStrings(o.rules)) throw new TypeError(`option "rules" must be an array of rule ids and prefixes ending in "/", not ${shown(o.rules)}`);
  if (o.date !== undefined) {
    if (typeof o.date !== 'string') throw new TypeError(`option "date" must be a date written YYYY-MM-DD (a string), not ${shown(o.date)}`);
    if (!isIsoDate(o.date)) throw new RangeError(`option "date" must be a date written YYYY-MM-DD that the calendar has, not ${shown(o.date)}`);
  }
  if (o.severities !== undefined) {
    if (!isRecord(o.severities)) throw new TypeError(`option "severities" must be an object of rule ids and prefixes to ${SEVERITIES.join(', ')}, not ${shown(o.severities)}`);
    for (const [key, value] of Object.entries(o.severities)) {
      if (typeof value !== 'string' || !SEVERITIES.includes(value)) throw new RangeError(`option "severities": "${key}" must be one of ${SEVERITIES.join(', ')}, not ${shown(value)}`);
    }
  }
  if (o.allow !== undefined && !isStrings(o.allow)) throw new TypeError(`option "allow" must be an array of words and phrases, not ${shown(o.allow)}`);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isStrings(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((s) => typeof s === 'string');
}

/** A value as an error message shows it: its JSON (cut short), or its kind. */
function shown(v: unknown): string {
  if (v instanceof Date) return `a Date (${Number.isNaN(v.getTime()) ? 'invalid' : v.toISOString()})`;
  if (typeof v === 'function' || typeof v === 'symbol' || typeof v === 'bigint') return `a ${typeof v}`;
  let json: string | undefined;
  try {
    json = JSON.stringify(v);
  } catch {
    json = undefined;
  }
  if (json === undefined) return String(v);
  return json.length > 60 ? `${json.slice(0, 57)}...` : json;
}
