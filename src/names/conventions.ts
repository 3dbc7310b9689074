import { nameData, pinyinSyllables, type Rewrite } from './data.js';
import { afterArticle } from './fold.js';

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
   * Conventions of one family (transliteration.yaml `family`) count as one: "Nikolajew" (German) and
   * Mykolaiv (its Russian form) meet at "nikolaev".
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
  const { conventions } = nameData();
  const whole = syllables.join('');
  const same = [canon(whole)];
  // a convention that rewrites none of the word's letters (most of them, for most words) gives the word
  // lower-cased, whose canonical form is then known without a look-up (folded words are lower case)
  const lower = whole.toLowerCase();
  const lowerCanon = lower === whole ? (same[0] as string) : canon(lower);
  let lowerParts: string | undefined;
  // the article joined by a hyphen may be left out ("al-Sisi", "Sisi")
  const bare = afterArticle(syllables);
  if (bare !== undefined) same.push(canon(bare));
  const other: string[] = [];
  const bits: number[] = [];
  // the letters of the whole word, worked out once for all the conventions that rewrite it whole
  const wholeLetters = letterMask(whole);
  // a word of one part read as pinyin syllables, for the conventions that rewrite syllable by syllable (made on first use)
  let pinyin: readonly string[] | null | undefined;
  for (let k = 0; k < conventions.length; k++) {
    const c = conventions[k] as (typeof conventions)[number];
    let v: string;
    let pieces: readonly string[] | undefined;
    if (c.syllables) {
      if (syllables.length > 1) pieces = syllables;
      else if (c.pinyin) {
        if (pinyin === undefined) pinyin = pinyinSyllables(lower) ?? null;
        pieces = pinyin ?? undefined;
      }
    }
    if (pieces) {
      let changed = false;
      const parts: string[] = [];
      for (const s of pieces) {
        const r = applyRewrites(c.rewrite, s);
        if (r !== s) changed = true;
        parts.push(r);
      }
      // (each part lower-cased on its own, as the parts of a changed word are: the same as `lower` for
      // folded words, which are lower case, and for any word without a letter whose case depends on its
      // neighbours, like a final sigma)
      v = changed ? canon(parts.map((p) => p.toLowerCase()).join('')) : pieces === syllables ? (lowerParts ??= lowerPartsOf(syllables, whole, lower, lowerCanon)) : lowerCanon;
    } else {
      const r = applyRewrites(c.rewrite, whole, wholeLetters);
      v = r === whole ? lowerCanon : canon(r.toLowerCase());
    }
    if (c.acceptable) {
      if (!same.includes(v)) same.push(v);
      continue;
    }
    const at = other.indexOf(v);
    if (at < 0) {
      other.push(v);
      bits.push(c.bit);
    } else bits[at] = (bits[at] as number) | c.bit;
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

/** The canonical form of a word's syllables each lower-cased on its own (what a convention that changes none gives). */
function lowerPartsOf(syllables: readonly string[], whole: string, lower: string, lowerCanon: string): string {
  if (lower === whole) return lowerCanon;
  const joined = syllables.map((p) => p.toLowerCase()).join('');
  return joined === lower ? lowerCanon : canon(joined);
}

/**
 * The rewrites (upper-case letters of a replacement are placeholders kept out of later rewrites: the
 * caller lower-cases the result). The rewrites in order, each where its required letters (`needs`, data.ts) occur. Speed: a word meets
 * ~150 rewrites of 23 conventions and most need letters it does not have; rather than a substring search
 * per rewrite, a rewrite is passed over when one of its required letters a-z is missing from a 26-bit set
 * of the word's letters. That set only grows (by the lower-case letters of a replacement that changed the
 * word; by all letters for a replacement with `$` references), so it always holds every letter of the
 * current string and passing over a rewrite whose letters are not all there changes no result. A rewrite
 * whose letters are not all in a-z has the mask 0 and is always tried, as before.
 */
export function applyRewrites(rewrite: readonly Rewrite[], word: string, letters = letterMask(word)): string {
  const { need, give, where, alternatives } = masksOf(rewrite);
  let s = word;
  let have = letters;
  for (let i = 0; i < rewrite.length; i++) {
    if (((need[i] as number) & ~have) !== 0) continue;
    const [from, to, needs] = rewrite[i] as Rewrite;
    if (needs !== undefined && !mayMatch(where[i] as number, s, needs)) continue;
    if (needs === undefined && where[i] !== ANYWHERE && !mayRepeat(where[i] as number, s, alternatives[i])) continue;
    const r = s.replace(from, to);
    if (r !== s) {
      s = r;
      have |= give[i] as number;
    }
  }
  return s;
}

/**
 * Where a rewrite's required letters (`needs`) must stand for its pattern to match, read off the pattern
 * (see whereOf), and the patterns of a letter repeated. Speed: spellings() of a word runs ~23 patterns, two
 * in five of them canon's two repeat patterns, which no letter test passed over ("([a-z])\1", "(zh|sh|ch)\1"),
 * and one in five anchored at the start or end of a word whose letters the word has elsewhere ("^g", "i$");
 * four in five of those runs found nothing (1m/10k words: 132,000 pattern runs for 5,700 words, 28,000
 * of them changing the word). A string test that every match implies passes them over: the same results,
 * spellings() of those 5,700 words in ~35 ms instead of ~42 (warm, alternating runs).
 */
const ANYWHERE = 0;
const AT_START = 1;
const AT_END = 2;
const WHOLE = 3;
/** "([a-z])\\1": a letter a-z written twice in a row. */
const DOUBLED = 4;
/** "(zh|sh|ch)\\1": one of the alternatives written twice in a row. */
const REPEATED = 5;

/** The pattern's required letters stand where its anchors say: a test every match implies. */
function mayMatch(where: number, s: string, needs: string): boolean {
  if (where === AT_START) return s.startsWith(needs);
  if (where === AT_END) return s.endsWith(needs);
  if (where === WHOLE) return s === needs;
  return s.includes(needs);
}

/** A match of a repeat pattern (DOUBLED, REPEATED) is in s: what any match needs, and finds. */
function mayRepeat(where: number, s: string, alternatives: readonly string[] | undefined): boolean {
  if (where === DOUBLED) {
    for (let i = 1; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c >= 97 && c <= 122 && c === s.charCodeAt(i - 1)) return true;
    }
    return false;
  }
  for (const a of alternatives ?? []) if (s.includes(a + a)) return true;
  return false;
}

/** Where a pattern of requiredLetters' form (data.ts) holds its letters, or a repeat pattern's kind; ANYWHERE when neither is plain. */
function whereOf(pattern: string, needs: string | undefined): number {
  if (needs === undefined) {
    if (pattern === '([a-z])\\1') return DOUBLED;
    return REPEAT.test(pattern) ? REPEATED : ANYWHERE;
  }
  // (the letters right after "^" or right before "$": the pattern's one run of letters, with no lookaround between)
  const start = pattern.startsWith(`^${needs}`);
  const end = pattern.endsWith(`${needs}$`);
  return start && end && pattern === `^${needs}$` ? WHOLE : start ? AT_START : end ? AT_END : ANYWHERE;
}

/** A group of lower-case alternatives, then the group again ("(zh|sh|ch)\\1"). */
const REPEAT = /^\((\p{Ll}+(?:\|\p{Ll}+)*)\)\\1$/u;

/** The set of the letters a-z in a string, one bit each. */
function letterMask(s: string): number {
  let m = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i) - 97;
    if (c >= 0 && c < 26) m |= 1 << c;
  }
  return m;
}

interface RewriteMasks {
  /** Per rewrite, the letters its `needs` holds (0 when unknown or not all in a-z: always tried). */
  readonly need: Int32Array;
  /** Per rewrite, the letters its replacement may bring in (all of them for one with `$` references). */
  readonly give: Int32Array;
  /** Per rewrite, where its letters must stand, or which repeat it is (whereOf), and a repeat's alternatives. */
  readonly where: Int8Array;
  readonly alternatives: (readonly string[] | undefined)[];
}

/** Masks per rewrite list of nameData() (made once per list: the lists live as long as the data). */
const rewriteMasks = new WeakMap<readonly Rewrite[], RewriteMasks>();

function masksOf(rewrite: readonly Rewrite[]): RewriteMasks {
  let m = rewriteMasks.get(rewrite);
  if (!m) {
    const need = new Int32Array(rewrite.length);
    const give = new Int32Array(rewrite.length);
    const where = new Int8Array(rewrite.length);
    const alternatives: (readonly string[] | undefined)[] = [];
    rewrite.forEach(([from, to, needs], i) => {
      need[i] = needs !== undefined && /^[a-z]+$/.test(needs) ? letterMask(needs) : 0;
      give[i] = to.includes('$') ? -1 : letterMask(to);
      // (a pattern with flags other than "g" keeps to the plain test: "^" and "$" may then mean lines, or case not count)
      where[i] = from.flags === 'g' ? whereOf(from.source, needs) : ANYWHERE;
      alternatives[i] = where[i] === REPEATED ? (REPEAT.exec(from.source)?.[1] as string).split('|') : undefined;
    });
    rewriteMasks.set(rewrite, (m = { need, give, where, alternatives }));
  }
  return m;
}

/** What any romanisation lets pass: doubled letters, y and i, kh and h (corpora/names: canon). */
export function canon(word: string): string {
  // made anew each time: with the letter sets of applyRewrites most of the ten rewrites are passed over in
  // a bit test, cheaper than a memo's look-up (hashing the new string) and insert, which a memo of
  // 65,536 forms cost (spellings() of the 1m/10k bench words ~40% less CPU without it)
  return applyRewrites(nameData().canon, word);
}
