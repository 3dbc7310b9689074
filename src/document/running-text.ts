import type { Token } from './tokens.js';

/** Words looked at on each side, and the lower-case ones of them that make running text. */
const REACH = 6;
const LOWER_WORDS = 2;
/** Words a headline in Title Case leaves in lower case (articles, short prepositions, conjunctions): they say nothing. */
const TITLE_CASE_LOWER = new Set(['a', 'an', 'the', 'and', 'but', 'or', 'nor', 'for', 'so', 'yet', 'as', 'at', 'by', 'in', 'of', 'off', 'on', 'per', 'to', 'up', 'via', 'vs', 'from', 'into', 'onto', 'with', 'over', 'than']);

/**
 * Tokens [from, to) stand in running text: within REACH words on each side, on the same line and in the
 * same segment, at least two lower-case words other than those Title Case leaves in lower case. A capital there says something
 * (a name, a title before a name); in a headline written in Title Case or in capitals ("Floods Force
 * Habitants To Flee", "MAJOR KHARKOW OFFENSIVE") every word has one, and it says nothing. Reads at most
 * 2 * REACH tokens past the span's ends that are words, so callers stay linear.
 */
export function inRunningText(text: string, tokens: readonly Token[], from: number, to: number): boolean {
  const segment = tokens[from]?.segment;
  let lower = 0;
  for (const [start, step] of [[from - 1, -1], [to, 1]] as const) {
    let words = 0;
    let prev = step < 0 ? tokens[from] : tokens[to - 1];
    for (let i = start; i >= 0 && i < tokens.length && words < REACH; i += step) {
      const t = tokens[i] as Token;
      if (t.segment !== segment || !prev || lineBreakBetween(text, step < 0 ? t : prev, step < 0 ? prev : t)) break;
      prev = t;
      if (t.kind !== 'word') continue;
      words++;
      const c = t.text.charAt(0);
      if (c !== c.toUpperCase() && !TITLE_CASE_LOWER.has(t.lower) && ++lower >= LOWER_WORDS) return true;
    }
  }
  return false;
}

/** A line break between two tokens, a before b. */
function lineBreakBetween(text: string, a: Token, b: Token): boolean {
  for (let k = a.end; k < b.start; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13) return true;
  }
  return false;
}
