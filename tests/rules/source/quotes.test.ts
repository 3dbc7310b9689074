import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/source/quotes.ts';
import { runWithSource } from './helpers.ts';

describe('source/quotes', () => {
  it('reports a quotation the translation lost, on its sentence', () => {
    const r = runWithSource('source/quotes', 'Er sagte: „Wir kommen nicht.“ Dann ging er.', 'He said we were not coming. Then he left.', 'de');
    expect(r.described).toEqual(['He said we were not coming. | the original quotes here (one quotation); this sentence of the translation does not']);
  });

  it('accepts a quotation that moved to the next sentence', () => {
    const source = 'Er zögerte lange. Dann sagte er: „Wir kommen nicht.“';
    expect(runWithSource('source/quotes', source, 'He hesitated for long, then said: "We are not coming."', 'de').findings).toEqual([]);
  });

  it('has examples that the rule flags', () => {
    for (const ex of rule.meta.examples) expect(runWithSource('source/quotes', ex.source!, ex.text, 'de').findings.map((f) => f.text)).toEqual([ex.flagged]);
  });
});
