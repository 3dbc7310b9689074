import { describe, expect, it } from 'vitest';
import { createChecker } from '../../src/engine/checker.ts';
import { applyFixes } from '../../src/fix/apply.ts';
import { fixText } from '../../src/fix/fixpoint.ts';

const checker = createChecker({ defaultGlossary: false, rules: ['artefact/page-furniture'] });

describe('a finding stands at its first non-whitespace character', () => {
  it('shows a trailing "Leave a Comment" at its own line, and the fix still removes the break before it', () => {
    const text = 'The plan was blocked.\n\nLeave a Comment';
    const [f] = checker.check(text).findings;
    expect(f!.text).toBe('Leave a Comment');
    expect(f!.range.start).toEqual({ offset: 23, line: 3, column: 1 });
    expect(f!.fix).toEqual({ start: 21, end: 38, text: '' });
    expect(fixText(checker, text).output).toBe('The plan was blocked.');
  });

  it('shows furniture lines between paragraphs at the first of them', () => {
    const text = 'The end.\n\nShare on Facebook\nShare on X\n\nPrint Share\n';
    const [f] = checker.check(text).findings;
    expect([f!.range.start.line, f!.range.start.column, f!.text.split('\n')[0]]).toEqual([3, 1, 'Share on Facebook']);
    expect(fixText(checker, text).output).toBe('The end.\n');
  });

  it('skips a fix whose extra reach no longer holds only whitespace', () => {
    const text = 'The plan was blocked.\n\nLeave a Comment';
    const { findings } = checker.check(text);
    const edited = 'The plan was blocked.\nX\nLeave a Comment';
    expect(applyFixes(edited, findings).skipped).toHaveLength(1);
    expect(applyFixes(text.replace('\n\n', ' \n'), findings).applied).toHaveLength(1);
  });
});
