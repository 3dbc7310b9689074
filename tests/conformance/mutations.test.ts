/**
 * The input formats on mutated third-party files (../shared/data/conformance, skipped when absent): a sample of
 * the files, each cut short, with a piece removed, repeated or moved, a markup character or a thousand open
 * tags put in, and read in its own format (every format for some). Whatever comes in, a parser refuses it with
 * an InputError or gives a document whose findings slice its text exactly: never another exception.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createChecker, formatForPath, InputError, inputFormats } from '../../src/index.ts';
import { DEFAULT_DATA } from './corpora.ts';

const EVERY = 8;
const INSERTS = ['<', '>', '&', '"', "'", '\u0000', '\uFFFD', '\uD800', ']]>', '<!--', '-->', '<![CDATA[', '&#x0;', '&bogus;', '{', '}', '\\', '\n\n', '\r', '`', '*', '#', '|', '\uFEFF'];

function files(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    const st = statSync(path);
    if (st.isDirectory()) files(path, out);
    else if (st.size < 100_000) out.push(path);
  }
  return out;
}

/** A small seeded generator (a linear congruential one): the same mutations on every run. */
function random(seed: number): (n: number) => number {
  let s = seed;
  return (n) => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s % n;
  };
}

function mutate(text: string, rnd: (n: number) => number): string {
  const i = rnd(text.length + 1);
  const j = Math.min(text.length, i + rnd(200));
  switch (rnd(6)) {
    case 0: return text.slice(0, i);
    case 1: return text.slice(0, i) + text.slice(j);
    case 2: return text.slice(0, i) + text.slice(i, j).repeat(1 + rnd(20)) + text.slice(j);
    case 3: return text.slice(0, i) + (INSERTS[rnd(INSERTS.length)] as string) + text.slice(i);
    case 4: return text.slice(j) + text.slice(0, i);
    default: return text.slice(0, i) + '<a><b>'.repeat(1000) + text.slice(i);
  }
}

describe.skipIf(!existsSync(DEFAULT_DATA))('the input formats on mutated conformance files', () => {
  it(`a parser refuses a mutated file with an InputError or gives findings that slice its text (every ${EVERY}th file)`, () => {
    const checker = createChecker({});
    const rnd = random(20261206);
    const problems: string[] = [];
    let parsed = 0;
    const sample = files(DEFAULT_DATA).filter((_, k) => k % EVERY === 0);
    sample.forEach((file, k) => {
      const original = readFileSync(file, 'utf8');
      const formats = k % 8 === 0 ? Object.values(inputFormats) : [formatForPath(file)];
      for (const text of [mutate(original, rnd), mutate(original, rnd)]) {
        for (const format of formats) {
          try {
            const doc = format.parse(text, file);
            parsed++;
            for (const f of checker.check(doc).findings) {
              if (doc.text.slice(f.range.start.offset, f.range.end.offset) !== f.text) problems.push(`${format.name} ${file}: ${f.ruleId} ${JSON.stringify(f.text)}`);
            }
          } catch (e) {
            if (!(e instanceof InputError)) problems.push(`${format.name} ${file}: ${(e as Error).constructor.name}: ${(e as Error).message}`);
          }
        }
      }
    });
    expect(problems).toEqual([]);
    expect(parsed).toBeGreaterThan(500);
  }, 300_000);
});
