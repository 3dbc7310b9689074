import { diffWordsWithSpace } from 'diff';
import { lineChanges, splitLines } from './line-changes.js';

/** A stretch of a phrase diff: text both sides share, or one replacement (either side may be empty). */
export type Phrase = { same: string } | { removed: string; added: string };

/** How a deleted stretch is written wherever a replacement is named ("→ (delete)"). */
export const DELETE_LABEL = '(delete)';

/** A replacement as shown in lists of suggestions: the text, or {@link DELETE_LABEL} when it deletes. */
export function replacementLabel(text: string): string {
  return text === '' ? DELETE_LABEL : text;
}

/**
 * The changes between two texts, phrase by phrase: word changes separated only by spaces (not a line
 * break) are one replacement, so "the Foreign Ministry said" → "the State Department said" is one change
 * "Foreign Ministry" → "State Department", not two struck and two inserted words. Used by the terminal
 * diff, the HTML report, `translint review` and the review page.
 */
export function phraseDiff(before: string, after: string): Phrase[] {
  // a whole document with many changes (600 lines each with a name fixed) is diffed line by line first,
  // as the HTML report's inline view is, not made one replacement of the whole text
  return wordPhrases(before, after) ?? linePhrases(before, after);
}

/**
 * {@link phraseDiff} by lines: the lines both texts share as they are, each block of replaced lines
 * phrase by phrase ({@link blockPhraseDiff}), lines only removed or only added as one replacement each.
 */
export function linePhrases(before: string, after: string): Phrase[] {
  const out: Phrase[] = [];
  const parts = lineChanges(before, after);
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    const next = parts[i + 1];
    const phrases: Phrase[] = !p.added && !p.removed ? [{ same: p.value }] : p.removed && next?.added ? (i++, blockPhraseDiff(p.value, next.value)) : [p.removed ? { removed: p.value, added: '' } : { removed: '', added: p.value }];
    for (const ph of phrases) {
      const last = out[out.length - 1];
      if ('same' in ph && last && 'same' in last) last.same += ph.same;
      else out.push(ph);
    }
  }
  return out;
}

/** The phrases of a word diff, or undefined past MAX_WORD_EDITS word edits. */
function wordPhrases(before: string, after: string): Phrase[] | undefined {
  const out: Phrase[] = [];
  // Myers' diff is O(N·D): it gives up past MAX_WORD_EDITS word edits
  const changes = diffWordsWithSpace(before, after, { maxEditLength: MAX_WORD_EDITS });
  if (changes === undefined) return undefined;
  for (const c of changes) {
    const last = out[out.length - 1];
    if (!c.added && !c.removed) {
      out.push({ same: c.value });
      continue;
    }
    let change: { removed: string; added: string };
    if (last && 'removed' in last) change = last;
    else {
      const gap = last && 'same' in last && /^[^\S\r\n]+$/.test(last.same) ? last.same : undefined;
      const prev = out[out.length - 2];
      if (gap !== undefined && prev && 'removed' in prev) {
        // only spaces between two changes: one phrase
        out.pop();
        prev.removed += gap;
        prev.added += gap;
        change = prev;
      } else out.push((change = { removed: '', added: '' }));
    }
    if (c.removed) change.removed += c.value;
    else change.added += c.value;
  }
  return out.reduce(widenSpaceChanges, []);
}

const isSpace = (s: string) => s.trim() === '';

/**
 * A change of whitespace alone ("third -party" → "third-party") is invisible when struck out: it takes
 * in the words it stands between, so the replacement reads "third -party → third-party".
 */
function widenSpaceChanges(out: Phrase[], p: Phrase, i: number, all: Phrase[]): Phrase[] {
  if ('same' in p) {
    const prev = all[i - 1];
    // the start of this text was taken in by the space change before it
    if (prev && 'removed' in prev && isSpace(prev.removed) && isSpace(prev.added)) {
      const word = /^[^\s]*/.exec(p.same)?.[0] ?? '';
      if (word.length < p.same.length) out.push({ same: p.same.slice(word.length) });
      return out;
    }
    out.push(p);
    return out;
  }
  if (!isSpace(p.removed) || !isSpace(p.added)) {
    out.push(p);
    return out;
  }
  const before = out[out.length - 1];
  let lead = '';
  if (before && 'same' in before) {
    lead = /[^\s]*$/.exec(before.same)?.[0] ?? '';
    before.same = before.same.slice(0, before.same.length - lead.length);
    if (before.same === '') out.pop();
  }
  const next = all[i + 1];
  const tail = next && 'same' in next ? (/^[^\s]*/.exec(next.same)?.[0] ?? '') : '';
  out.push({ removed: lead + p.removed + tail, added: lead + p.added + tail });
  return out;
}

/** The most word edits one phraseDiff asks the diff for; see phraseDiff. */
const MAX_WORD_EDITS = 1_000;

/** Lines in a changed block beyond which it is phrase-diffed line by line, not as one text (keeps it linear). */
const BLOCK_LINES = 32;

/**
 * {@link phraseDiff} of one block of replaced lines (a removed part and the added part after it in a line
 * diff). A long block with as many lines on both sides is diffed line k against line k, and the phrases
 * joined; a long block of unequal length is one replacement.
 */
export function blockPhraseDiff(before: string, after: string): Phrase[] {
  const olds = splitLines(before);
  const news = splitLines(after);
  // (a short block rewritten throughout, past MAX_WORD_EDITS, is one replacement, as it would read anyway)
  if (olds.length <= BLOCK_LINES && news.length <= BLOCK_LINES) return wordPhrases(before, after) ?? [{ removed: before, added: after }];
  if (olds.length !== news.length) return [{ removed: before, added: after }];
  const out: Phrase[] = [];
  for (let k = 0; k < olds.length; k++) {
    for (const p of wordPhrases(olds[k]!, news[k]!) ?? [{ removed: olds[k]!, added: news[k]! }]) {
      const last = out[out.length - 1];
      if ('same' in p && last && 'same' in last) last.same += p.same;
      else out.push(p);
    }
  }
  return out;
}
