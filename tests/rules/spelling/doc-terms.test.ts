import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ADDRESS, ADDRESS_MARKS } from '../../../src/rules/spelling/chunks.ts';
import { DocTerms } from '../../../src/rules/spelling/doc-terms.ts';
import type { Document } from '../../../src/document/document.ts';

// DocTerms asks `identifier` only of the prose's chunks that hold a character of ADDRESS_MARKS (a speed
// trick): exact only while every chunk ADDRESS accepts holds one.
describe('spelling/doc-terms', () => {
  const pieces = ['a', 'Z', 'é', 'ß', '1', ' ', '\n', '\u00a0', '@', '#', '/', '\\', '_', '=', '~', '|', '<', '>', '(', ')', ':', '.', '-', ',', '2p', '://'];
  const chunk = fc.array(fc.constantFrom(...pieces), { maxLength: 8 }).map((a) => a.join(''));

  it('every chunk ADDRESS accepts holds a character of ADDRESS_MARKS', () => {
    fc.assert(
      fc.property(chunk, (s) => {
        ADDRESS_MARKS.lastIndex = 0;
        if (ADDRESS.test(s)) expect(ADDRESS_MARKS.test(s)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('finds the identifiers of the prose, and their words, as a scan of every chunk does', () => {
    fc.assert(
      fc.property(fc.array(chunk, { maxLength: 12 }), (chunks) => {
        const prose = chunks.join(' ');
        const doc = { text: prose } as unknown as Document;
        const terms = new DocTerms(doc, prose, (c) => ADDRESS.test(c), ADDRESS_MARKS);
        const all = new DocTerms(doc, prose, (c) => ADDRESS.test(c), /\S/g);
        for (const w of ['a', 'z', 'é', 'ß', 'ae', 'az', 'p', 'zz', 'aa']) expect(terms.has(w)).toBe(all.has(w));
      }),
      { numRuns: 2000 },
    );
  });

  it('takes the words of a path or handle in the prose as the document\'s own', () => {
    const prose = 'Run it with lstatSync/readdir and ask @rugk or see micromark_util.chunked please.';
    const terms = new DocTerms({ text: prose } as unknown as Document, prose, (c) => ADDRESS.test(c), ADDRESS_MARKS);
    expect(['lstat', 'sync', 'readdir', 'rugk', 'micromark', 'util', 'chunked'].every((w) => terms.has(w))).toBe(true);
    expect(terms.has('please')).toBe(false);
    expect(terms.has('run')).toBe(false);
  });
});
