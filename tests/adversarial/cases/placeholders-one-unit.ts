import { expect } from 'vitest';
import type { AdversarialCase } from '../case.ts';

// One XLIFF unit with thousands of placeholders, the target's in another order: bilingual/placeholders
// paired each source code with a search of the target's list and a splice out of it, time in the square
// of the codes of one unit (through bin/translint, a source of `{a} %s ` × 10,000 against `{b} %d ` ×
// 10,000 took 7.2 s, 2,500 of each 1.0 s). Here the source has its `{name}` first and its `%s` after them,
// the target the other way round: every code pairs, nothing is reported, and the pairing is all there
// is to time (before the pairing by key: 41x prose at 300 KB, 48x at 600 KB; after: 2-3.5x, as much as
// the rule left out, the cost of so many short words). Compared with prose split into a source and a target.
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const xliff = (source: string, target: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="de" target-language="en" datatype="plaintext" original="a"><body>\n<trans-unit id="1"><source>${source}</source><target>${target}</target></trans-unit>\n</body></file></xliff>\n`;

export default {
  name: 'bilingual/placeholders: one XLIFF unit, thousands of placeholders, the target\'s in another order',
  sizes: [300_000, 600_000],
  // (2-3.5x usually, 5.06x once in a full suite on the shared machine, 2026-12-07; quadratic it was over 40x)
  maxRatio: 7,
  format: 'xliff',
  options: { rules: ['bilingual/placeholders'], defaultGlossary: false },
  wrap: (prose) => xliff(escape(prose.slice(0, prose.length / 2)), escape(prose.slice(prose.length / 2))),
  generate: (size) => {
    const n = Math.floor(size / 20);
    return xliff(`${'{name} '.repeat(n)}${'%s '.repeat(n)}`, `${'%s '.repeat(n)}${'{name} '.repeat(n)}`);
  },
  expect: (result) => expect(result.findings).toEqual([]),
} satisfies AdversarialCase;
