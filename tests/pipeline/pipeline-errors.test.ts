import { describe, expect, it } from 'vitest';
import type { Checker } from '../../src/engine/checker.ts';
import { GlossaryError } from '../../src/glossary/errors.ts';
import { InputError } from '../../src/inputs/errors.ts';
import { FileError } from '../../src/io/errors.ts';
import { Pipeline } from '../../src/pipeline/pipeline.ts';

/** A checker whose check throws `err` (a rule's defect, a regular expression's stack overflow). */
function failing(err: unknown): Checker {
  const real = new Pipeline({ config: false, options: { defaultGlossary: false } }).checker({ defaultGlossary: false });
  return { glossaries: real.glossaries, rules: real.rules, check: () => { throw err; } };
}

async function rejection(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error('resolved');
}

describe('Pipeline.check: a failure while checking one input is that input\'s error', () => {
  const pipeline = new Pipeline({ config: false, options: { defaultGlossary: false } });

  it.each([
    ['a stack overflow', new RangeError('Maximum call stack size exceeded'), 't.tsv: could not be checked: Maximum call stack size exceeded'],
    ['a defect', new TypeError("Cannot read properties of undefined (reading 'start')"), "t.tsv: could not be checked: TypeError: Cannot read properties of undefined (reading 'start')"],
    ['a message of two lines', new Error('first\nsecond'), 't.tsv: could not be checked: Error: first\\nsecond'],
    ['something not an Error', 'odd', 't.tsv: could not be checked: odd'],
  ])('%s becomes an InputError naming the input, on one line', async (_, err, message) => {
    const e = await rejection(pipeline.check({ name: 't.tsv', text: 'a\tb\n', format: 'tsv', checker: failing(err) }));
    expect(e).toBeInstanceOf(InputError);
    expect(e).toMatchObject({ path: 't.tsv', line: undefined, message });
  });

  it('also with --fix and --diff, and for bytes', async () => {
    const input = { name: 'a.txt', bytes: new TextEncoder().encode('Hello.\n'), fix: true, diff: true, checker: failing(new RangeError('Invalid array length')) };
    expect(await rejection(pipeline.check(input))).toMatchObject({ name: 'InputError', message: 'a.txt: could not be checked: Invalid array length' });
  });

  it('passes the errors the front ends already report through as they are', async () => {
    for (const err of [new InputError('t.tsv', 3, 'bad'), new FileError('t.tsv: over the time budget', 'budget'), new GlossaryError('g.json', 2, 'bad entry')]) {
      expect(await rejection(pipeline.check({ name: 't.tsv', text: 'a\tb\n', format: 'tsv', checker: failing(err) }))).toBe(err);
    }
  });

  it('still stops on what concerns every input: an unknown rule, a missing glossary', async () => {
    const unknown = new Pipeline({ config: false, options: { defaultGlossary: false, rules: ['no-such/rule'] } });
    const e = await rejection(unknown.check({ name: 'a.txt', text: 'Hello.' }));
    expect(e).toBeInstanceOf(RangeError);
    expect((e as Error).message).toMatch(/^no rule matches no-such\/rule /);
    const missing = new Pipeline({ config: false, options: { defaultGlossary: false, glossaries: ['/nonexistent/g.json'] } });
    expect(await rejection(missing.check({ name: 'a.txt', text: 'Hello.' }))).toBeInstanceOf(GlossaryError);
  });

  it('checks the next input as usual', async () => {
    await rejection(pipeline.check({ name: 't.tsv', text: 'a\tb\n', format: 'tsv', checker: failing(new RangeError('x')) }));
    const r = await pipeline.check({ name: 'b.txt', text: 'Hello there.\n' });
    expect(r).toMatchObject({ path: 'b.txt', format: 'text', findings: [] });
  });
});
