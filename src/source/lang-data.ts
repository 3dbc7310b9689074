import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Languages an original may be in; names are compared for the Latin and Cyrillic ones and for Chinese. */
export const SOURCE_LANGS = ['de', 'fr', 'es', 'ru', 'uk', 'zh', 'ja', 'he'] as const;
export type OriginalLang = (typeof SOURCE_LANGS)[number];

/** What corpora/lang/languages.json says about one language. */
export interface LangData {
  name: string;
  script?: 'Cyrillic' | 'Han' | 'Hebrew';
  /** English characters per character of this language in translation (spaces left out; WMT23 for de, ru, uk, he, ja). */
  lengthRatio?: number;
  /** The npm package of its Hunspell dictionary, when there is one. */
  dictionary?: string;
  decimal: string;
  group: string[];
  /** Words after a number that multiply it ("Millionen" → 1e6), lower-case. */
  scale: Record<string, number>;
  /** Abbreviations (without their final period) after which a sentence does not end. */
  abbreviations: string[];
  /** Words after a number that make it a time of day ("14.30 Uhr"). */
  timeWords?: string[];
  /** Characters after a number that make it a month ("2月"). */
  monthMarks?: string[];
  /** Eras before a year and the year before their first ("令和4年" → 2022). */
  eras?: Record<string, number>;
  /** Lower-case words inside a name ("де", "фон"): not a preposition or a conjunction between two names (English: corpora/names/particles.yaml). */
  nameParticles?: string[];
  /** Pronouns that may stand for a person the original names (English: "he", "her"). */
  personPronouns?: string[];
  /** The language writes a name's genitive with a bare -s (German "Putins"): the name without it is the name. */
  genitiveS?: boolean;
  /** Words that need a word after them (English "of", "the"): one right before punctuation or a word of `joinWords` is a hole (gap.ts). */
  objectWords?: string[];
  /** Prepositions that a word needing its object cannot be followed by ("of in"). */
  joinWords?: string[];
  /** Starts of the nouns of administrative regions ("област", "район"): a capitalised adjective before one names a place (region-adjective.ts). */
  regionNouns?: string[];
  /** Prepositions that may stand right before a place or a name ("am Schluchsee", "на Поліссі"): gap.ts strandedName. */
  placePrepositions?: string[];
  /** Prepositions (English) that end a sentence, or open one before a comma, only where the word after them was left out (gap.ts strandedEnd, with the original's name right after a preposition; prepositionOpens). */
  strandedWords?: string[];
  /** Endings an inflected name may carry in this language ("Starmers"). */
  nameEndings?: string[];
  /**
   * Case endings of a noun that no nominative singular of a name ends in as a case ending ("Кинотавр|е",
   * "Буч|і", "Харков|ом"); not "а" or "я" (a genitive, but also a feminine nominative: "Иванова", "Марія"),
   * nor "ой", "ей" (the nominative "Толстой", "Сергей"). A name of the original that ends so, written in the
   * translation with the ending, kept a case ending English has no use for (case-ending.ts).
   */
  obliqueEndings?: string[];
  /** Case endings that change a stem's last consonant, with the nominative's ("Празі" → "Прага": ["зі", "га"]). */
  caseAlternations?: [string, string][];
  /** Surname endings, with case endings ("Соколов", "Соколова", "Боровский"): a word the dictionary may also know as a common one. */
  surname?: string;
  /**
   * Endings of an adjective made of a place's name ("Московского", "Харківської"): capitalised inside a
   * sentence, it opens a proper name ("Московского кинофестиваля", Moscow Film Festival), though the
   * dictionary knows the word in lower case.
   */
  placeAdjective?: string;
}

const dataFile = (name: string) => fileURLToPath(new URL(`../../corpora/lang/${name}`, import.meta.url));

// read-only data, loaded once on first use
let languages: Record<string, LangData> | undefined;
let keys: Record<string, [string, string][]> | undefined;
let cyrillic: Record<string, CyrillicTable> | undefined;
let stops: Map<string, Set<string>> | undefined;

export interface CyrillicTable {
  final: Record<string, string>;
  initial: Record<string, string>;
  letters: Record<string, string>;
  /** Every Latin spelling English texts use for a letter or a pair of letters. */
  variants?: Record<string, string[]>;
  /** Nominative endings English writes after a stem whose case ending was cut ("Нади" → "Nadya"). */
  tails?: string[];
}

/** A JSON file of corpora/lang, parsed. */
export function readLangFile<T>(name: string): T {
  return JSON.parse(readLangText(name)) as T;
}

/** The text of a file of corpora/lang/. */
export function readLangText(name: string): string {
  return readFileSync(dataFile(name), 'utf8');
}

export function langData(lang: string): LangData | undefined {
  languages ??= readLangFile<Record<string, LangData>>('languages.json');
  const d = languages[lang];
  return d && typeof d === 'object' ? d : undefined;
}

const placeAdjectives = new Map<string, RegExp | undefined>();
/** The language's `placeAdjective` endings (languages.json) as a regular expression, made once per language. */
export function placeAdjective(lang: string): RegExp | undefined {
  if (!placeAdjectives.has(lang)) {
    const source = langData(lang)?.placeAdjective;
    placeAdjectives.set(lang, source ? new RegExp(source, 'u') : undefined);
  }
  return placeAdjectives.get(lang);
}

/** The [spelling, key] pairs of corpora/lang/name-keys.json for a language (English for those without). */
export function nameKeyPairs(lang: string): [string, string][] {
  keys ??= readLangFile<Record<string, [string, string][]>>('name-keys.json');
  return keys[lang] ?? keys.en ?? [];
}

export function cyrillicTable(lang: string): CyrillicTable | undefined {
  cyrillic ??= readLangFile<Record<string, CyrillicTable>>('cyrillic.json');
  return cyrillic[lang];
}

export function isOriginalLang(lang: string): lang is OriginalLang {
  return (SOURCE_LANGS as readonly string[]).includes(lang);
}

/** Function words per language (corpora/lang/stopwords.json), for telling a text's language. */
export function stopwords(): Map<string, Set<string>> {
  stops ??= new Map(
    Object.entries(readLangFile<Record<string, string[] | string>>('stopwords.json'))
      .filter((e): e is [string, string[]] => Array.isArray(e[1]))
      .map(([lang, words]) => [lang, new Set(words)]),
  );
  return stops;
}
