import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/inputs/text.ts';

describe('text input', () => {
  it('makes the whole text one segment', () => {
    const doc = parseText('Keir Starrer <b>\r\nsaid', 'a.txt');
    expect(doc.segments).toEqual([{ start: 0, end: 22 }]);
    expect(doc).toMatchObject({ path: 'a.txt', format: 'text', bom: false });
    expect(parseText('').segments).toEqual([{ start: 0, end: 0 }]);
  });
});
