import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../src/document/line-index.ts';
import type { SpanFinding } from '../../src/findings/finding.ts';
import { locate, locateDropped } from '../../src/findings/locate.ts';

const text = 'First line.\r\nThe Foreign Ministry said.\rThird\nFourth Keir Starrer';

function at(needle: string): SpanFinding {
  const start = text.indexOf(needle);
  return { ruleId: 'glossary/variant', severity: 'warning', message: 'm', span: { start, end: start + needle.length }, text: needle, confidence: 0.9, suggestions: [], fix: { start, end: start + needle.length, text: 'x' } };
}

describe('locate', () => {
  it('gives line and column from the text, counting CRLF and lone CR as one break each', () => {
    const [a, b] = locate([at('Foreign Ministry'), at('Keir Starrer')], text);
    expect(a!.range).toEqual({ start: { offset: 17, line: 2, column: 5 }, end: { offset: 33, line: 2, column: 21 } });
    expect(b!.range.start).toEqual({ offset: text.indexOf('Keir'), line: 4, column: 8 });
  });

  it('keeps the fields in the order reports print them, and the fix as offsets', () => {
    const [f] = locate([at('Third')], new LineIndex(text));
    expect(Object.keys(f!)).toEqual(['ruleId', 'severity', 'message', 'range', 'text', 'confidence', 'suggestions', 'fix']);
    expect(f!.fix).toEqual({ start: text.indexOf('Third'), end: text.indexOf('Third') + 5, text: 'x' });
    expect(text.slice(f!.range.start.offset, f!.range.end.offset)).toBe(f!.text);
  });

  it('locates dropped candidates the same way', () => {
    const [d] = locateDropped([{ ruleId: 'r', text: 'Fourth', span: { start: text.indexOf('Fourth'), end: text.indexOf('Fourth') + 6 }, reason: 'why' }], text);
    expect(d).toEqual({ ruleId: 'r', text: 'Fourth', range: { start: { offset: 46, line: 4, column: 1 }, end: { offset: 52, line: 4, column: 7 } }, reason: 'why' });
  });
});
