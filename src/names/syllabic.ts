import { nameData } from './data.js';
import type { NameTerm } from './name-index.js';
import type { NameWord } from './words.js';

/** Longer words are not tested (a Chinese given name is one to three syllables; the test is a regular expression). */
const MAX_LETTERS = 24;

/**
 * A written word that is another given name than the term word `t` of a Chinese person's name, not a
 * misspelling of it: the term is a person's name that begins with a Chinese family name (corpora/names/
 * particles.yaml chineseFamilyNames), `t` is one of its other words, and the two are made of pinyin
 * syllables, one of them the other with whole syllables added at its start or end ("Keqiang" for Qiang,
 * "Weiwei" for Wei, "Chun" for Chunhua). A Chinese given name is chosen syllable by syllable, so these
 * are other people (Li Keqiang and Li Qiang were both premiers); a slip bends letters inside a syllable
 * ("Jingping", "Jinpin" for Jinping, where what is left over is no syllable).
 */
export function otherChineseGivenName(term: NameTerm, t: number, written: string): boolean {
  if (term.entry.category !== 'person' || t === 0) return false;
  const { chineseFamilyNames, pinyin } = nameData();
  const family = term.words[0] as NameWord;
  if (family.particle || !chineseFamilyNames.has(family.folded)) return false;
  const a = plain((term.words[t] as NameWord).folded);
  const b = plain(written);
  if (a === b || a.length > MAX_LETTERS || b.length > MAX_LETTERS || !pinyin.test(a) || !pinyin.test(b)) return false;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return (long.startsWith(short) && pinyin.test(long.slice(short.length))) || (long.endsWith(short) && pinyin.test(long.slice(0, long.length - short.length)));
}

/** The letters of a folded name word, without the hyphen or apostrophe a romanisation may put between syllables ("Ing-wen", "Xi'an"). */
function plain(folded: string): string {
  return folded.replace(/[-'’]/g, '');
}
