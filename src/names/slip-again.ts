import { startsSentence, type Token } from '../document/tokens.js';
import { isEnglishWord } from '../lang/english.js';
import { nameData } from './data.js';
import type { NameMiss } from './match.js';
import type { NameWord } from './words.js';

/** A found name this confident or more is one whose bent word is carried to its other occurrences. */
const MIN_CONFIDENCE = 0.6;
/** What the other occurrences are reported with, at most: one word alone says less than the name did. */
const CONFIDENCE = 0.6;
/** Letters a bent word needs to be carried (a short one is too often another word). */
const MIN_LETTERS = 4;

/**
 * The same slip again. Where a name was found written wrong with its other words right ("Keir Starrer" for Keir
 * Starmer, "in Khrakiv"), the text's other occurrences of the bent word ("Starrer's plan", "the Starrer-led
 * government") are that name written the same wrong way: MT and writers keep a spelling once they have it,
 * and a surname alone after the full name is how news copy names a person. The occurrences alone are rejected
 * by the tests of a word alone, which do not know the name was found bent beside them. Carried is the last word
 * of the name found (before a word of a place's kind: "Fuki Prefecture"), when it is the one bent (a person's
 * family name: given names are shared by many), as a
 * whole name word or the first part of a hyphenated one, capitalised; an English word only inside a sentence,
 * where its capital says it is the name. Linear: a look-up per name word.
 */
export function slipsAgain(text: string, tokens: readonly Token[], words: readonly NameWord[], found: readonly NameMiss[], inMatch: Uint8Array): NameMiss[] {
  const { placeWords } = nameData();
  const bent = new Map<string, { suggestion: string; miss: NameMiss }>();
  for (const m of found) {
    if (m.confidence < MIN_CONFIDENCE || m.message !== undefined) continue;
    const written = words.filter((w) => w.start >= m.start && w.stop <= m.end && !w.particle);
    const right = m.suggestion.split(/\s+/).filter((s) => !/^\p{Ll}/u.test(s));
    if (written.length !== right.length || written.length === 0) continue;
    let at = -1;
    for (let i = 0; i < written.length; i++) if ((written[i] as NameWord).text !== right[i]) at = at === -1 ? i : -2;
    // one word bent, the last but for a place's kind ("Fuki Prefecture"): a person's family name (given names are
    // shared), a place's or body's own word
    let last = written.length - 1;
    while (last > 0 && placeWords.has((written[last] as NameWord).folded)) last--;
    if (at !== last) continue;
    const w = written[at] as NameWord;
    const s = right[at] as string;
    if (w.text.length < MIN_LETTERS || w.text.toLowerCase() === s.toLowerCase() || bent.has(w.text)) continue;
    bent.set(w.text, { suggestion: s, miss: m });
  }
  if (bent.size === 0) return [];
  const out: NameMiss[] = [];
  for (const w of words) {
    if (!w.capital || w.allCaps || inMatch[w.first]) continue;
    const text0 = w.syllables.length > 1 ? w.text.slice(0, w.text.indexOf('-')) : w.text;
    const b = bent.get(text0);
    if (!b || (w.start < b.miss.end && b.miss.start < w.stop)) continue;
    if (isEnglishWord(w.folded.slice(0, text0.length)) && startsSentence(text, tokens, w.first)) continue;
    out.push({ start: w.start, end: w.start + text0.length, suggestion: b.suggestion, confidence: Math.min(CONFIDENCE, b.miss.confidence), entry: b.miss.entry });
  }
  return out;
}
