import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createChecker } from '../../src/engine/checker.ts';
import { checkInFormat } from '../../src/fix/in-format.ts';
import { inputFormats } from '../../src/inputs/index.ts';
import { BIN } from '../helpers/cli.ts';
import { prose, seeded, type AdversarialCase } from './case.ts';

// Every module in cases/ is one hostile input; see README.md. Times are compared only with each
// other, inside one run: ordinary prose of the same size, then the hostile text, three times each
// on fresh texts, the fastest of each kept (the machine may be busy with other work), and three times more
// before a ratio over the limit fails.

const CASES = new URL('./cases/', import.meta.url);
const names = readdirSync(CASES).filter((f) => f.endsWith('.ts')).sort();
const cases = await Promise.all(names.map(async (f) => [f, ((await import(new URL(f, CASES).href)) as { default: AdversarialCase }).default] as const));

const RUNS = 3;
/** A hostile run slower than this is not repeated: one such run already tells. */
const SLOW_MS = 5_000;
const dir = mkdtempSync(join(tmpdir(), 'translint-adversarial-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Checks a text; `expect` runs the case's own assertions on the result (not during the warm-up). */
type Run = (text: string, expect?: boolean) => void;

function frontEnd(c: AdversarialCase): Run {
  const format = c.format ?? 'text';
  if (c.frontEnd === 'cli') {
    const file = join(dir, `input${inputFormats[format].extensions[0]}`);
    const extra = c.options?.defaultGlossary === false ? ['--no-default-glossary'] : [];
    return (text) => {
      writeFileSync(file, text);
      const r = spawnSync(process.execPath, [BIN, 'check', '--format', 'json', '--input-format', format, ...extra, file], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
      if (r.status !== 0 && r.status !== 1) throw new Error(`translint exited ${r.status}: ${r.stderr.slice(0, 500)}`);
    };
  }
  const check = checkInFormat(createChecker(c.options ?? {}), (t) => inputFormats[format].parse(t));
  return (text, expect = true) => {
    const result = check(text);
    if (expect) c.expect?.(result, text);
  };
}

function time(run: Run, text: string, expect: boolean): number {
  const t0 = performance.now();
  run(text, expect);
  return performance.now() - t0;
}

describe.each(cases)('%s', (_file, c) => {
  it.each(c.sizes ?? [100_000])(`${c.name}: size %i, at most ${c.maxRatio ?? 5}x prose of the same size`, (size) => {
    const run = frontEnd(c);
    const wrap = c.wrap ?? ((p: string) => p);
    // warm up: load the dictionary, compile the glossary, let the JIT see both kinds of text
    run(wrap(prose(2_000, seeded(1))), false);
    run(c.generate(2_000, seeded(2)), false);
    const proseMs: number[] = [];
    const hostileMs: number[] = [];
    const measure = (rounds: number) => {
      for (let r = proseMs.length; r < rounds; r++) {
        proseMs.push(time(run, wrap(prose(size, seeded(10 + r))), false));
        hostileMs.push(time(run, c.generate(size, seeded(20 + r)), true));
        if ((hostileMs[r] as number) > SLOW_MS) break;
      }
      return Math.min(...hostileMs) / Math.min(...proseMs);
    };
    let ratio = measure(RUNS);
    // over the limit on a busy machine: as many rounds again before the verdict (the fastest of each kept), as
    // another process taking the cores during one kind of run skews one round; a text of worse than linear cost
    // stays over the limit in every round
    if (ratio > (c.maxRatio ?? 5) && (hostileMs.at(-1) as number) <= SLOW_MS) ratio = measure(2 * RUNS);
    const measured = `${c.name}, size ${size}: ${ratio.toFixed(2)}x (prose ${proseMs.map(Math.round).join('/')} ms, hostile ${hostileMs.map(Math.round).join('/')} ms)`;
    if (process.env.ADVERSARIAL_REPORT) appendFileSync(process.env.ADVERSARIAL_REPORT, `${measured}\n`);
    expect(ratio, measured).toBeLessThanOrEqual(c.maxRatio ?? 5);
  }, 300_000);
});
