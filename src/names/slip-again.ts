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
/** Occurrences flagged again per part of the text, at most (a part of a long text made of one bent name says it once). */
const MAX_AGAIN = 1_000;

/** A name found from spans[k] on overlaps w: those ending after w starts, up to the first that starts after w ends. */
function overlapsFrom(spans: readonly NameMiss[], k: number, w: NameWord): boolean {
  for (let i = k; i < spans.length && (spans[i] as NameMiss).start < w.stop; i++) if ((spans[i] as NameMiss).end > w.start) return true;
  return false;
}

/**
 * The same slip again. Where a name was found written wrong with its other words right ("Keir Starrer" for Keir
 * Starmer, "in Khrakiv"), the text's other occurrences of the bent word ("Starrer's plan", "the Starrer-led
 * government") are that name written the same wrong way: MT and writers keep a spelling once they have it,
 * and a surname alone after the full name is how news copy names a person. The occurrences alone are rejected
 * by the tests of a word alone, which do not know the name was found bent beside them. Carried is the last word
 * of the name found (before a word of a place's kind: "Fuki Prefecture"), when it is the one bent (a person's
 * family name: given names are shared by many), as a whole name word or the first part of a hyphenated one,
 * capitalised; an English word only inside a sentence, where its capital says it is the name. Linear: the names found and the text's name words are swept in order
 * (names found overlap little), a look-up per name word.
 */
export function slipsAgain(text: string, tokens: readonly Token[], words: readonly NameWord[], found: readonly NameMiss[], inMatch: Uint8Array): NameMiss[] {
  const { placeWords } = nameData();
  const bent = new Map<string, { suggestion: string; miss: NameMiss }>();
  // the names found, in text order, and the name words in each (words are in text order: a sweep)
  const spans = [...found].sort((x, y) => x.start - y.start);
  let from = 0;
  for (const m of spans) {
    while (from < words.length && (words[from] as NameWord).start < m.start) from++;
    if (m.confidence < MIN_CONFIDENCE || m.message !== undefined) continue;
    const written: NameWord[] = [];
    for (let i = from; i < words.length && (words[i] as NameWord).start < m.end; i++) {
      const w = words[i] as NameWord;
      if (w.stop <= m.end && !w.particle) written.push(w);
    }
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
  let next = 0;
  for (const w of words) {
    // (the names found that end before w are passed: w overlaps none of them, nor one that starts after it)
    while (next < spans.length && (spans[next] as NameMiss).end <= w.start) next++;
    if (!w.capital || w.allCaps || inMatch[w.first] || out.length >= MAX_AGAIN) continue;
    // a word of several syllables is joined by a hyphen ("Starrer-led": its first part is looked up) or an
    // apostrophe, which is not carried ("L'Union" after a bent "L'Union" in Brown: an elided article's name, flagged twice)
    const hyphen = w.text.indexOf('-');
    if (hyphen < 0 && w.syllables.length > 1) continue;
    const text0 = hyphen > 0 ? w.text.slice(0, hyphen) : w.text;
    const b = bent.get(text0);
    if (!b || overlapsFrom(spans, next, w)) continue;
    // (the folded part is the word's first syllable: folding may change a word's length, "Weiß" to "weiss")
    if (isEnglishWord(hyphen > 0 ? (w.syllables[0] as string) : w.folded) && startsSentence(text, tokens, w.first)) continue;
    out.push({ start: w.start, end: w.start + text0.length, suggestion: b.suggestion, confidence: Math.min(CONFIDENCE, b.miss.confidence), entry: b.miss.entry });
  }
  return out;
}
