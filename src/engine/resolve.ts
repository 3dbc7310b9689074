import type { DroppedFinding, Finding } from '../findings/finding.js';

/**
 * Orders findings by position and keeps one finding per stretch of text: when findings overlap, the one
 * from the rule of higher precedence wins, then the more confident, then the longer. The others are
 * returned as dropped, with the reason.
 */
export function resolveOverlaps(findings: Finding[], precedence: (ruleId: string) => number): { findings: Finding[]; dropped: DroppedFinding[] } {
  const ranked = [...findings].sort(
    (a, b) =>
      precedence(a.ruleId) - precedence(b.ruleId) ||
      b.confidence - a.confidence ||
      b.range.end.offset - b.range.start.offset - (a.range.end.offset - a.range.start.offset) ||
      a.range.start.offset - b.range.start.offset,
  );
  // kept stays sorted by start and free of overlaps, so only the two neighbours of a newcomer can clash
  const kept: Finding[] = [];
  const dropped: DroppedFinding[] = [];
  for (const f of ranked) {
    const at = insertionPoint(kept, f.range.start.offset);
    const winner = [kept[at - 1], kept[at]].find((k) => k !== undefined && overlaps(k, f));
    if (winner) {
      dropped.push({
        ruleId: f.ruleId,
        text: f.text,
        range: f.range,
        reason: `overlaps ${winner.ruleId} "${winner.text}" at ${winner.range.start.line}:${winner.range.start.column}`,
      });
    } else kept.splice(at, 0, f);
  }
  dropped.sort(byPosition);
  return { findings: kept, dropped };
}

function insertionPoint(sorted: Finding[], start: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as Finding).range.start.offset <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function overlaps(a: Finding, b: Finding): boolean {
  return a.range.start.offset < b.range.end.offset && b.range.start.offset < a.range.end.offset;
}

export function byPosition(a: { range: Finding['range']; ruleId: string }, b: { range: Finding['range']; ruleId: string }): number {
  return a.range.start.offset - b.range.start.offset || a.range.end.offset - b.range.end.offset || a.ruleId.localeCompare(b.ruleId);
}
