import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../src/engine/checker.ts';
import { parsePo } from '../../../src/inputs/po.ts';
import { parseXliff } from '../../../src/inputs/xliff.ts';
import { growth } from '../../helpers/growth.ts';

// The codes of a target (placeholders, tags, native codes: unit-text.ts, po.ts) are found by regular
// expressions; one that can read a long run in many ways took time in the square of the run: a target of
// "Hello %" and 50,000 zeros took 8 s, 200,000 zeros 125 s. Each is timed at n and 8n: linear is about 8x.
const checker = createChecker({ defaultGlossary: false, rules: ['bilingual/'] });
const xliff = (target: string) =>
  `<?xml version="1.0"?>\n<xliff version="1.2"><file source-language="de" target-language="en" datatype="plaintext" original="a"><body>\n<trans-unit id="1"><source>Hallo {0} %s</source><target>${target}</target></trans-unit>\n</body></file></xliff>\n`;
const po = (target: string) => `msgid "Hallo {0} %s"\nmsgstr "${target}"\n`;

const CASES: [string, (n: number) => string, (t: string) => ReturnType<typeof parseXliff>][] = [
  ['a printf width of zeros never ended (XLIFF)', (n) => `Hello %${'0'.repeat(n)}`, (t) => parseXliff(xliff(t), 'a.xlf')],
  ['a printf width of zeros never ended (PO)', (n) => `Hello %${'0'.repeat(n)}`, (t) => parsePo(po(t), 'a.po')],
  ['a brace option list of spaces never closed', (n) => `Hello {a,${' '.repeat(n)} world.`, (t) => parseXliff(xliff(t), 'a.xlf')],
  ['native codes never closed (PO)', (n) => '<ph '.repeat(n / 4), (t) => parsePo(po(t), 'a.po')],
  ['one tag of attributes never closed (PO)', (n) => `Hello <b ${'y=z '.repeat(n / 4)}`, (t) => parsePo(po(t), 'a.po')],
  ['one tag of attributes past the cap, closed (PO)', (n) => `Hello <b ${'y=z '.repeat(n / 4)}> %s`, (t) => parsePo(po(t), 'a.po')],
];

describe('codes of a long target', () => {
  it.each(CASES)('%s: time linear in the size', (_, make, parse) => {
    expect(growth((n) => checker.check(parse(make(n))), 4_000)).toBeLessThan(24);
  });
});
