import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/acronym/unknown.ts';
import { fastestCheck, LINEAR_TIMEOUT } from '../linear-timing.ts';

// All-caps text on one line used to cost a regex over the whole line per acronym-like token
// (100 KB took 20 s, over a thousand times the same amount of prose); a run without spaces cost a
// scan to the whitespace around each token. Each shape is timed at two sizes, eight times apart, in
// the same run: a linear rule takes about 8 times as long on the larger, a quadratic one 64 times
// (the quadratic scans these tests guard against cost far more). The bound is loose on purpose:
// the machine is shared and the collector runs when it likes. See linear-timing.ts for what is timed.
const SMALL = 20_000;
const LARGE = 8 * SMALL;
const CAPS = ['ALPHA', 'QRZ', 'XKCD', 'VBN', 'WXY', 'OTAN', 'PDQ', 'KWS', 'ZULU', 'RZQ'];
const glossary = [{ term: 'NATO', caseSensitive: true }, { term: 'SKW', caseSensitive: true }];

function fill(size: number, unit: (k: number) => string): string {
  let s = '';
  for (let k = 0; s.length < size; k++) s += unit(k);
  return s;
}

const fastest = (text: string) => fastestCheck(rule, text, glossary);

const shapes: [string, (k: number) => string][] = [
  ['one all-caps line', (k) => `${CAPS[k % CAPS.length]}${k % 7 ? ' ' : ', '}`],
  ['all-caps tokens without spaces', (k) => `${CAPS[k % CAPS.length]},`],
  ['acronyms in lower-case prose on one line', (k) => `the ${CAPS[k % CAPS.length]} said `],
  ['datelines', (k) => `${CAPS[k % CAPS.length]} ${CAPS[(k + 3) % CAPS.length]}, Gaza Strip (AP) — the plan.\n`],
];

describe('acronym/unknown is linear in its input', () => {
  it.each(shapes)('%s: eight times the text costs about eight times as much', (_name, unit) => {
    const small = fill(SMALL, unit);
    fastest(small); // warm-up: word lists and the compiled rule
    expect(fastest(fill(LARGE, unit))).toBeLessThan(40 * fastest(small) + 100);
  }, LINEAR_TIMEOUT);
});
