import { blankLineBetween, type Token } from './tokens.js';

/** Words looked at on each side. */
const REACH = 12;
/**
 * Words a headline in Title Case leaves in lower case (articles, conjunctions, prepositions, as the
 * common headline styles do): they say nothing.
 */
const TITLE_CASE_LOWER = new Set([
  'a', 'an', 'the', 'and', 'but', 'or', 'nor', 'for', 'so', 'yet', 'as', 'at', 'by', 'in', 'of', 'off', 'on', 'per', 'to', 'up', 'via', 'vs',
  'from', 'into', 'onto', 'with', 'over', 'than', 'about', 'above', 'across', 'after', 'against', 'along', 'amid', 'among', 'around',
  'before', 'behind', 'below', 'beside', 'between', 'beyond', 'during', 'near', 'out', 'past', 'since', 'through', 'toward', 'towards',
  'under', 'until', 'upon', 'within', 'without',
]);
const ENDERS = new Set(['.', '!', '?', '…']);
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);

/**
 * Tokens [from, to) stand in running text, not in a headline that capitalises every word ("Major Kharkow
 * Offensive Stalls As Winter Nears", "MAJOR KHARKOW OFFENSIVE"), where a capital says nothing. A headline:
 * within REACH words on each side in the paragraph, no word in lower case but those Title Case leaves small
 * (and the "s" of a possessive, or a word after a hyphen: "Long-awaited"), and the paragraph does not end
 * as a sentence does within that reach. So "Mr. Houtz agreed.", "I saw Queen Marie." and "Guests: Queen
 * Marie and Miss Martha." are running text (a word in lower case, or a sentence's end), and a line broken
 * inside a paragraph does not end it. Reads at most REACH words past each end of the span, so callers stay
 * linear.
 */
export function inRunningText(text: string, tokens: readonly Token[], from: number, to: number): boolean {
  const segment = tokens[from]?.segment;
  for (const step of [-1, 1] as const) {
    let words = 0;
    let prev = step < 0 ? (tokens[from] as Token) : (tokens[to - 1] as Token);
    /** Forward: the paragraph's last token before any closing quotation marks and brackets. */
    let last = prev;
    let i = step < 0 ? from - 1 : to;
    for (; i >= 0 && i < tokens.length && words < REACH; i += step) {
      const t = tokens[i] as Token;
      if (t.segment !== segment || (step < 0 ? blankLineBetween(text, t.end, prev.start) : blankLineBetween(text, prev.end, t.start))) break;
      prev = t;
      if (!CLOSERS.has(t.text)) last = t;
      if (t.kind !== 'word') continue;
      words++;
      const c = t.text.charAt(0);
      if (c === c.toUpperCase() || t.text.length < 2 || TITLE_CASE_LOWER.has(t.lower)) continue;
      const before = tokens[i - 1];
      if (before && before.text === '-' && !t.spaceBefore) continue;
      return true;
    }
    // forward, the paragraph ended within reach: a sentence's end mark as its last token makes it one
    if (step > 0 && words < REACH && ENDERS.has(last.text) && last !== tokens[to - 1]) return true;
  }
  return false;
}
