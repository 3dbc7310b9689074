import type { Document, Segment } from '../document/document.js';
import type { SpanFinding } from '../findings/finding.js';

/**
 * Splits off the findings that describe a whole translation unit: a bilingual rule's finding that spans
 * exactly a unit's target ("the target lacks the number 3"). They are about the unit, not about words in
 * it, so they take no part in overlap resolution: a spelling finding inside the target must not hide that
 * a number is missing, nor the other way round.
 */
export function splitUnitFindings(doc: Document, findings: SpanFinding[]): { unit: SpanFinding[]; rest: SpanFinding[] } {
  if (!doc.units || doc.units.length === 0) return { unit: [], rest: findings };
  const targets = new Set(doc.units.map((u) => `${u.target.start}:${u.target.end}`));
  const unit: SpanFinding[] = [];
  const rest: SpanFinding[] = [];
  for (const f of findings) {
    const whole = f.ruleId.startsWith('bilingual/') && targets.has(`${f.span.start}:${f.span.end}`);
    (whole ? unit : rest).push(f);
  }
  return { unit, rest };
}

/**
 * Part `k` of a document checked in parts (see chunks.ts), with the units whose target starts in it:
 * from its first segment up to the next part's first one. Bilingual rules go through `doc.units`, not
 * the segments, so without this each part would check every unit again.
 */
export function chunkDocument(doc: Document, chunks: readonly Segment[][], k: number): Document {
  const segments = chunks[k] as Segment[];
  if (segments === doc.segments) return doc;
  if (!doc.units) return { ...doc, segments };
  const from = k === 0 ? -Infinity : (segments[0]?.start ?? Infinity);
  const to = chunks[k + 1]?.[0]?.start ?? Infinity;
  return { ...doc, segments, units: doc.units.filter((u) => u.target.start >= from && u.target.start < to) };
}
