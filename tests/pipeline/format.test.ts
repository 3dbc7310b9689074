import { describe, expect, it } from 'vitest';
import { createDocument } from '../../src/document/document.ts';
import { InputError } from '../../src/inputs/errors.ts';
import { parseOrRefuse } from '../../src/pipeline/format.ts';

describe('parseOrRefuse', () => {
  const failing = (err: unknown) => ({ name: 'html', parse: () => { throw err; } });

  it("turns a parser's own failure into an InputError naming the input", () => {
    let err: unknown;
    try {
      parseOrRefuse(failing(new RangeError('Maximum call stack size exceeded')), 'x', 'page.html');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InputError);
    expect(err).toMatchObject({ path: 'page.html', line: undefined, message: 'page.html: could not be read as html: Maximum call stack size exceeded' });
  });

  it('passes an InputError through unchanged, and a document through', () => {
    const input = new InputError('a.json', 3, 'invalid JSON: comma expected');
    expect(() => parseOrRefuse(failing(input), 'x', 'a.json')).toThrow(input);
    const doc = createDocument('Keir Starmer');
    expect(parseOrRefuse({ name: 'text', parse: () => doc }, 'Keir Starmer', undefined)).toBe(doc);
  });
});
