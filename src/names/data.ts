import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { readWordList } from '../lang/word-forms.js';
import { readYaml } from '../lang/yaml-cache.js';
import { foldName } from './fold.js';

/** The name-matching data in corpora/names/ (see the comments in each file). */
const NAMES_URL = new URL('../../corpora/names/', import.meta.url);
export const NAMES_DIR = fileURLToPath(NAMES_URL);

export interface Convention {
  readonly name: string;
  /** Rewrite each hyphenated part on its own. */
  readonly syllables: boolean;
  /** Rewrites a word of one part read as pinyin syllables syllable by syllable too (transliteration.yaml `pinyin`). */
  readonly pinyin: boolean;
  /** Spellings this convention makes equal are the same name (see corpora/names/transliteration.yaml). */
  readonly acceptable: boolean;
  /** An acceptable convention only romanisations from another script vary by (transliteration.yaml `romanisation`). */
  readonly romanisation: boolean;
  /** The bit of the conventions two words may meet through, one on each side: its family's, else its own (conventions.ts). */
  readonly bit: number;
  /** Its family (transliteration.yaml), if any. */
  readonly family: string | undefined;
  readonly rewrite: readonly Rewrite[];
}

/**
 * A rewrite: the pattern, what replaces a match, and the letters every match holds in a row when the
 * pattern says so plainly (see requiredLetters): a word without them is left as it is, so the pattern is
 * not run on it (conventions.ts; ~280 rewrites a word, most of which find nothing).
 */
export type Rewrite = readonly [from: RegExp, to: string, needs: string | undefined];

export interface NameData {
  readonly conventions: readonly Convention[];
  readonly canon: readonly Rewrite[];
  readonly letters: ReadonlyMap<string, string>;
  readonly particles: ReadonlySet<string>;
  /** Particles that are English words too ("do"): inside a name only after a word English does not have. */
  readonly englishParticles: ReadonlySet<string>;
  readonly articles: ReadonlySet<string>;
  /** particles.yaml kinship: each kinship particle's spellings, by the meaning's place in the list. */
  readonly kinship: ReadonlyMap<string, number>;
  readonly adjectiveEndings: readonly string[];
  /** Other endings English builds words on a name with ("ism", "ist"). */
  readonly derivedEndings: readonly string[];
  /** First elements many Japanese names share ("shin", "kita"). */
  readonly genderEndings: readonly (readonly [string, string])[];
  readonly caseEndings: ReadonlySet<string>;
  readonly placeWords: ReadonlySet<string>;
  /** Weekdays and months, folded: capitalised, but no names (particles.yaml calendarWords). */
  readonly calendarWords: ReadonlySet<string>;
  /** Prepositions a place or team stands after (isolatedAfterPreposition, evidence.ts). */
  readonly namePrepositions: ReadonlySet<string>;
  /** A word of a romanisation whose names are written family name first (Japanese in Hepburn). */
  readonly familyFirst: RegExp;
  /** corpora/names/particles.yaml chineseFamilyNames, and a whole word of pinyinSyllable syllables (syllabic.ts). */
  readonly chineseFamilyNames: ReadonlySet<string>;
  readonly pinyin: RegExp;
  /** One pinyinSyllable at a time (sticky), for pinyinSyllables. */
  readonly pinyinOne: RegExp;
  /** corpora/names/particles.yaml koreanFamilyNames, and a whole word of koreanSyllable syllables (syllabic.ts). */
  readonly koreanFamilyNames: ReadonlySet<string>;
  readonly korean: RegExp;
  /** Evidence in a name word that it is of a Latin-script language, whose spelling no romanisation varies (McKellen, Becker). */
  readonly fixedSpelling: RegExp;
  /** The same, evidence only in a person's family name (Becker, Perez): given names travel between languages. */
  readonly fixedFamilyName: RegExp;
  /** Evidence in a name word that it was romanised (Zakharova), which outweighs fixedSpelling's. */
  readonly romanised: RegExp;
  /** A word of a name romanised from Arabic (a particle, "al-"), whose vowels vary with the romanisation. */
  readonly arabicName: RegExp;
  /** Titles by their first word, lower-cased, each as its lower-cased words without a final ".". */
  readonly titles: ReadonlyMap<string, readonly (readonly string[])[]>;
  /** Honorifics ("Mr", "Dr"), the same way. */
  readonly honorifics: ReadonlyMap<string, readonly (readonly string[])[]>;
  /** Military ranks (ranks.txt), the same way. */
  readonly ranks: ReadonlyMap<string, readonly (readonly string[])[]>;
  /** Names common in other languages' news (common-names.txt), as written. */
  readonly commonNames: ReadonlySet<string>;
  /** Given names in several languages' forms (cognates.txt): each folded form to all the forms of its line, folded. */
  readonly cognates: ReadonlyMap<string, readonly string[]>;
}

let data: NameData | undefined;
let version: string | undefined;

/** A hash of the YAML files the data is read from, for caches of what is derived from it (index-cache.ts). */
export function nameDataVersion(): string {
  nameData();
  return version as string;
}

/** The data, read once on first use (it never changes while the process runs). */
export function nameData(): NameData {
  return (data ??= load());
}

type Pairs = [string, string][];
interface Transliteration {
  canon: Pairs;
  letters: Record<string, string>;
  conventions: { name: string; syllables?: boolean; pinyin?: boolean; acceptable?: boolean; romanisation?: boolean; family?: string; rewrite: Pairs }[];
}
interface Particles {
  particles: string[];
  englishParticles?: string[];
  articles: string[];
  kinship?: string[][];
  adjectiveEndings: string[];
  derivedEndings: string[];
  genderEndings: [string, string][];
  caseEndings: string[];
  placeWords: string[];
  calendarWords: string[];
  namePrepositions?: string[];
  familyFirst: string;
  chineseFamilyNames: string[];
  pinyinSyllable: string;
  koreanFamilyNames: string[];
  koreanSyllable: string;
  fixedSpelling: string[];
  fixedFamilyName: string[];
  romanised: string[];
  arabicName: string;
}

/**
 * The two YAML files as parsed, from the cache folder when it holds them (yaml-cache.ts: parsing them
 * with the yaml package took ~70 ms of every check that matches names); `version` is made from their
 * cache keys, which change with the files' bytes.
 */
function parsedYaml(): { t: Transliteration; p: Particles } {
  const t = readYaml(new URL('transliteration.yaml', NAMES_URL));
  const p = readYaml(new URL('particles.yaml', NAMES_URL));
  version = createHash('sha256').update(`${t.key}\0${p.key}`).digest('hex').slice(0, 32);
  return { t: t.data as Transliteration, p: p.data as Particles };
}

function load(): NameData {
  let cognates: Map<string, readonly string[]> | undefined;
  const { t, p } = parsedYaml();
  const titles = titleList('titles.txt');
  const honorifics = titleList('honorifics.txt');
  const ranks = titleList('ranks.txt');
  return {
    canon: t.canon.map(rule),
    letters: new Map(Object.entries(t.letters)),
    conventions: t.conventions.map((c) => ({ name: c.name, syllables: c.syllables === true, pinyin: c.pinyin === true, acceptable: c.acceptable === true, romanisation: c.romanisation === true, bit: 1 << (t.conventions.findIndex((o) => o.name === c.name || (c.family !== undefined && o.family === c.family)) % 31), family: c.family, rewrite: c.rewrite.map(rule) })),
    particles: new Set(p.particles),
    englishParticles: new Set(p.englishParticles ?? []),
    articles: new Set(p.articles),
    kinship: new Map((p.kinship ?? []).flatMap((spellings, i) => spellings.map((w) => [w, i] as const))),
    adjectiveEndings: p.adjectiveEndings,
    derivedEndings: p.derivedEndings ?? [],
    genderEndings: p.genderEndings,
    caseEndings: new Set(p.caseEndings),
    placeWords: new Set(p.placeWords),
    calendarWords: new Set(p.calendarWords),
    namePrepositions: new Set(p.namePrepositions ?? []),
    familyFirst: new RegExp(p.familyFirst),
    chineseFamilyNames: new Set(p.chineseFamilyNames),
    pinyin: new RegExp(`^(?:${p.pinyinSyllable})+$`),
    pinyinOne: new RegExp(`(?:${p.pinyinSyllable})`, 'y'),
    koreanFamilyNames: new Set(p.koreanFamilyNames),
    korean: new RegExp(`^(?:${p.koreanSyllable})+$`),
    fixedSpelling: new RegExp(p.fixedSpelling.join('|'), 'u'),
    fixedFamilyName: new RegExp(p.fixedFamilyName.join('|'), 'u'),
    romanised: new RegExp(p.romanised.join('|'), 'u'),
    arabicName: new RegExp(p.arabicName, 'u'),
    titles,
    honorifics,
    ranks,
    commonNames: new Set(listLines('common-names.txt')),
    // read on first use (the cognate pass of a glossary with people), when the data it folds with is loaded
    get cognates() {
      return (cognates ??= cognateForms(listLines('cognates.txt')));
    },
  };
}

function titleList(file: string): Map<string, string[][]> {
  const titles = new Map<string, string[][]>();
  for (const s of listLines(file)) addTitle(titles, s);
  return titles;
}

/** The lines of a list of corpora/names/, trimmed, without blank lines, comments and repeats (readWordList). */
function listLines(file: string): string[] {
  return [...readWordList(new URL(file, NAMES_URL), false)];
}

/** Each form of each line to the line's forms, folded ("José" as "jose"): one array per line, shared by its forms. */
function cognateForms(lines: readonly string[]): Map<string, readonly string[]> {
  const m = new Map<string, readonly string[]>();
  for (const line of lines) {
    const forms = line.split(/\s+/).map(foldName);
    for (const form of forms) m.set(form, forms);
  }
  return m;
}

/** Adds a title ("Prime Minister", "Gen.") to a map of titles by first word. */
export function addTitle(titles: Map<string, string[][]>, title: string): void {
  const words = title.toLowerCase().replace(/\.$/, '').split(/[\s.]+/).filter((w) => w !== '');
  if (words.length === 0) return;
  const first = words[0] as string;
  const list = titles.get(first);
  if (list) list.push(words);
  else titles.set(first, [words]);
}

function rule([from, to]: [string, string]): Rewrite {
  return [new RegExp(from, 'g'), to, requiredLetters(from)];
}

/**
 * The letters every match of a pattern contains in a row, for a pattern that is lower-case letters with
 * at most an anchor and a lookaround (without parentheses inside) on either side: "(?<=[aeiou])s(?=[aeiou])"
 * needs "s", "^ch" "ch", "ij$" "ij". Undefined for any other pattern ("(zh|sh|ch)\\1", "([a-z])\\1"),
 * which is then always run.
 */
export function requiredLetters(pattern: string): string | undefined {
  return /^\^?(?:\(\?<?[=!][^()]*\))?(\p{Ll}+)(?:\(\?[=!][^()]*\))?\$?$/u.exec(pattern)?.[1];
}

/** Longer words are not read as pinyin syllables (a Chinese given name has two, three letters to six each). */
const MAX_PINYIN = 12;
/** Syllables of a given name, at most. */
const MAX_SYLLABLES = 3;

/**
 * A word of two or three pinyin syllables, each with a consonant first, split into them ("qingde" as "qing" "de", "jinping" as "jin" "ping"),
 * each the longest syllable that leaves the rest readable, taken from the left as pinyinSyllable lists them; undefined
 * for a word that is not read so whole. A Chinese given name is written as one word, and the romanisations of
 * Chinese rewrite it syllable by syllable (transliteration.yaml `syllables`: "Qingde" is Ching-te, q for ch and d for t
 * each at a syllable's start). Linear: one sticky match per syllable, no backtracking across syllables.
 */
export function pinyinSyllables(word: string): string[] | undefined {
  if (word.length < 4 || word.length > MAX_PINYIN) return undefined;
  const one = nameData().pinyinOne;
  const out: string[] = [];
  one.lastIndex = 0;
  while (one.lastIndex < word.length) {
    const at = one.lastIndex;
    const m = one.exec(word);
    // (a syllable of a vowel alone, "e" of "Elice", "a" of "Maria", is seldom in a given name and makes
    // many a Western name read as pinyin)
    if (!m || m[0] === '' || out.length === MAX_SYLLABLES || 'aeiou'.includes(word[at] as string)) return undefined;
    out.push(word.slice(at, one.lastIndex));
  }
  return out.length >= 2 ? out : undefined;
}
