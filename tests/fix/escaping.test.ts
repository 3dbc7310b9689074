import { describe, expect, it } from 'vitest';
import { escapingNote, unsafeInFormat } from '../../src/fix/escaping.ts';

// [format, replacement, needs escaping]
const CASES: [string, string, boolean][] = [
  ['text', '<i>Le Monde</i> & "C_Sharp" \\ *', false],
  ['json', 'Keir Starmer', false],
  ['json', 'the "Left"', true],
  ['json', 'C:\\path', true],
  ['po', 'a\nb', true],
  ['html', 'AT&T', true],
  ['xliff', '<b>', true],
  ['xml', 'Keir Starmer', false],
  ['tsv', 'a\tb', true],
  ['markdown', 'Keir Starmer', false],
  ['markdown', 'AT&T', false],
  ['markdown', "O'Neill (Sinn Féin) - 3.5% #1 | yes!", false],
  ['markdown', '<i>Le Monde</i>', true],
  ['markdown', 'C_Sharp', false],
  ['markdown', 'snake_case', false],
  ['markdown', '_id', true],
  ['markdown', 'rate_', true],
  ['markdown', 'a _b', true],
  ['markdown', '*nix', true],
  ['markdown', '`npm`', true],
  ['markdown', '[Reuters]', true],
  ['markdown', 'a\\b', true],
  ['markdown', 'M&amp;S', true],
  ['markdown', 'caf&#233;', true],
  ['markdown', 'two\nlines', true],
];

describe('unsafeInFormat', () => {
  it.each(CASES)('%s: %j needs escaping: %s', (format, replacement, unsafe) => {
    expect(unsafeInFormat(format, replacement)).toBe(unsafe);
    expect(escapingNote(format, replacement) !== undefined).toBe(unsafe);
  });
});
