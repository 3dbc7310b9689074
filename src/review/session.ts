import type { Finding, TextEdit } from '../findings/finding.js';
import { editOf } from '../fix/apply.js';

/** One proposed change: a finding and the edit its first suggestion (or safe fix) makes. */
export interface ReviewItem {
  finding: Finding;
  edit: TextEdit;
}

/** What became of one item. `skipped` is undecided: answered "s", passed over, or left after "q". */
export type Decision = { kind: 'accepted' } | { kind: 'edited'; text: string } | { kind: 'rejected' } | { kind: 'skipped' };

/** The terminal side of a review: the session decides, the UI shows and reads. */
export interface ReviewUi {
  /** Shows an item before the question. */
  show(item: ReviewItem, index: number, total: number): void;
  /** Asks whether to apply the item; resolves to the line typed, or undefined at the end of input. */
  ask(index: number, total: number): Promise<string | undefined>;
  /** Asks for the replacement text; undefined at the end of input. */
  askReplacement(item: ReviewItem): Promise<string | undefined>;
  help(): void;
  /** Says that an item is passed over because it overlaps one accepted earlier. */
  overlap(item: ReviewItem, earlier: ReviewItem): void;
  /** Says why a replacement cannot be written (see {@link SessionOptions.refuse}). */
  refused(reason: string): void;
}

export interface SessionOptions {
  /** Why `text` cannot be written into this file as it is (a quote in JSON, markup in HTML), if so. */
  refuse?: (text: string) => string | undefined;
}

export interface SessionResult {
  /** One per item, in the same order. */
  decisions: Decision[];
  /** The user quit (q, or the input ended) instead of answering every item. */
  quit: boolean;
}

/** The findings that propose a replacement, in document order. */
export function reviewItems(findings: readonly Finding[]): ReviewItem[] {
  return findings
    .map((finding) => ({ finding, edit: editOf(finding, { suggestions: true }) }))
    .filter((x): x is ReviewItem => x.edit !== undefined)
    .sort((a, b) => a.edit.start - b.edit.start || a.edit.end - b.edit.end);
}

/** The replacement an accepted or edited item writes; undefined for the others. */
export function replacementOf(item: ReviewItem, decision: Decision): string | undefined {
  if (decision.kind === 'accepted') return item.edit.text;
  if (decision.kind === 'edited') return decision.text;
  return undefined;
}

/**
 * Walks the items in order and asks about each, like `git add -p`. An item overlapping one accepted
 * earlier is passed over (with a note) rather than asked about, since it could not be applied.
 */
export async function runSession(items: readonly ReviewItem[], ui: ReviewUi, options: SessionOptions = {}): Promise<SessionResult> {
  const decisions: Decision[] = items.map(() => ({ kind: 'skipped' }));
  let last: ReviewItem | undefined;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (last && item.edit.start < last.edit.end) {
      ui.overlap(item, last);
      continue;
    }
    ui.show(item, i, items.length);
    const decision = await decide(item, i, items.length, ui, options);
    if (decision === 'quit') return { decisions, quit: true };
    decisions[i] = decision;
    if (replacementOf(item, decision) !== undefined) last = item;
  }
  return { decisions, quit: false };
}

async function decide(item: ReviewItem, index: number, total: number, ui: ReviewUi, options: SessionOptions): Promise<Decision | 'quit'> {
  for (;;) {
    const line = await ui.ask(index, total);
    if (line === undefined) return 'quit';
    switch (line.trim().toLowerCase()) {
      case 'y': {
        const reason = options.refuse?.(item.edit.text);
        if (reason === undefined) return { kind: 'accepted' };
        ui.refused(reason);
        break;
      }
      case 'n':
        return { kind: 'rejected' };
      case 's':
        return { kind: 'skipped' };
      case 'q':
        return 'quit';
      case 'e': {
        const text = await ui.askReplacement(item);
        if (text === undefined) return 'quit';
        // an empty line is a change of mind: back to the question
        if (text === '') break;
        const reason = options.refuse?.(text);
        if (reason === undefined) return { kind: 'edited', text };
        ui.refused(reason);
        break;
      }
      default:
        ui.help();
    }
  }
}

export interface PlannedEdits {
  /** The text with the accepted and edited replacements applied. */
  output: string;
  applied: ReviewItem[];
  /** Accepted or edited items left out: overlapping one applied before, or no longer matching the text. */
  notApplied: ReviewItem[];
}

/** Applies the accepted and edited items to `source`, left to right; an overlapping or stale one is left out. */
export function planEdits(source: string, items: readonly ReviewItem[], decisions: readonly Decision[]): PlannedEdits {
  const chosen = items
    .map((item, i) => ({ item, text: replacementOf(item, decisions[i] ?? { kind: 'skipped' }) }))
    .filter((x): x is { item: ReviewItem; text: string } => x.text !== undefined)
    .sort((a, b) => a.item.edit.start - b.item.edit.start || a.item.edit.end - b.item.edit.end);
  const parts: string[] = [];
  const applied: ReviewItem[] = [];
  const notApplied: ReviewItem[] = [];
  let pos = 0;
  for (const { item, text } of chosen) {
    const { start, end } = item.edit;
    if (start < pos || end > source.length || source.slice(start, end) !== item.finding.text) {
      notApplied.push(item);
      continue;
    }
    parts.push(source.slice(pos, start), text);
    pos = end;
    applied.push(item);
  }
  parts.push(source.slice(pos));
  return { output: parts.join(''), applied, notApplied };
}

export interface DecisionCounts {
  accepted: number;
  edited: number;
  rejected: number;
  skipped: number;
}

export function countDecisions(decisions: readonly Decision[]): DecisionCounts {
  const counts: DecisionCounts = { accepted: 0, edited: 0, rejected: 0, skipped: 0 };
  for (const d of decisions) counts[d.kind]++;
  return counts;
}
