import { describe, expect, it } from 'vitest';
import { escapedName } from '../../src/io/names.ts';

describe('escapedName: a file name given as bytes, written as one line', () => {
  it.each([
    ['plain ASCII', [0x61, 0x2e, 0x74, 0x78, 0x74], 'a.txt'],
    ['a byte that starts no character', [0x61, 0xff, 0x62], 'a\\xffb'],
    ['a character cut short at the end', [0xe4, 0xb8, 0xad, 0xe4, 0xb8], '中\\xe4\\xb8'],
    ['an overlong form of "/"', [0xc0, 0xaf], '\\xc0\\xaf'],
    ['a UTF-16 surrogate written in UTF-8', [0xed, 0xa0, 0x80], '\\xed\\xa0\\x80'],
    ['a four-byte character', [0xf0, 0x9f, 0x98, 0x80], '😀'],
    ['a byte order mark, kept', [0xef, 0xbb, 0xbf, 0x61], '\ufeffa'],
    ['a line break and a bell', [0x61, 0x0a, 0x07], 'a\\n\\u0007'],
    // a backslash doubled, so that no name reads as another's escapes: "a\xff" itself, and then a bad byte
    ['a backslash before "xff", then the byte ff', [0x61, 0x5c, 0x78, 0x66, 0x66, 0xff], 'a\\\\xff\\xff'],
    ['the bytes ff ff', [0x61, 0xff, 0xff], 'a\\xff\\xff'],
  ])('%s', (_what, bytes, expected) => {
    expect(escapedName(Uint8Array.from(bytes))).toBe(expected);
  });
});
