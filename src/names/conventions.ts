import { nameData } from './data.js';

/** A name word's spellings: how its own romanisation may also write it, and how other ones would. */
export interface Spellings {
  /** The word and its rewrites under the acceptable conventions, in canonical form (see `canon`). */
  readonly same: readonly string[];
  /** `same`, then the rewrites under the other conventions. */
  readonly all: readonly string[];
}

/**
 * The spellings of a folded name word under every transliteration convention of corpora/names/. Two
 * words that share a `same` spelling are one name written two acceptable ways ("Alexei", "Aleksey");
 * two that share only an `all` spelling are one name, bent by a foreign romanisation ("Selenskyj" gives
 * "zelenski" under the German convention, as "Zelensky" does as itself).
 */
export function spellings(syllables: readonly string[]): Spellings {
  const { conventions, articles } = nameData();
  const whole = syllables.join('');
  const same = [canon(whole)];
  // the article joined by a hyphen may be left out ("al-Sisi", "Sisi")
  if (syllables.length > 1 && articles.has(syllables[0] as string)) same.push(canon(syllables.slice(1).join('')));
  const other: string[] = [];
  for (const c of conventions) {
    let v: string;
    if (c.syllables && syllables.length > 1) v = syllables.map((s) => apply(c.rewrite, s)).join('');
    else v = apply(c.rewrite, whole);
    v = canon(v);
    if (c.acceptable) {
      if (!same.includes(v)) same.push(v);
    } else if (!other.includes(v)) other.push(v);
  }
  return { same, all: [...same, ...other.filter((v) => !same.includes(v))] };
}

/** Rewrites with their upper-case placeholders kept out of later rewrites, lower-cased at the end. */
function apply(rewrite: readonly (readonly [RegExp, string])[], word: string): string {
  let s = word;
  for (const [from, to] of rewrite) s = s.replace(from, to);
  return s.toLowerCase();
}

/** What any romanisation lets pass: doubled letters, y and i, kh and h (corpora/names: canon). */
export function canon(word: string): string {
  let s = word;
  for (const [from, to] of nameData().canon) s = s.replace(from, to);
  return s;
}
