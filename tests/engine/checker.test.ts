import { describe, expect, it } from 'vitest';
import { createDocument } from '../../src/document/document.ts';
import { check } from '../../src/engine/check.ts';
import { createChecker } from '../../src/engine/checker.ts';
import { parseGlossary } from '../../src/glossary/load.ts';

const glossary = parseGlossary(
  JSON.stringify([
    { term: 'Keir Starmer', variants: ['Keir Starrer'], category: 'person' },
    { term: 'Saddam Haftar', category: 'person', titles: ['Gen.'] },
  ]),
  'json',
  'g.json',
);
const base = { defaultGlossary: false, glossaries: [glossary] };
const text = 'Keir Starrer met the Gens Saddam Haftar.';

describe('createChecker', () => {
  it('runs the rules and returns findings in document order', () => {
    const { findings } = createChecker(base).check(text);
    expect(findings.map((f) => [f.ruleId, f.text])).toEqual([
      ['glossary/variant', 'Keir Starrer'],
      ['title/abbreviation', 'Gens Saddam Haftar'],
    ]);
  });

  it('selects rules by id or prefix and rejects unknown selectors', () => {
    expect(createChecker({ ...base, rules: ['title/'] }).check(text).findings.map((f) => f.ruleId)).toEqual(['title/abbreviation']);
    expect(() => createChecker({ ...base, rules: ['nope'] })).toThrow(/no rule matches nope/);
  });

  it('applies configured severities and turns rules off, exact id before prefix', () => {
    const c = createChecker({ ...base, severities: { 'glossary/': 'info', 'glossary/variant': 'error', 'title/abbreviation': 'off' } });
    expect(c.rules.map((r) => r.meta.id)).not.toContain('title/abbreviation');
    expect(c.check(text).findings.map((f) => [f.ruleId, f.severity])).toEqual([['glossary/variant', 'error']]);
  });

  it('runs a rule the selection names at least as closely as a severity turns it off, with the next severity or its own', () => {
    const cases: [string[], Record<string, 'error' | 'warning' | 'info' | 'off'>, [string, string][]][] = [
      [['glossary/variant'], { 'glossary/variant': 'off' }, [['glossary/variant', 'error']]],
      [['glossary/variant'], { 'glossary/': 'off' }, [['glossary/variant', 'error']]],
      [['glossary/'], { 'glossary/': 'off' }, [['glossary/variant', 'error']]],
      [['glossary/variant'], { 'glossary/': 'info', 'glossary/variant': 'off' }, [['glossary/variant', 'info']]],
      [['glossary/', 'title/'], { 'glossary/variant': 'off' }, [['title/abbreviation', 'warning']]],
      [[], { 'glossary/variant': 'off' }, [['title/abbreviation', 'warning']]],
    ];
    for (const [rules, severities, expected] of cases) {
      expect(createChecker({ ...base, rules, severities }).check(text).findings.map((f) => [f.ruleId, f.severity]), JSON.stringify([rules, severities])).toEqual(expected);
    }
    expect(() => createChecker({ ...base, rules: ['glossary/variant', 'nope/'] })).toThrow(/^no rule matches nope\/ \(rules: title\/abbreviation, /);
    expect(() => createChecker({ ...base, rules: ['title/'], severities: { 'title/abbreviation': 'off' } })).toThrow('every rule that title/ selects is turned off by its own id (title/abbreviation: "off")');
  });

  it('filters by minimum confidence and by the allow list', () => {
    expect(createChecker({ ...base, minConfidence: 0.99 }).check(text).findings).toEqual([]);
    expect(createChecker({ ...base, allow: ['keir starrer'] }).check(text).findings.map((f) => f.text)).toEqual(['Gens Saddam Haftar']);
  });

  it('does not report inside suppressed stretches, and says so in dropped', () => {
    const doc = createDocument(text, { suppressions: [{ start: 0, end: 13, rules: ['glossary/'] }] });
    const r = createChecker(base).check(doc);
    expect(r.findings.map((f) => f.text)).toEqual(['Gens Saddam Haftar']);
    expect(r.dropped.map((d) => [d.text, d.reason])).toContainEqual(['Keir Starrer', 'suppressed by a translint-disable comment']);
  });

  it('only looks inside the document segments', () => {
    const doc = createDocument(text, { segments: [{ start: 13, end: text.length }] });
    expect(createChecker(base).check(doc).findings.map((f) => f.text)).toEqual(['Gens Saddam Haftar']);
  });
});

describe('check', () => {
  it('returns the findings of one text with cached checkers', () => {
    expect(check(text, base).map((f) => f.text)).toEqual(['Keir Starrer', 'Gens Saddam Haftar']);
    expect(check('Nothing here.', base)).toEqual([]);
  });
});
