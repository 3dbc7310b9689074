import { expect, it } from 'vitest';
import type { Rule } from '../../../src/rules/types.ts';
import { runRule } from '../../helpers/rule-tester.ts';

/** Each documented example is flagged as its meta says (text and first suggestion). */
export function itFlagsItsExamples(rule: Rule): void {
  for (const ex of rule.meta.examples) {
    it(`flags its example ${JSON.stringify(ex.flagged)}`, () => {
      const f = runRule(rule, ex.text).findings.find((x) => x.text === ex.flagged);
      expect(f, `no finding on ${JSON.stringify(ex.flagged)}`).toBeDefined();
      if (ex.suggestion !== undefined) expect(f?.suggestions[0]?.text).toBe(ex.suggestion);
    });
  }
}
