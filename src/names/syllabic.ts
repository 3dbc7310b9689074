import type { Alignment } from './align.js';
import { applyRewrites, canon } from './conventions.js';
import { nameData, pinyinSyllables } from './data.js';
import { editDistance } from '../lang/edit-distance.js';
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
  const pair = pinyinGivenNames(term, t, written);
  if (!pair || pair[0] === pair[1]) return false;
  const { pinyin } = nameData();
  const [a, b] = pair;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return (long.startsWith(short) && pinyin.test(long.slice(short.length))) || (long.endsWith(short) && pinyin.test(long.slice(0, long.length - short.length)));
}

/**
 * A written word that is another Chinese given name than the term word `t`: both made of pinyin syllables and two
 * letters apart or more ("Qiaoming" for Qiang, "Xuedong" for Xuexiang). A Chinese given name is one or two syllables
 * of a small set, so two names that far apart are two people's; a slip is a letter ("Jingping") or a letter moved
 * ("Jingpin"). The caller asks only of a pair no romanisation convention explains ("Chin-ping" is Wade-Giles for Jinping).
 */
export function otherChineseSyllables(term: NameTerm, t: number, written: string): boolean {
  const pair = pinyinGivenNames(term, t, written);
  if (!pair) return false;
  const [a, b] = pair;
  // (a letter moved is a slip: "Jingpin" for Jinping has the same letters)
  return editDistance(a, b, 2) >= 2 && [...a].sort().join('') !== [...b].sort().join('');
}

/** Term word `t` (not the first) of a Chinese person's name and the written word, as pinyin letters, when both are pinyin. */
function pinyinGivenNames(term: NameTerm, t: number, written: string): [string, string] | undefined {
  if (term.entry.category !== 'person' || t === 0) return undefined;
  const { chineseFamilyNames, pinyin } = nameData();
  const family = term.words[0] as NameWord;
  if (family.particle || !chineseFamilyNames.has(family.folded)) return undefined;
  const a = plain((term.words[t] as NameWord).folded);
  const b = plain(written);
  return a.length > MAX_LETTERS || b.length > MAX_LETTERS || !pinyin.test(a) || !pinyin.test(b) ? undefined : [a, b];
}

/** The letters of a folded name word, without the hyphen or apostrophe a romanisation may put between syllables ("Ing-wen", "Xi'an"). */
function plain(folded: string): string {
  return folded.replace(/[-'’]/g, '');
}

/**
 * A person's name written family name first, as English news writes Chinese and Korean names: its first word a
 * Chinese or Korean family name (corpora/names/particles.yaml) and every other word made of that language's
 * syllables ("Hu Jintao", "Lee Jae-myung", "Kim Jong Un"). Its last word is a given name, not a surname.
 */
export function familyNameFirst(term: NameTerm): boolean {
  return chineseName(term) || koreanGivenName(term) !== undefined;
}

/** A Chinese person's name: a Chinese family name first, then given-name words of pinyin syllables ("Hu Jintao", "Tsai Ing-wen"). */
export function chineseName(term: NameTerm): boolean {
  if (term.entry.category !== 'person') return false;
  const { chineseFamilyNames, pinyin } = nameData();
  const [family, ...given] = term.words;
  if (!family || family.particle || given.length === 0 || !chineseFamilyNames.has(family.folded)) return false;
  return given.every((w) => !w.particle && plain(w.folded).length <= MAX_LETTERS && pinyin.test(plain(w.folded)));
}

/** A place's or body's one word of pinyin syllables ("Shenzhen", "Chongqing"): written a word a syllable ("Shen Zhen"), it is misspelt (align.ts). */
export function pinyinPlace(term: NameTerm, t0: NameWord): boolean {
  return term.entry.category !== 'person' && !t0.text.includes('-') && (pinyinSyllables(t0.folded)?.length ?? 0) >= 2;
}

/** The syllables of a Korean person's given name (familyNameFirst), each as the `korean` convention spells it, or undefined for another name. */
function koreanGivenName(term: NameTerm): string[] | undefined {
  // (the family name first, before the given name's words are copied: most names are no Korean's)
  const family = term.words[0];
  if (term.entry.category !== 'person' || !family || family.particle || term.words.length < 2 || !nameData().koreanFamilyNames.has(family.folded)) return undefined;
  return koreanSyllables(term.words.slice(1));
}

/** The words' syllables (split at hyphens and spaces) as the `korean` convention spells them, if every word is Korean (koreanSyllable). */
function koreanSyllables(words: readonly NameWord[]): string[] | undefined {
  const { korean, conventions } = nameData();
  const rewrite = conventions.find((c) => c.name === 'korean')?.rewrite ?? [];
  const out: string[] = [];
  for (const w of words) {
    if (w.particle || plain(w.folded).length > MAX_LETTERS || !korean.test(plain(w.folded))) return undefined;
    for (const s of w.folded.split(/[-'’]/)) if (s !== '') out.push(canon(applyRewrites(rewrite, s).toLowerCase()));
  }
  return out;
}

/**
 * The span the alignment covers is another Korean person than the term's: the family name written first and
 * paired with the term's, then a given name with another syllable (two letters off or more), a syllable more or
 * less, or its syllables in another order ("Kim Yo Jong", "Kim Jong Il" for Kim Jong Un; "Lee Jae-yong" for Lee
 * Jae-myung). A given name one letter off in all ("Kim Jon Un"), or spelt as another romanisation ("Gim
 * Jeong-eun"), is left to the matcher. Korean given names are chosen syllable by syllable, and three family
 * names are nearly half of all Koreans', so a name that shares the family name and a syllable is most often
 * someone else's.
 */
export function otherKoreanGivenName(al: Alignment, term: NameTerm, words: readonly NameWord[]): boolean {
  const given = koreanGivenName(term);
  if (!given) return false;
  const family = al.pairs.find((p) => p.termWord === 0);
  if (!family || family.word !== al.first || family.termWords !== 1) return false;
  const written = koreanSyllables(words.slice(al.first + family.words, al.last + 1));
  if (!written || written.length === 0) return false;
  const a = written.join('');
  const b = given.join('');
  if (editDistance(a, b, 2) <= 1) return false;
  return written.length !== given.length || written.some((s, i) => editDistance(s, given[i] as string, 2) >= 2);
}
