import { createHash } from 'node:crypto';
import { type DerivedKind, moduleUrl, readDerived, writeDerived } from '../glossary/derived-cache.js';

/**
 * exonyms.ts's tables kept in the cache folder (derived-cache.ts), so that a process's first check with
 * an original does not build them again from ICU: a language's table asks Intl.DisplayNames about 1,675
 * region and 676 language codes (~30 ms for German), the English place names about as many (~15 ms);
 * read back, each is a JSON file of some 100 KB (~2 ms).
 *
 * The entry's name covers the modules that derive the data (exonyms.ts, exonym-spelling.ts, and
 * name-key.ts whose folding makes the keys), the data file's text,
 * and ICU: its version and CLDR's, whether Node was built with English data only (small-icu), and the
 * data file NODE_ICU_DATA names, so another ICU never reads what this one wrote. Asked of ICU itself (a
 * display name), the key would cost what it saves: ICU loads its names at the first question (~15 ms).
 */
const KIND: DerivedKind = {
  name: 'exonyms',
  format: 1,
  code: [new URL(import.meta.url), moduleUrl('./exonyms', import.meta.url), moduleUrl('./exonym-spelling', import.meta.url), moduleUrl('./name-key', import.meta.url)],
};

export interface ExonymTable {
  table: Map<string, string[]>;
  /** Keys of one-word names and of the data file (exonyms.ts `wholes`). */
  whole: Set<string>;
}

interface Stored {
  table: [string, string[]][];
  whole: string[];
}

/** The key of an entry: what ICU and the data file (its text, `data`) give for `lang` ("en": the English place names). */
function keyOf(lang: string, data: string): string {
  const icu = [process.versions.icu, process.versions.cldr, String((process.config.variables as Record<string, unknown>).icu_small), process.env.NODE_ICU_DATA];
  return `${lang}\0${icu.join('\0')}\0${createHash('sha256').update(data).digest('hex')}`;
}

const isStored = (v: unknown): v is Stored =>
  typeof v === 'object' && v !== null && Array.isArray((v as Stored).table) && Array.isArray((v as Stored).whole) && (v as Stored).whole.every((w) => typeof w === 'string');

/** A language's table from the cache, else `build()`'s, then kept there. */
export function cachedTable(lang: string, data: string, build: () => ExonymTable): ExonymTable {
  const key = keyOf(lang, data);
  const stored = readDerived(KIND, key);
  if (isStored(stored)) return { table: new Map(stored.table), whole: new Set(stored.whole) };
  const built = build();
  writeDerived(KIND, key, { table: [...built.table], whole: [...built.whole] } satisfies Stored);
  return built;
}

/** The English names of every region and language (exonyms.ts placeNames) from the cache, else `build()`'s, then kept there. */
export function cachedPlaceNames(data: string, build: () => Set<string>): Set<string> {
  return cachedTable('en', `place-names\0${data}`, () => ({ table: new Map(), whole: build() })).whole;
}

/**
 * A language's month and weekday names in English (exonym-spelling.ts calendarNames, from
 * Intl.DateTimeFormat) from the cache, else `build()`'s, then kept there: with the tables read back,
 * these would be what loads ICU's data at a first check (~10 ms).
 */
export function cachedCalendar(lang: string, build: () => Map<string, string>): Map<string, string> {
  const { table } = cachedTable(lang, 'calendar', () => ({ table: new Map([...build()].map(([k, v]) => [k, [v]])), whole: new Set() }));
  return new Map([...table].map(([k, v]) => [k, v[0] as string]));
}
