/** The characters around a quotation mark, as quote-pairing.ts reads them (pure functions of the text). */
import { unfilled } from '../../document/tokens.js';

/** Where the spaces and tabs just before `at` begin (`at` when there are none), not before `from`. */
export function spacesBefore(text: string, at: number, from: number): number {
  let k = at;
  while (k > from && /[ \t\u00a0]/.test(text.charAt(k - 1))) k--;
  return k;
}

/** Only spaces between the line's (or the segment's) start and `at`: reads back over spaces only. */
export function startsLine(text: string, at: number, from: number): boolean {
  for (let i = at - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
    if (c !== 32 && c !== 9 && c !== 0xa0) return false;
  }
  return true;
}

/** After the end of a sentence and a space: `stay. “This is`. */
export function afterSentence(text: string, at: number, from: number): boolean {
  let i = at - 1;
  if (i < from || text.charCodeAt(i) !== 32) return false;
  while (i >= from && text.charCodeAt(i) === 32) i--;
  return i >= from && /[.?!…]/.test(text.charAt(i));
}

/** Another closing mark follows on the same line, within a sentence's reach. */
export function closesLater(text: string, at: number): boolean {
  for (let i = at + 1; i < text.length && i < at + 300; i++) {
    const c = text.charAt(i);
    if (c === '”') return true;
    if (c === '\n' || c === '“') return false;
  }
  return false;
}

/** What follows an apostrophe in English: a contraction's end or a possessive's "s". */
const CONTRACTIONS = new Set(['s', 't', 'd', 'm', 'll', 're', 've']);

/**
 * The mark at `at` stands between one or two letters on each side, and what follows is no contraction's
 * end: the gershayim of a Hebrew abbreviation written in Latin letters ("z”l", "b”h"), not an apostrophe.
 */
export function gershayim(text: string, at: number): boolean {
  let a = at;
  while (a > 0 && /\p{L}/u.test(text.charAt(a - 1)) && at - a < 3) a--;
  let b = at + 1;
  while (b < text.length && /\p{L}/u.test(text.charAt(b)) && b - at - 1 < 3) b++;
  const left = at - a;
  const right = text.slice(at + 1, b);
  return left <= 2 && right.length <= 2 && !/\p{L}/u.test(text.charAt(a - 1)) && !/\p{L}/u.test(text.charAt(b)) && !CONTRACTIONS.has(right.toLowerCase());
}

/** What a short quotation of symbols holds (`"-"`, `"=>"`): no letter, digit, space or quotation mark. */
const QUOTED_SYMBOLS = /^[^\p{L}\p{N}\s"“”„]{1,3}$/u;

/**
 * Between the marks at `open` and `close` (of the prose view `prose`, over the file's text `fileText`) stand one to three symbols (the prose view's blanks for escapes and
 * markup aside: `&quot;&amp;&quot;` in a page, where the file has no space), or one to three spaces the file
 * has as such (`default: "   "`).
 */
export function quotedSymbols(prose: string, fileText: string, open: number, close: number): boolean {
  const inner = prose.slice(open + 1, close);
  const file = fileText.slice(open + 1, close);
  if (/^ {1,3}$/.test(inner)) return inner === file;
  return !/\s/.test(file) && QUOTED_SYMBOLS.test(unfilled(inner).replace(/ /g, ''));
}
