import { createTwoFilesPatch, diffWordsWithSpace } from 'diff';

/** A unified diff of one file, with a/ and b/ prefixes, that `git apply` and `patch -p1` accept. */
export function unifiedDiff(path: string, original: string, fixed: string): string {
  if (original === fixed) return '';
  const name = path.replace(/\\/g, '/').replace(/^\.\//, '');
  const patch = createTwoFilesPatch(`a/${name}`, `b/${name}`, original, fixed, undefined, undefined, { context: 3 });
  // jsdiff starts with an "Index:"-style separator line; git needs none of it
  return patch.replace(/^=+\n/, '').replace(/^Index: .*\n=+\n/, '');
}

export interface WordChange {
  value: string;
  added?: boolean;
  removed?: boolean;
}

/** Word-level changes between two strings, for the coloured terminal view. */
export function wordDiff(before: string, after: string): WordChange[] {
  return diffWordsWithSpace(before, after).map((c) => ({ value: c.value, ...(c.added ? { added: true } : {}), ...(c.removed ? { removed: true } : {}) }));
}
