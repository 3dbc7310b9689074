import { isEnglishWord } from '../lang/english.js';
import { cachedPlaceNames, cachedTable } from './exonym-cache.js';
import { langData, readLangText } from './lang-data.js';
import { fold } from './name-key.js';

/**
 * English names of places and languages, found from the original's spelling: "Германия", "Германии"
 * → Germany, German; "Deutschland" → Germany; "Польщі" → Poland, Polish. A translation writes a country
 * by its English name, which neither the original's letters nor their romanisation give, so without
 * this a dropped "Україна" and a translated "Польща" look alike.
 *
 * The mechanism is ICU, built into Node: Intl.DisplayNames knows every region's name in every language
 * (`new Intl.DisplayNames(['ru'], { type: 'region' }).of('DE')` is "Германия"), and the English name of
 * the region's main language (Intl.Locale('und-DE').maximize() → de → "German") gives the adjective.
 * Languages by name too ("Englisch" → English). corpora/lang/exonyms.json adds what ICU does not say:
 * the names news uses beside ICU's ("Turkey" for "Türkiye") and cities and regions with exonyms
 * ("Москва" → Moscow). Built once per language on first use (about 2 ms: 676 letter codes and the 999
 * numeric UN M49 codes).
 */

interface Data {
  regions: Record<string, string[]>;
  [lang: string]: Record<string, string[]>;
}

let data: Data | undefined;
const tables = new Map<string, Map<string, string[]>>();
/** Per language, the keys of one-word names and of the data file: a place, not a word of a longer name ("Святой Елены"). */
const wholes = new Map<string, Set<string>>();
/** Every English name a table may give (of any original), folded: made once, see placeNames. */
let englishNames: Set<string> | undefined;
/** Letters a word of the original may carry after the name's stem: "Германи|и", "Deutsch|en" (not "Серб|ана"). */
const ENDING = 2;
const MIN_STEM = 4;
/**
 * Letters the nominative may lose to a case ending: up to two in Russian and Ukrainian ("Польщ|а",
 * "Кита|й", "Егип|ет" → "Египта", "Афри|ка" → "Африці"); none in a Latin-script language, whose names
 * take endings but keep theirs ("Deutschland|s").
 */
const cutOf = (lang: string) => (lang === 'ru' || lang === 'uk' ? 2 : 0);

function read(): Data {
  data ??= JSON.parse(dataText()) as Data;
  return data;
}

let text: string | undefined;
/** The data file's text: part of the tables' cache key (exonym-cache.ts). */
const dataText = () => (text ??= readLangText('exonyms.json'));

function table(lang: string): Map<string, string[]> {
  const known = tables.get(lang);
  if (known) return known;
  // from the cache folder when an earlier process built it (exonym-cache.ts)
  const { table: out, whole } = cachedTable(lang, dataText(), () => buildTable(lang));
  wholes.set(lang, whole);
  tables.set(lang, out);
  return out;
}

function buildTable(lang: string): { table: Map<string, string[]>; whole: Set<string> } {
  const out = new Map<string, string[]>();
  const whole = new Set<string>();
  const cyrillic = lang === 'ru' || lang === 'uk';
  const add = (local: string, english: readonly string[], data = false) => {
    const parts = local.split(/[\s\u00a0-]+/u);
    // in a Latin-script language a word of a longer name is often a noun of its own ("Vereinte Nationen")
    if (parts.length > 1 && !cyrillic && !data) return;
    for (const word of parts) {
      // only capitalised words: what a name of the original looks like ("Соединенные", not "и")
      if (word.length < MIN_STEM || word.charAt(0) === word.charAt(0).toLowerCase()) continue;
      const f = fold(word);
      for (let d = 0; d <= cutOf(lang) && f.length - d >= MIN_STEM; d++) {
        const key = f.slice(0, f.length - d);
        out.set(key, [...new Set([...(out.get(key) ?? []), ...english])]);
        if (parts.length === 1 || data) whole.add(key);
      }
    }
  };
  const d = read();
  try {
    const local = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
    const english = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
    const short = new Intl.DisplayNames(['en'], { type: 'region', style: 'short', fallback: 'none' });
    const languages = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
    for (const code of regionCodes()) {
      const name = local.of(code);
      if (!name) continue;
      const names = [english.of(code), short.of(code), ...(d.regions[code] ?? [])];
      // the region's main language gives its adjective ("German", "Polish"); not for the numeric regions
      if (/^[A-Z]{2}$/.test(code)) names.push(languages.of(new Intl.Locale(`und-${code}`).maximize().language));
      add(name, names.filter((n): n is string => typeof n === 'string' && n.length > 0).flatMap(words));
    }
    const localLanguages = new Intl.DisplayNames([lang], { type: 'language', fallback: 'none' });
    for (const code of languageCodes()) {
      const name = localLanguages.of(code);
      const en = languages.of(code);
      if (name && en) add(name, words(en));
    }
  } catch {
    // a Node built without full ICU knows only English names: the data file alone then
  }
  for (const [local, english] of Object.entries(d[lang] ?? {})) add(local, english.flatMap(words), true);
  return { table: out, whole };
}

/** The capitalised words of an English name: "Saudi Arabia" is written "Saudi" or "Arabia"; not "of", "and". */
function words(name: string): string[] {
  return name.split(/[\s\u00a0-]+/u).filter((w) => w.length >= 2 && w.charAt(0) !== w.charAt(0).toLowerCase());
}

function* regionCodes(): Generator<string> {
  for (let a = 65; a <= 90; a++) for (let b = 65; b <= 90; b++) yield String.fromCharCode(a, b);
  for (let n = 1; n <= 999; n++) yield String(n).padStart(3, '0');
}

function* languageCodes(): Generator<string> {
  for (let a = 97; a <= 122; a++) for (let b = 97; b <= 122; b++) yield String.fromCharCode(a, b);
}

/**
 * The English names of a place or language that `word` of an original in `lang` names, inflected or
 * not ("Германии" → Germany, German), or undefined. The longest stem known wins.
 */
export function exonymsOf(word: string, lang: string): readonly string[] | undefined {
  return remembered(exonymMemo, word, lang, () => {
    const t = table(lang);
    const key = lookup(word, lang, (k) => t.has(k));
    return key === undefined ? null : (t.get(key) ?? null);
  }) ?? undefined;
}

/**
 * Whether `word` names a country, region, city or language by itself ("Сирії", "Москве"), not as a
 * word of a longer name that is also a person's ("Елены" of "Остров Святой Елены").
 */
export function isPlaceName(word: string, lang: string): boolean {
  return remembered(placeMemo, word, lang, () => {
    table(lang);
    const whole = wholes.get(lang);
    return whole !== undefined && lookup(word, lang, (k) => whole.has(k)) !== undefined;
  });
}

const exonymMemo = new Map<string, Map<string, readonly string[] | null>>();
const placeMemo = new Map<string, Map<string, boolean>>();
/** Words whose answers are remembered, at most, per language and question. */
const MAX_MEMO = 20_000;

/**
 * `make()` for `word` in `lang`, once per process (a map per language, so no key string is built).
 * Speed: the source rules ask about every capitalised word of every pair in every check, and each
 * question folds the word and looks up a dozen of its stems; the answer depends on the word alone.
 */
function remembered<T>(memo: Map<string, Map<string, T>>, word: string, lang: string, make: () => T): T {
  let byWord = memo.get(lang);
  if (byWord === undefined) memo.set(lang, (byWord = new Map()));
  let answer = byWord.get(word);
  if (answer === undefined) {
    answer = make();
    if (byWord.size >= MAX_MEMO) byWord.clear();
    byWord.set(word, answer);
  }
  return answer;
}

/** The longest key `has` knows among the word's stems: the word less up to two letters, three from a stem of six or more. */
function lookup(word: string, lang: string, has: (key: string) => boolean): string | undefined {
  const f = fold(word);
  const forms = [f];
  // a case ending that changes the stem's last consonant ("Празі" for "Прага", "Африці" for "Африка")
  for (const [ending, nominative] of langData(lang)?.caseAlternations ?? []) {
    if (f.endsWith(ending) && f.length - ending.length >= 3) forms.push(f.slice(0, -ending.length) + nominative);
  }
  for (const form of forms) {
    for (let d = 0; d <= ENDING + 1 && form.length - d >= MIN_STEM; d++) {
      const key = form.slice(0, form.length - d);
      if (d > ENDING && key.length < 6) break;
      if (has(key)) return key;
    }
  }
  return undefined;
}

/** Letters an English name loses before an adjective's ending: one in a short name ("Chin|a" → Chinese), two in a longer one ("Argentin|a" → Argentinian). */
const englishCut = (length: number) => (length > 6 ? 2 : 1);

/**
 * Whether an English word (folded) writes one of the names: the same, or sharing all but the last
 * letter or two and at least four ("Russian" for Russia, "Ukrainian" for Ukraine, "Chinese" for China;
 * not "Franklin" for France).
 */
export function writesExonym(folded: string, names: readonly string[]): boolean {
  return names.some((n) => {
    const e = fold(n);
    if (e === folded) return true;
    let p = 0;
    while (p < e.length && p < folded.length && e.charCodeAt(p) === folded.charCodeAt(p)) p++;
    return p >= MIN_STEM && p >= e.length - englishCut(e.length);
  });
}

/** The English names of every region and language (ICU) and of the data file, whatever the original's language. */
function placeNames(): Set<string> {
  return (englishNames ??= cachedPlaceNames(dataText(), buildPlaceNames));
}

function buildPlaceNames(): Set<string> {
  const out = new Set<string>();
  const d = read();
  const add = (name: string | undefined) => {
    for (const w of name ? words(name) : []) out.add(fold(w));
  };
  try {
    const english = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
    const short = new Intl.DisplayNames(['en'], { type: 'region', style: 'short', fallback: 'none' });
    const languages = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
    for (const code of regionCodes()) {
      add(english.of(code));
      add(short.of(code));
    }
    for (const code of languageCodes()) add(languages.of(code));
  } catch {
    // no ICU data: the data file alone
  }
  for (const [key, table] of Object.entries(d)) if (key !== '$comment') for (const names of Object.values(table)) names.forEach(add);
  return out;
}

/** Endings of English adjectives and demonyms after a name less its last letter ("Russi|an", "Chin|ese"). */
const ADJECTIVE = ['n', 'an', 'ian', 'ean', 'ese', 'ish', 'i', 'ic', 'ans', 'ians', 'eans', 's'];

/**
 * Whether an English word (folded) writes the name of a country, region or language, or its adjective
 * ("European", "Russian", "Czech"), whatever the original's language: such a word stands for a place,
 * never for a person the original names otherwise. Not a name that merely begins like one ("George",
 * "Helen": Georgia, Saint Helena). With `exact`, only a name or adjective as the data write it.
 */
export function isPlaceWord(folded: string, exact = false): boolean {
  const names = placeNames();
  if (names.has(folded)) return true;
  // as written only: a name one letter off another's adjective ("Ukrainean") may be a misspelling
  if (exact) return false;
  for (const end of ADJECTIVE) {
    if (!folded.endsWith(end) || folded.length - end.length < MIN_STEM - 1) continue;
    const stem = folded.slice(0, folded.length - end.length);
    // from a name that is no English word too: "Sea" (of "North Sea") makes no "Sean"
    const base = [stem, ...[...'aeyo'].map((v) => stem + v)].find((b) => names.has(b));
    if (base !== undefined && !isEnglishWord(base)) return true;
  }
  return false;
}
