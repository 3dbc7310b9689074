/**
 * Name spans in English lines, for the candidate extractor and the glossary proposer.
 *
 * A token is name-like when it is capitalised and, over the whole pair (references and
 * all outputs), is written capitalised inside sentences at least as often as in lower
 * case ("Geesthacht", "Zelensky"; not "Light", "Luckily"). All-caps tokens (acronyms,
 * shouted headlines) are not name tokens. A name span is a run of name tokens, joined by
 * at most two connectors ("of", "de", "von", "al" ...).
 */
import stringSimilarity from 'string-similarity';
import { isCapitalised, isWord, sentenceInitial, tokenize, type Token } from './data.ts';

const CONNECTORS = new Set(['of', 'the', 'de', 'del', 'da', 'do', 'dos', 'von', 'van', 'der', 'den', 'al', 'el', 'bin', 'ibn', 'la', 'le', 'du', 'di', 'y', 'und', '&']);
const FUNCTION_WORDS = new Set(
  'a an the and or but if in on at to of for by with from as is are was were be it its this that these those he she they we you i my our your his her their not no yes so then there here what who when where why how'.split(
    ' ',
  ),
);

export interface CaseStats {
  capMid: Map<string, number>;
  lower: Map<string, number>;
}

export function newStats(): CaseStats {
  return { capMid: new Map(), lower: new Map() };
}

const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);

/** Counts, per lower-cased word, its capitalised mid-sentence and its lower-case uses in `line`. */
export function addStats(stats: CaseStats, line: string): void {
  const tokens = tokenize(line);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!.text;
    if (!isWord(t)) continue;
    const lc = t.toLowerCase();
    if (t === lc) bump(stats.lower, lc);
    else if (isCapitalised(t) && t !== t.toUpperCase() && !sentenceInitial(tokens, i)) bump(stats.capMid, lc);
  }
}

const allCaps = (t: string) => t === t.toUpperCase() && /\p{Lu}.*\p{Lu}/u.test(t);

/** Is token i a name token? `loose` accepts any capitalised mid-sentence word (for garbled forms). */
export function nameToken(tokens: readonly Token[], i: number, stats: CaseStats, loose = false): boolean {
  const t = tokens[i]!.text;
  if (!isWord(t) || !isCapitalised(t) || allCaps(t)) return false;
  const lc = t.toLowerCase();
  if (FUNCTION_WORDS.has(lc)) return false;
  const cap = stats.capMid.get(lc) ?? 0;
  const low = stats.lower.get(lc) ?? 0;
  if (loose && !sentenceInitial(tokens, i) && low <= cap + 1) return true;
  return cap >= 1 && cap >= low;
}

export interface Span {
  /** token indexes, end exclusive */
  a: number;
  b: number;
  start: number;
  end: number;
  text: string;
}

/** Name spans of a tokenised line, restricted to tokens [from, to). */
export function nameSpans(line: string, tokens: readonly Token[], stats: CaseStats, loose = false, from = 0, to = tokens.length): Span[] {
  const spans: Span[] = [];
  let i = from;
  while (i < to) {
    if (!nameToken(tokens, i, stats, loose)) {
      i++;
      continue;
    }
    let j = i + 1;
    for (;;) {
      if (j < to && nameToken(tokens, j, stats, loose)) {
        j++;
        continue;
      }
      let k = j;
      while (k < to && k - j < 2 && CONNECTORS.has(tokens[k]!.text.toLowerCase())) k++;
      if (k > j && k < to && nameToken(tokens, k, stats, loose)) {
        j = k + 1;
        continue;
      }
      break;
    }
    const start = tokens[i]!.start;
    const end = tokens[j - 1]!.end;
    spans.push({ a: i, b: j, start, end, text: line.slice(start, end) });
    i = j;
  }
  return spans;
}

export const similarity = (x: string, y: string) => stringSimilarity.compareTwoStrings(x.toLowerCase(), y.toLowerCase());

/** Levenshtein distance (small strings only). */
export function editDistance(x: string, y: string): number {
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) {
      cur.push(Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1)));
    }
    prev = cur;
  }
  return prev[y.length]!;
}

/** A first guess at the kind of difference between a span and the reference name. */
export function guessKind(span: string, correct: string): string {
  const sw = span.split(/\s+/);
  const cw = correct.split(/\s+/);
  const sset = new Set(sw.map((w) => w.toLowerCase()));
  const cset = new Set(cw.map((w) => w.toLowerCase()));
  const shared = [...sset].filter((w) => cset.has(w)).length;
  if (sw.length === cw.length && shared === cw.length) return span.toLowerCase() === correct.toLowerCase() ? 'other' : 'reorder';
  if (shared === sset.size && sw.length < cw.length) return 'dropped-word';
  if (shared === cset.size && sw.length > cw.length) return 'added-word';
  if (editDistance(span.toLowerCase(), correct.toLowerCase()) === 1) return 'one-letter';
  if (shared === 0 && cw.length > 1) return 'both-words';
  if (cw.length > 1 && shared > 0) return 'one-word';
  return 'translit';
}
