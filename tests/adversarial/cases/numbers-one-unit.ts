import { expect } from 'vitest';
import type { AdversarialCase } from '../case.ts';

// One XLIFF unit with thousands of numbers, the target's in reverse order: bilingual/numbers paired
// each source number with a search of the target's list and a splice out of it, time in the square
// of the numbers of one unit (through bin/translint, `10000; 10001; …` against the same reversed:
// 1.7 s for 10,000 numbers, 5.4 s for 20,000; every number changed: 3.4 s and 8.7 s). Every number
// pairs here, nothing is reported (before the pairing by value: 28x prose at 300 KB, 63x at 600 KB;
// after: 1.3-2.1x). Compared with prose split into a source and a target.
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const xliff = (source: string, target: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="de" target-language="en" datatype="plaintext" original="a"><body>\n<trans-unit id="1"><source>${source}</source><target>${target}</target></trans-unit>\n</body></file></xliff>\n`;

export default {
  name: 'bilingual/numbers: one XLIFF unit, thousands of numbers, the target\'s in reverse order',
  sizes: [300_000, 600_000],
  format: 'xliff',
  options: { rules: ['bilingual/numbers'], defaultGlossary: false },
  wrap: (prose) => xliff(escape(prose.slice(0, prose.length / 2)), escape(prose.slice(prose.length / 2))),
  generate: (size) => {
    const numbers = Array.from({ length: Math.floor(size / 16) }, (_, k) => `${100_000 + k};`);
    return xliff(numbers.join(' '), numbers.reverse().join(' '));
  },
  expect: (result) => expect(result.findings).toEqual([]),
} satisfies AdversarialCase;
