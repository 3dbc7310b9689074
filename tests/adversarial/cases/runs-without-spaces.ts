import { letters, repeatTo, type AdversarialCase } from '../case.ts';

// #17 item 8 (spelling half): long runs without spaces, such as `abcd,efgh,ijkl…` or `a.b.c…`,
// took 30-50 s for 100 KB: spelling/non-word scanned out to whitespace around every word.
export default {
  name: '#17 item 8: 100 KB runs without spaces (abcd,efgh,… / abcd.efgh… / a.b.c…)',
  generate: (size, random) => {
    const third = Math.floor(size / 3);
    return [
      repeatTo(third, ',', () => letters(4, random)),
      repeatTo(third, '.', () => letters(4, random)),
      repeatTo(third, '.', () => letters(1, random)),
    ].join('\n');
  },
} satisfies AdversarialCase;
