import { describe, expect, it } from 'vitest';
import { jsonLines } from '../../src/io/json-path.ts';

const TEXT = '{\n  "entries": [\n    {"term": "A"},\n    {\n      "term": "B",\n      "variants": ["b",\n        5]\n    }\n  ],\n  "allow": []\n}\n';

describe('jsonLines: the line of a key or list item in JSON text', () => {
  it.each([
    [[], 1],
    [['entries'], 2],
    [['entries', 0], 3],
    [['entries', 1], 4],
    [['entries', 1, 'term'], 5],
    [['entries', 1, 'variants', 1], 7],
    [['allow'], 10],
    // the deepest key or item on the way that is there
    [['entries', 1, 'fix'], 4],
    [['entries', 9, 'term'], 2],
    [['nothing'], 1],
    [['entries', 'term'], 2],
  ] as const)('%j is on line %i', (path, line) => {
    expect(jsonLines(TEXT)(path)).toBe(line);
  });

  it('takes the last of a key written twice, as JSON.parse does', () => {
    expect(jsonLines('{"fix": 1,\n"fix": 2}')(['fix'])).toBe(2);
  });
});
