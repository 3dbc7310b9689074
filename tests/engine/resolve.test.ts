import { describe, expect, it } from 'vitest';
import { resolveOverlaps } from '../../src/engine/resolve.ts';
import { LineIndex } from '../../src/document/line-index.ts';
import type { SpanFinding } from '../../src/findings/finding.ts';

function f(ruleId: string, start: number, end: number, confidence = 0.9): SpanFinding {
  return { ruleId, severity: 'warning', message: '', span: { start, end }, text: 'x'.repeat(end - start), confidence, suggestions: [] };
}

const lines = new LineIndex('x'.repeat(40));

const order = ['glossary/variant', 'title/abbreviation', 'glossary/near-miss'];
const rank = (id: string) => order.indexOf(id);

describe('resolveOverlaps', () => {
  it('orders findings by position', () => {
    const { findings } = resolveOverlaps([f('glossary/near-miss', 20, 25), f('glossary/variant', 0, 5), f('title/abbreviation', 10, 12)], rank, lines);
    expect(findings.map((x) => x.span.start)).toEqual([0, 10, 20]);
  });

  it('keeps the finding of the rule with higher precedence and reports the other as dropped', () => {
    const { findings, dropped } = resolveOverlaps([f('glossary/near-miss', 0, 12, 0.99), f('glossary/variant', 5, 12, 0.5)], rank, lines);
    expect(findings.map((x) => x.ruleId)).toEqual(['glossary/variant']);
    expect(dropped).toHaveLength(1);
    expect(dropped[0]!.ruleId).toBe('glossary/near-miss');
    expect(dropped[0]!.reason).toBe('overlaps glossary/variant "xxxxxxx" at 1:6');
  });

  it('breaks ties by confidence, then length', () => {
    expect(resolveOverlaps([f('glossary/variant', 0, 4, 0.8), f('glossary/variant', 2, 6, 0.9)], rank, lines).findings[0]!.span.start).toBe(2);
    expect(resolveOverlaps([f('glossary/variant', 0, 4), f('glossary/variant', 2, 9)], rank, lines).findings[0]!.span.end).toBe(9);
  });

  it('keeps adjacent findings that touch but do not overlap', () => {
    expect(resolveOverlaps([f('glossary/variant', 0, 4), f('glossary/variant', 4, 8)], rank, lines).findings).toHaveLength(2);
  });

  it('is deterministic whatever the input order', () => {
    const items = [f('glossary/near-miss', 0, 10), f('glossary/variant', 3, 5), f('title/abbreviation', 8, 14), f('glossary/variant', 20, 22)];
    const a = resolveOverlaps(items, rank, lines);
    const b = resolveOverlaps([...items].reverse(), rank, lines);
    expect(b).toEqual(a);
  });
});
