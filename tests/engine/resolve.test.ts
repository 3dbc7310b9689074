import { describe, expect, it } from 'vitest';
import { resolveOverlaps } from '../../src/engine/resolve.ts';
import type { Finding } from '../../src/findings/finding.ts';

function f(ruleId: string, start: number, end: number, confidence = 0.9): Finding {
  const pos = (offset: number) => ({ offset, line: 1, column: offset + 1 });
  return { ruleId, severity: 'warning', message: '', range: { start: pos(start), end: pos(end) }, text: 'x'.repeat(end - start), confidence, suggestions: [] };
}

const order = ['glossary/variant', 'title/abbreviation', 'glossary/near-miss'];
const rank = (id: string) => order.indexOf(id);

describe('resolveOverlaps', () => {
  it('orders findings by position', () => {
    const { findings } = resolveOverlaps([f('glossary/near-miss', 20, 25), f('glossary/variant', 0, 5), f('title/abbreviation', 10, 12)], rank);
    expect(findings.map((x) => x.range.start.offset)).toEqual([0, 10, 20]);
  });

  it('keeps the finding of the rule with higher precedence and reports the other as dropped', () => {
    const { findings, dropped } = resolveOverlaps([f('glossary/near-miss', 0, 12, 0.99), f('glossary/variant', 5, 12, 0.5)], rank);
    expect(findings.map((x) => x.ruleId)).toEqual(['glossary/variant']);
    expect(dropped).toHaveLength(1);
    expect(dropped[0]!.ruleId).toBe('glossary/near-miss');
    expect(dropped[0]!.reason).toBe('overlaps glossary/variant "xxxxxxx" at 1:6');
  });

  it('breaks ties by confidence, then length', () => {
    expect(resolveOverlaps([f('glossary/variant', 0, 4, 0.8), f('glossary/variant', 2, 6, 0.9)], rank).findings[0]!.range.start.offset).toBe(2);
    expect(resolveOverlaps([f('glossary/variant', 0, 4), f('glossary/variant', 2, 9)], rank).findings[0]!.range.end.offset).toBe(9);
  });

  it('keeps adjacent findings that touch but do not overlap', () => {
    expect(resolveOverlaps([f('glossary/variant', 0, 4), f('glossary/variant', 4, 8)], rank).findings).toHaveLength(2);
  });

  it('is deterministic whatever the input order', () => {
    const items = [f('glossary/near-miss', 0, 10), f('glossary/variant', 3, 5), f('title/abbreviation', 8, 14), f('glossary/variant', 20, 22)];
    const a = resolveOverlaps(items, rank);
    const b = resolveOverlaps([...items].reverse(), rank);
    expect(b).toEqual(a);
  });
});
