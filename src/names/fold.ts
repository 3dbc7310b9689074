import { withoutMarks } from '../lang/marks.js';
import type { CompiledGlossary } from '../glossary/compile.js';
import { nameData } from './data.js';

/**
 * A name word as plain lower-case Latin letters: accents removed, special letters spelt out, hyphens
 * and apostrophes dropped ("Jong-un" → "jongun", "O'Brien" → "obrien", "Şahin" → "sahin").
 */
export function foldName(word: string): string {
  let ascii = true;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c > 127) {
      ascii = false;
      break;
    }
    // a character other than a letter: take the slow path, which drops it
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90))) ascii = false;
  }
  if (ascii) return word.toLowerCase();
  return syllablesOf(word).join('');
}

/**
 * The parts of a hyphenated or apostrophe-joined name word, folded ("Tse-tung" → ["tse", "tung"]): the
 * unit romanisation conventions of Chinese and Korean apply to.
 */
export function syllablesOf(word: string): string[] {
  const { letters } = nameData();
  if (asciiOnly(word) && !mapsAscii(letters)) return asciiSyllables(word.toLowerCase());
  const lower = withoutMarks(word).toLowerCase();
  const out: string[] = [];
  let cur = '';
  for (const ch of lower) {
    const mapped = letters.get(ch);
    if (mapped !== undefined) cur += mapped;
    else if (/\p{L}/u.test(ch)) cur += ch;
    else if (cur !== '') {
      out.push(cur);
      cur = '';
    }
  }
  if (cur !== '') out.push(cur);
  return out;
}

// Speed: syllablesOf is asked of every capitalised word of a text (nameWords), nearly all of them ASCII. For
// those, the loop below (a string of one character, a pattern object and a longer string at every letter:
// 6 MB of garbage at 1 MB of text) comes to the runs of a-z of the lower-cased word, when no ASCII
// character has a letter mapping of its own.
function asciiOnly(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 127) return false;
  return true;
}

function asciiSyllables(lower: string): string[] {
  const out: string[] = [];
  let from = -1;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 0;
    const letter = c >= 97 && c <= 122;
    if (letter && from < 0) from = i;
    else if (!letter && from >= 0) {
      out.push(from === 0 && i === lower.length ? lower : lower.slice(from, i));
      from = -1;
    }
  }
  return out;
}

const asciiMapped = new WeakMap<ReadonlyMap<string, string>, boolean>();

function mapsAscii(letters: ReadonlyMap<string, string>): boolean {
  let answer = asciiMapped.get(letters);
  if (answer === undefined) {
    answer = [...letters.keys()].some((k) => k.length === 1 && k.charCodeAt(0) < 128);
    asciiMapped.set(letters, answer);
  }
  return answer;
}

/**
 * The letters of a name word after an Arabic article joined to it ("al-sisi": syllables al, sisi gives "sisi";
 * corpora/names/particles.yaml articles), or undefined when it has none: the part other spellings of the name keep.
 */
export function afterArticle(syllables: readonly string[]): string | undefined {
  return syllables.length > 1 && nameData().articles.has(syllables[0] as string) ? syllables.slice(1).join('') : undefined;
}

const firstWordsOf = new WeakMap<CompiledGlossary, readonly string[]>();

/**
 * The first word of every term of the glossary, folded (foldName), by entry id, made once per glossary: the
 * passes that look for one kind of name among all the glossary's terms (swapped.ts: a Chinese or Korean family
 * name; cognate.ts: a listed given name) test it before they read the entry. Speed: folding is most of what
 * those loops cost at the first check of a large glossary (50,000 terms: ~35 ms each when each folded its own).
 */
export function foldedFirstWords(glossary: CompiledGlossary): readonly string[] {
  let words = firstWordsOf.get(glossary);
  if (!words) {
    const out: string[] = new Array(glossary.size);
    for (let id = 0; id < glossary.size; id++) out[id] = foldName(glossary.term(id).split(/\s/, 1)[0] as string);
    firstWordsOf.set(glossary, (words = out));
  }
  return words;
}
