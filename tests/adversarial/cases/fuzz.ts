import fc from 'fast-check';
import { text } from '../../property/arbitrary-text.ts';
import type { AdversarialCase } from '../case.ts';

// The property tests' generator (tests/property/arbitrary-text.ts): words that make rules fire mixed
// with hostile characters (NUL, lone surrogates, RTL marks, combining marks, CR), its documents joined
// up to 1 MB.
export default {
  name: 'fuzz: the property generator’s documents joined up to 1 MB',
  sizes: [100_000, 1_000_000],
  generate: (size, random) => {
    const docs = fc.sample(text, { seed: Math.floor(random() * 2 ** 31), numRuns: 2_000 });
    let s = '';
    for (let k = 0; s.length < size; k++) s += `${docs[k % docs.length]}\n\n`;
    return s.slice(0, size);
  },
} satisfies AdversarialCase;
