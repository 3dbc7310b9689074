import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/inputs/errors.ts';
import { MAX_JSON_DEPTH, parseJson } from '../../src/inputs/json.ts';
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

  it('refuses nesting deeper than MAX_JSON_DEPTH with the line where it goes too deep; reads nesting at the limit', () => {
    const nest = (levels: number, open: string, close: string) => open.repeat(levels) + '"Keir Starrer"' + close.repeat(levels);
    // 20,000 levels overflowed the stack in the parser (a RangeError that stopped a run of many files)
    for (const [open, close] of [['[', ']'], ['{\n"a":', '}']] as const) {
      let err: unknown;
      try {
        parseJson(nest(20000, open, close), 'deep.json');
      } catch (e) {
        err = e;
      }
      const line = open === '[' ? 1 : MAX_JSON_DEPTH + 1;
      expect(err).toBeInstanceOf(InputError);
      expect(err).toMatchObject({ message: `deep.json:${line}: JSON nested more than ${MAX_JSON_DEPTH} levels deep` });
    }
    const atLimit = nest(MAX_JSON_DEPTH, '[', ']');
    expect(spans(parseJson(atLimit))).toEqual([[MAX_JSON_DEPTH + 1, MAX_JSON_DEPTH + 13, 'Keir Starrer']]);
    // a stray closing bracket does not take a level off: the parser skips it and goes on nesting
    expect(() => parseJson('[},'.repeat(20000), 'stray.json')).toThrow('stray.json:1: JSON nested more than 1000 levels deep');
    // brackets inside strings are not nesting
    expect(spans(parseJson(`["${'['.repeat(5000)}"]`))).toHaveLength(1);
  });
});
