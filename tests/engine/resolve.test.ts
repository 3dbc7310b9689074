import { describe, expect, it } from 'vitest';
import { resolveOverlaps } from '../../src/engine/resolve.ts';
import { LineIndex } from '../../src/document/line-index.ts';
import type { SpanFinding } from '../../src/findings/finding.ts';
import { spansOverlap } from '../../src/document/span.ts';
import { growth } from '../helpers/growth.ts';

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

  it('keeps what a greedy pass in order of precedence keeps: each finding unless it overlaps one kept before it', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
    for (let t = 0; t < 2000; t++) {
      // short spans on a short line, so that many overlap, touch or start together (not empty ones: one
      // is only held against its two kept neighbours, and may sit inside a longer kept span)
      const items = Array.from({ length: Math.floor(random() * 30) }, () => {
        const start = Math.floor(random() * 60);
        return f(order[Math.floor(random() * 3)] as string, start, start + 1 + Math.floor(random() * 6), random() < 0.5 ? 0.5 : 0.9);
      });
      const greedy: SpanFinding[] = [];
      const ranked = [...items].sort((a, b) => rank(a.ruleId) - rank(b.ruleId) || b.confidence - a.confidence || b.span.end - b.span.start - (a.span.end - a.span.start) || a.span.start - b.span.start);
      for (const x of ranked) if (!greedy.some((k) => spansOverlap(k.span, x.span))) greedy.push(x);
      const { findings, dropped } = resolveOverlaps(items, rank, lines);
      expect(new Set(findings)).toEqual(new Set(greedy));
      expect(findings.map((x) => x.span.start)).toEqual(greedy.map((x) => x.span.start).sort((a, b) => a - b));
      expect(dropped).toHaveLength(items.length - greedy.length);
    }
  });

  // 200,000 tags of an XLIFF target flagged, each "<b>" between two "</b>" that rank first: an insertion
  // into a sorted array of the kept ones moved all after it (5.9 s). Linear is about 8x, quadratic 64x; the bound is
  // 32, half of quadratic: these runs take a few milliseconds, and under the whole suite linear code read 24.7.
  it('resolves alternating findings of two lengths in time about linear in their number', () => {
    const alternating = (n: number) => Array.from({ length: n }, (_, k) => f('glossary/variant', k * 10, k * 10 + (k % 2 ? 4 : 3)));
    expect(resolveOverlaps(alternating(4), rank, lines).findings.map((x) => x.span.start)).toEqual([0, 10, 20, 30]);
    expect(growth((n) => resolveOverlaps(alternating(n), rank, lines), 20_000)).toBeLessThan(32);
  });
});
