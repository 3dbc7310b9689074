import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

/** The name-matching data in corpora/names/ (see the comments in each file). */
export const NAMES_DIR = fileURLToPath(new URL('../../corpora/names/', import.meta.url));

export interface Convention {
  readonly name: string;
  /** Rewrite each hyphenated part on its own. */
  readonly syllables: boolean;
  /** Spellings this convention makes equal are the same name (see corpora/names/transliteration.yaml). */
  readonly acceptable: boolean;
  readonly rewrite: readonly (readonly [RegExp, string])[];
}

export interface NameData {
  readonly conventions: readonly Convention[];
  readonly canon: readonly (readonly [RegExp, string])[];
  readonly letters: ReadonlyMap<string, string>;
  readonly particles: ReadonlySet<string>;
  readonly articles: ReadonlySet<string>;
  readonly adjectiveEndings: readonly string[];
  readonly genderEndings: readonly (readonly [string, string])[];
  readonly caseEndings: ReadonlySet<string>;
  readonly placeWords: ReadonlySet<string>;
  /** Titles by their first word, lower-cased, each as its lower-cased words without a final ".". */
  readonly titles: ReadonlyMap<string, readonly (readonly string[])[]>;
  /** Honorifics ("Mr", "Dr"), the same way. */
  readonly honorifics: ReadonlyMap<string, readonly (readonly string[])[]>;
}

let data: NameData | undefined;

/** The data, read once on first use (it never changes while the process runs). */
export function nameData(): NameData {
  return (data ??= load());
}

type Pairs = [string, string][];

function load(): NameData {
  const t = parse(readFileSync(NAMES_DIR + 'transliteration.yaml', 'utf8')) as {
    canon: Pairs;
    letters: Record<string, string>;
    conventions: { name: string; syllables?: boolean; acceptable?: boolean; rewrite: Pairs }[];
  };
  const p = parse(readFileSync(NAMES_DIR + 'particles.yaml', 'utf8')) as { particles: string[]; articles: string[]; adjectiveEndings: string[]; genderEndings: [string, string][]; caseEndings: string[]; placeWords: string[] };
  const titles = titleList('titles.txt');
  const honorifics = titleList('honorifics.txt');
  return {
    canon: t.canon.map(rule),
    letters: new Map(Object.entries(t.letters)),
    conventions: t.conventions.map((c) => ({ name: c.name, syllables: c.syllables === true, acceptable: c.acceptable === true, rewrite: c.rewrite.map(rule) })),
    particles: new Set(p.particles),
    articles: new Set(p.articles),
    adjectiveEndings: p.adjectiveEndings,
    genderEndings: p.genderEndings,
    caseEndings: new Set(p.caseEndings),
    placeWords: new Set(p.placeWords),
    titles,
    honorifics,
  };
}

function titleList(file: string): Map<string, string[][]> {
  const titles = new Map<string, string[][]>();
  for (const line of readFileSync(NAMES_DIR + file, 'utf8').split('\n')) {
    const s = line.trim();
    if (s !== '' && !s.startsWith('#')) addTitle(titles, s);
  }
  return titles;
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

function rule([from, to]: [string, string]): readonly [RegExp, string] {
  return [new RegExp(from, 'g'), to];
}
