import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../src/engine/checker.ts';
import { applyFixes, editOf } from '../../src/fix/apply.ts';
import { fixText } from '../../src/fix/fixpoint.ts';
import { parseGlossary } from '../../src/glossary/load.ts';
import { text } from './arbitrary-text.ts';

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
        // ... and only over whitespace: the text it changes outside the finding's range is blank
        for (const f of applied) {
          const e = editOf(f, { suggestions: true })!;
          expect(t.slice(Math.min(e.start, f.range.start.offset), f.range.start.offset).trim()).toBe('');
          expect(t.slice(f.range.end.offset, Math.max(e.end, f.range.end.offset)).trim()).toBe('');
        }
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
        const { output, applied } = applyFixes(t, first);
        const again = seeded.check(output).findings;
        // where each applied fix's text now starts: the edits before it moved it by what they added or took away
        const edits = applied.map((f) => f.fix!).sort((a, b) => a.start - b.start);
        for (const [k, f] of applied.entries()) {
          const e = f.fix!;
          const at = e.start + edits.filter((x) => x.start < e.start).reduce((d, x) => d + x.text.length - (x.end - x.start), 0);
          const same = again.find((g) => g.ruleId === f.ruleId && g.text === f.text && g.range.start.offset >= at && g.range.start.offset <= at + e.text.length);
          expect(same, `fix ${k} of ${JSON.stringify(t)}`).toBeUndefined();
        }
      }),
      // a fix that shortens the text brings a later, different quotation mark to the place of a fixed one; a
      // mark after an indent or a tab and a space was a closing one with a space to take away, and opening without it
      { numRuns: 1500, examples: [['“ z. B. " "'], ['" \r\n "'], ['“ \t "']] },
    );
  });
});
