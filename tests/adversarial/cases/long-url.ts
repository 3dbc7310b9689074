import { letters, prose, type AdversarialCase } from '../case.ts';

// #17 item 1: a 100,000-character URL took 30-54 s: spelling/non-word scanned out to the spaces
// around every word of it.
export default {
  name: '#17 item 1: prose with a 100,000-character URL',
  sizes: [120_000],
  generate: (size, random) => {
    const path: string[] = [];
    for (let n = 0; n < 100_000; n += 9) path.push(letters(8, random));
    const url = `https://example.org/${path.join('/')}`;
    return `${prose(size - url.length - 20, random)} See ${url} for more.`;
  },
} satisfies AdversarialCase;
