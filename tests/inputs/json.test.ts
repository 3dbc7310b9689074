import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/inputs/errors.ts';
import { parseJson } from '../../src/inputs/json.ts';
import { occurrences, reads, spans } from './helpers.ts';

describe('json input', () => {
  it('reads every string value at any depth, not keys, one segment each; escapes read as their characters', () => {
    const text = '{\n  "Keir Starrer": "Keir Starrer said \\"no\\"\\u00a0today",\n  "nested": {"a": ["x", 1, true, null, "Keir\\nStarrer"]}\n}';
    const doc = parseJson(text, 'en.json');
    expect(reads(doc)).toEqual([
      [21, 56, 'Keir Starrer said "no" today'],
      [79, 80, 'x'],
      [99, 112, 'Keir Starrer'],
    ]);
    expect(doc.kind).toBe('strings');
    expect(occurrences(doc, 'Keir Starrer')).toEqual({ all: 2, prose: 1 });
    expect(doc.format).toBe('json');
  });

  it('reads a top-level string', () => {
    expect(spans(parseJson('"Keir Starrer"'))).toEqual([[1, 13, 'Keir Starrer']]);
  });

  it.each([
    ['{"a": "b",}', 1, 'invalid JSON: property name expected'],
    ['{"a": "b"\n "c": 1}', 2, 'invalid JSON: comma expected'],
    ['', 1, 'invalid JSON: value expected'],
    ['{\n"a": // c\n"b"}', 2, 'invalid JSON: invalid comment token'],
    ['{"a": "b', 1, 'invalid JSON: unexpected end of string'],
  ])('throws InputError for %j', (text, line, detail) => {
    let err: unknown;
    try {
      parseJson(text, 'bad.json');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InputError);
    expect(err).toMatchObject({ path: 'bad.json', line, detail, message: `bad.json:${line}: ${detail}` });
  });
});
