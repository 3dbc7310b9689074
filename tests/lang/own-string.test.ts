import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { expect, it } from 'vitest';
import { neighbourNames } from '../../src/source/known-names.ts';
import { wordKeys } from '../../src/source/names.ts';
import { ownString } from '../../src/lang/own-string.ts';

it('a copy is equal to the string, and short strings are kept as they are', () => {
  expect(ownString('Kyiv')).toBe('Kyiv');
  const long = 'x'.repeat(100) + ' Abcdefghijklmnop ';
  expect(ownString(long.slice(101, 117))).toBe('Abcdefghijklmnop');
});

// Memos keyed by a word cut from a document must not keep the document: 100 documents of 1 MB, each
// with one long word, leave the heap within a few MB once collected (keyed by the slices: +100 MB).
it('memos of words keep no document alive', () => {
  // the collector, asked for by name (a context made after the flag is set has gc())
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  gc();
  const before = process.memoryUsage().heapUsed;
  for (let d = 0; d < 100; d++) {
    const doc = 'x'.repeat(1 << 20) + ` Abcdefghijklm${d}q `;
    const at = doc.indexOf(' A') + 1;
    const word = doc.slice(at, doc.indexOf(' ', at));
    neighbourNames(word, true);
    wordKeys(word);
  }
  gc();
  expect((process.memoryUsage().heapUsed - before) / 2 ** 20).toBeLessThan(20);
});
