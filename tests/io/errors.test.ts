import { describe, expect, it } from 'vitest';
import { oneLine } from '../../src/io/errors.ts';
import { parseRecord } from '../../src/stream/record.ts';

describe('oneLine', () => {
  it('writes line breaks and other control characters as escapes, and leaves the rest as it is', () => {
    expect(oneLine('a\nb\r\nc\td\u0007e\u2028f\u0085 “g” é')).toBe('a\\nb\\r\\nc\\td\\u0007e\\u2028f\\u0085 “g” é');
    expect(oneLine('plain: no change')).toBe('plain: no change');
  });

  it('keeps the error of an NDJSON line that JSON.parse quotes on one line', () => {
    const r = parseRecord(Buffer.from('{"id": 1,\r "text": x}'));
    expect(r).toMatchObject({ error: expect.stringMatching(/^invalid JSON: [^\r\n]*\\r "text": x/) });
  });
});
