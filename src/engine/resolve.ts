import type { LineIndex } from '../document/line-index.js';
import { spansOverlap, type Span } from '../document/span.js';
import type { SpanDropped, SpanFinding } from '../findings/finding.js';

/**
 * Orders findings by position and keeps one finding per stretch of text: when findings overlap, the one
 * from the rule of higher precedence wins, then the more confident, then the longer. The others are
 * returned as dropped, with the reason (which names the winner's line and column, from `lines`).
 */
export function resolveOverlaps(findings: SpanFinding[], precedence: (ruleId: string) => number, lines: LineIndex): { findings: SpanFinding[]; dropped: SpanDropped[] } {
  const ranked = [...findings].sort(
    (a, b) =>
      precedence(a.ruleId) - precedence(b.ruleId) ||
      b.confidence - a.confidence ||
      b.span.end - b.span.start - (a.span.end - a.span.start) ||
      a.span.start - b.span.start,
  );
  // kept stays sorted by start and free of overlaps, so only the two neighbours of a newcomer can clash
  const kept: SpanFinding[] = [];
  const dropped: SpanDropped[] = [];
  for (const f of ranked) {
    const at = insertionPoint(kept, f.span.start);
    const winner = [kept[at - 1], kept[at]].find((k) => k !== undefined && spansOverlap(k.span, f.span));
    if (winner) {
      const { line, column } = lines.position(winner.span.start);
      dropped.push({ ruleId: f.ruleId, text: f.text, span: f.span, reason: `overlaps ${winner.ruleId} "${winner.text}" at ${line}:${column}` });
    } else kept.splice(at, 0, f);
  }
  dropped.sort(byPosition);
  return { findings: kept, dropped };
}

function insertionPoint(sorted: SpanFinding[], start: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as SpanFinding).span.start <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function byPosition(a: { span: Span; ruleId: string }, b: { span: Span; ruleId: string }): number {
  return a.span.start - b.span.start || a.span.end - b.span.end || a.ruleId.localeCompare(b.ruleId);
}
