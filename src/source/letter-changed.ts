import { editDistance } from '../lang/edit-distance.js';
import { isEnglishWord } from '../lang/english.js';
import type { RuleContext } from '../rules/types.js';
import { isDictionaryName } from './known-names.js';
import type { SourceName, TargetWord } from './names.js';

/**
 * A name of a Latin-script original that the word "writes" only as a stem with other letters after it
 * ("Homeion" for "Homeien", whose stem "Homei" it extends) or by a sound key that a letter changed does
 * not alter ("PowerDdD" for "PowerDVD"), while it is the name itself with one letter changed: a
 * misspelling, not an inflection. As long as the name, five letters or more, the last letter kept, a
 * sound key of its own (a spelling convention, "Volodymyr" for "Wolodymyr", keeps the name's key); not
 * an English word or a name the English dictionary lists. Reports it (source/names) and says whether it did.
 */
export function reportLetterChanged(ctx: RuleContext, name: SourceName, word: TargetWord, pairConfidence: number): boolean {
  const full = name.forms[0] as string;
  const w = word.folded;
  if (w.length !== full.length || w.length < 5 || w === full) return false;
  if (isEnglishWord(word.token.text) || isDictionaryName(word.token.text)) return false;
  if (!(w.charAt(w.length - 1) === full.charAt(full.length - 1) && !name.keys.includes(word.key) && editDistance(full, w, 1) === 1) && !endingChanged(full, w)) return false;
  ctx.report({
    start: word.token.start,
    end: word.token.end,
    message: `the original has "${name.text}" here; "${word.token.text}" may be a misspelling of it`,
    confidence: Math.round(0.7 * Math.min(1, pairConfidence + 0.2) * 100) / 100,
    suggestions: [{ text: name.text, confidence: 0.7 }],
  });
  return true;
}

/**
 * The name's last two letters both changed, its first five kept, in a name of seven letters or more ("Homeias"
 * for "Homeien"), not only as romanisations write a Slavic ending ("Selenskiy" for "Selenskyj"): no case ending of the original (English writes a German, French or Spanish name as the
 * original's nominative, or without its genitive s) and no English one (an ending added, "Homeiens", is
 * another length).
 */
function endingChanged(full: string, w: string): boolean {
  const n = full.length;
  if (n < 7 || full.slice(0, n - 2) !== w.slice(0, n - 2) || full.charAt(n - 1) === w.charAt(n - 1) || full.charAt(n - 2) === w.charAt(n - 2)) return false;
  // not the letters romanisations trade for a Slavic ending ("Selenskiy" for "Selenskyj": y, i, j for -ий)
  const glide = (s: string) => s.replace(/[yij]/g, 'i');
  return glide(full.slice(n - 2)) !== glide(w.slice(n - 2));
}
