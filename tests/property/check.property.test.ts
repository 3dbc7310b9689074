import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../src/engine/checker.ts';
import { applyFixes, editOf } from '../../src/fix/apply.ts';
import { fixText } from '../../src/fix/fixpoint.ts';
import { parseGlossary } from '../../src/glossary/load.ts';

// Words that make rules fire, mixed with hostile characters, so both findings and odd input are common.
const WORDS = ['Keir', 'Starrer', 'Starmer', 'Gens', 'Saddam', 'Haftar', 'USL', 'system', 'close', 'the', 'z.', 'B.', '1.000', '3,5', 'percent', 'third', '-party', 'loathous', 'Foreign', 'Ministry', 'said', 'Leave a Comment'];
const ODD = ['\u0000', '\r\n', '\r', '\n', '\u200f', '\u0301', '😀', '\ud800', '\udc00', '“', '”', '"', "'", '\t', 'אבג', '\u00a0', ' '];
const text = fc
  .array(fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom(...ODD), fc.string({ unit: 'binary', maxLength: 6 })), { maxLength: 60 })
  .map((parts) => parts.join(fc.sample(fc.constantFrom(' ', ' ', '\n', ''), 1)[0] ?? ' '));

const glossaryEntry = fc.record({
  term: fc.constantFrom('Keir Starmer', 'Saddam Haftar', 'US asylum system', 'State Department', 'x', '😀 y'),
  variants: fc.array(fc.oneof(fc.constantFrom('Keir Starrer', 'USL system', 'Starr', 'the', '/Starr?er/', '/S.a/'), fc.string({ minLength: 1, maxLength: 5 })), { maxLength: 3 }),
  caseSensitive: fc.boolean(),
  category: fc.constantFrom('person', 'term', 'organisation'),
});

function checkerFor(entries: unknown[]) {
  // variants that are not valid regular expressions are rejected at load: keep only loadable entries
  const ok = entries.filter((e) => {
    try {
      parseGlossary(JSON.stringify([e]), 'json');
      return true;
    } catch {
      return false;
    }
  });
  return createChecker({ defaultGlossary: false, glossaries: [parseGlossary(JSON.stringify(ok), 'json', 'g.json')] });
}

const seeded = createChecker({ defaultGlossary: false, glossaries: [parseGlossary('[{"term":"Keir Starmer","variants":["Keir Starrer"]},{"term":"US asylum system","variants":["USL system"]},{"term":"Saddam Haftar","category":"person","titles":["Gen."]}]', 'json', 'g.json')] });

describe('properties of check and fix on arbitrary text', () => {
  it('never throws; every range lies inside the text and slices to the finding text', () => {
    fc.assert(
      fc.property(text, fc.array(glossaryEntry, { maxLength: 4 }), (t, entries) => {
        const { findings } = checkerFor(entries).check(t);
        for (const f of findings) {
          expect(f.range.start.offset).toBeGreaterThanOrEqual(0);
          expect(f.range.end.offset).toBeLessThanOrEqual(t.length);
          expect(f.range.start.offset).toBeLessThanOrEqual(f.range.end.offset);
          expect(t.slice(f.range.start.offset, f.range.end.offset)).toBe(f.text);
          expect(f.confidence).toBeGreaterThanOrEqual(0);
          expect(f.confidence).toBeLessThanOrEqual(1);
        }
      }),
      // each run builds a checker (every rule's prepare compiles its data: 20-40 ms), so fewer runs than below
      { numRuns: 600 },
    );
  }, 120_000);

  it('leaves the text outside the applied edits unchanged, and fixing twice equals fixing once', () => {
    fc.assert(
      fc.property(text, (t) => {
        const { findings } = seeded.check(t);
        const { output, applied } = applyFixes(t, findings, { suggestions: true });
        // rebuild the output from the untouched stretches and the replacements: nothing else may differ
        let pos = 0;
        let rebuilt = '';
        // an edit may reach beyond its finding over whitespace (the line break before a removed line)
        const edits = applied.map((f) => editOf(f, { suggestions: true })!).sort((a, b) => a.start - b.start);
        for (const e of edits) {
          rebuilt += t.slice(pos, e.start) + e.text;
          pos = e.end;
        }
        expect(output).toBe(rebuilt + t.slice(pos));
        const once = fixText(seeded, t, { suggestions: true }).output;
        expect(fixText(seeded, once, { suggestions: true }).output).toBe(once);
      }),
      { numRuns: 1500 },
    );
  });

  it('after fixing, the fixed findings do not come back at the same place', () => {
    fc.assert(
      fc.property(text, (t) => {
        const first = seeded.check(t).findings.filter((f) => f.fix);
        const { output } = applyFixes(t, first);
        const again = seeded.check(output).findings;
        for (const f of first) {
          const same = again.find((g) => g.ruleId === f.ruleId && g.text === f.text && g.range.start.offset === f.range.start.offset);
          expect(same).toBeUndefined();
        }
      }),
      { numRuns: 1500 },
    );
  });
});
