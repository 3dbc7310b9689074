import { describe, expect, it } from 'vitest';
import { createChecker } from '../../src/engine/checker.ts';

describe('a finding names its glossary entry', () => {
  it('with the context condition that made a context-limited entry fire', () => {
    const checker = createChecker({ rules: ['context/institution'] });
    const [f] = checker.check('CNN turned to the Foreign Ministry in Washington for comment.').findings;
    expect(f!.entry).toMatchObject({ term: 'State Department', context: { anyOf: expect.arrayContaining(['Washington', 'US']) } });
  });

  it('without one for an entry that has none', () => {
    const checker = createChecker({ rules: ['glossary/variant'] });
    const [f] = checker.check('Later, Wladimir Putin spoke.').findings;
    expect(f!.entry?.term).toBe('Vladimir Putin');
    expect(f!.entry).not.toHaveProperty('context');
  });
});
