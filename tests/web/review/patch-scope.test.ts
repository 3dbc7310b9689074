import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../src/engine/checker.ts';
import { parseGlossary } from '../../../src/glossary/load.ts';
import { patchEntries, type Finding } from '../../../web/review/src/model.ts';
import { glossaryPatch } from '../../../web/review/src/patch.ts';

describe('a glossary patch from the review page, loaded again', () => {
  it('keeps an edit to the scope of the finding it came from: only suggested, only where its context holds', () => {
    // the finding as the service returns it for a context-limited entry
    const story = 'CNN turned to the Foreign Ministry in Washington for comment.';
    const [found] = createChecker({ rules: ['context/institution'] }).check(story).findings as unknown as Finding[];
    expect(found!.entry?.context?.anyOf).toContain('Washington');
    const patch = glossaryPatch(patchEntries([found!], [{ kind: 'edited', text: 'US State Department', variant: true }]), 'story.txt');

    const checker = createChecker({ defaultGlossary: false, glossaries: [parseGlossary(patch, 'yaml', 'glossary-patch.yaml')], rules: ['glossary/variant'] });
    const [inContext] = checker.check(story).findings;
    expect(inContext).toMatchObject({ text: 'Foreign Ministry', suggestions: [{ text: 'US State Department' }] });
    expect(inContext!.fix).toBeUndefined();
    expect(checker.check('The Foreign Ministry in Berlin said nothing.').findings).toEqual([]);
  });
});
