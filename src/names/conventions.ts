import { nameData, type Rewrite } from './data.js';

/** A name word's spellings: how its own romanisation may also write it, and how other ones would. */
export interface Spellings {
  /** The word and its rewrites under the acceptable conventions, in canonical form (see `canon`). */
  readonly same: readonly string[];
  /** `same`, then the rewrites under the other conventions. */
  readonly all: readonly string[];
  /**
   * Per spelling of `all`: 0 for an acceptable one, else a bit for each foreign convention that wrote it.
   * Two words meet under a foreign convention only through an acceptable spelling of one of them or
   * through the same convention on both: "Polin" (Wade-Giles p to b) and "Volyn" (Hebrew v to b) do not.
   */
  readonly conventions: readonly number[];
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
  const bits: number[] = [];
  for (let k = 0; k < conventions.length; k++) {
    const c = conventions[k] as (typeof conventions)[number];
    let v: string;
    if (c.syllables && syllables.length > 1) v = syllables.map((s) => apply(c.rewrite, s)).join('');
    else v = apply(c.rewrite, whole);
    v = canon(v);
    if (c.acceptable) {
      if (!same.includes(v)) same.push(v);
      continue;
    }
    const at = other.indexOf(v);
    if (at < 0) {
      other.push(v);
      bits.push(1 << k % 31);
    } else bits[at] = (bits[at] as number) | (1 << k % 31);
  }
  const all = [...same];
  const masks: number[] = same.map(() => 0);
  other.forEach((v, i) => {
    if (same.includes(v)) return;
    all.push(v);
    masks.push(bits[i] as number);
  });
  return { same, all, conventions: masks };
}

/** Rewrites with their upper-case placeholders kept out of later rewrites, lower-cased at the end. */
function apply(rewrite: readonly Rewrite[], word: string): string {
  let s = word;
  for (const [from, to, needs] of rewrite) if (needs === undefined || s.includes(needs)) s = s.replace(from, to);
  return s.toLowerCase();
}

/** What any romanisation lets pass: doubled letters, y and i, kh and h (corpora/names: canon). */
export function canon(word: string): string {
  let s = canonMemo.get(word);
  if (s !== undefined) return s;
  s = word;
  for (const [from, to, needs] of nameData().canon) if (needs === undefined || s.includes(needs)) s = s.replace(from, to);
  // most of a word's spellings are the word itself or one another: each canonical form made once
  if (canonMemo.size >= 65_536) canonMemo.clear();
  canonMemo.set(word, s);
  return s;
}

const canonMemo = new Map<string, string>();
