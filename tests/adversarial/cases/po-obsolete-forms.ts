import { expect } from 'vitest';
import type { AdversarialCase } from '../case.ts';

// A PO file whose obsolete (#~) entry has thousands of msgstr lines: gettext-parser copied an entry's
// list of strings for each string it added, time in the square of the strings of one entry
// (parsePo, 10,000 such lines: 0.9 s, 40,000: 16 s), and the line scan, which skips comments, did
// not see them to cap them as it caps the forms of a read entry (src/inputs/po-scan.ts, MAX_FORMS).
// Obsolete lines are not read and now go to gettext-parser blank. A tenth ordinary entries, the rest
// the obsolete entry (`#~ msgstr[0] "…"` then `#~ msgstr "…"`), against ordinary entries of prose.
const entries = (prose: string) =>
  prose
    .replace(/\s+/g, ' ')
    .match(/.{1,70}(?: |$)/g)
    ?.map((line, k) => `msgid "m${k}"\nmsgstr "${line.replace(/["\\]/g, '\\$&')}"\n\n`)
    .join('') ?? '';

export default {
  name: 'PO: an obsolete entry with thousands of msgstr strings',
  sizes: [200_000, 800_000],
  format: 'po',
  wrap: entries,
  generate: (size) => {
    const tenth = Math.floor(size / 10);
    const forms = '#~ msgstr[0] "clean"\n#~ msgstr "clean"\n'.repeat(Math.floor((size - tenth) / 38));
    return `${entries('A clean line. '.repeat(Math.floor(tenth / 14)))}#~ msgid "one"\n#~ msgid_plural "many"\n${forms}`;
  },
  maxRatio: 2,
  expect: (result) => expect(result.findings).toEqual([]),
} satisfies AdversarialCase;
