import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createChecker } from '../../src/index.js';
import { reporters } from '../../src/reports/index.js';
import { translint } from '../helpers/cli.js';

// Spreading an array into a call (`push(...xs)`, `Math.max(...xs)`) puts every element on the stack:
// past about 125,000 elements V8 throws "Maximum call stack size exceeded". These inputs produce more
// findings, dropped findings or fixes than that; every file must still be reported.

const dir = mkdtempSync(join(tmpdir(), 'translint-large-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SHORT = 'The the cat sat.\n';
const LINES = 'x\n'.repeat(130_000); // 130,000 dropped entries
const N = 130_000;
const FINDINGS = SHORT.repeat(N); // 130,000 findings, each with a fix

describe('more than 125,000 findings or dropped entries', () => {
  it('the library checks them', async () => {
    const checker = await createChecker({});
    expect(() => checker.check(LINES)).not.toThrow();
    const result = checker.check(FINDINGS);
    expect(result.findings).toHaveLength(N);
    // stylish measured its column with Math.max(...rows); the others are linear loops, sampled here
    const file = { path: 'huge.txt', source: FINDINGS, ...result };
    for (const name of ['stylish', 'json', 'compact', 'github'] as const) {
      expect(reporters[name]([file], { color: false }), name).toContain('huge.txt');
    }
  }, 120_000);

  it('check reports every file of a run where one is huge', () => {
    const small = join(dir, 'a.txt');
    const huge = join(dir, 'huge.txt');
    const lines = join(dir, 'lines.txt');
    const last = join(dir, 'z.txt');
    writeFileSync(small, SHORT);
    writeFileSync(huge, FINDINGS);
    writeFileSync(lines, LINES);
    writeFileSync(last, SHORT);
    const r = translint(['check', '--format', 'compact', small, huge, lines, last]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const perFile = new Map<string, number>();
    for (const line of r.stdout.split('\n')) {
      const path = /^(.+?):\d+:\d+: /.exec(line)?.[1];
      if (path) perFile.set(path, (perFile.get(path) ?? 0) + 1);
    }
    expect([...perFile]).toEqual([[small, 1], [huge, N], [last, 1]]);
    expect(r.stdout).toContain(`${N + 2} problems`);
  }, 120_000);

  it('--fix applies 130,000 fixes to one file', () => {
    const file = join(dir, 'fix.txt');
    writeFileSync(file, FINDINGS);
    const r = translint(['check', '--fix', file]);
    expect(r.stderr).toBe(`translint: fixed ${N} problems in 1 file\n`);
    expect(readFileSync(file, 'utf8')).toBe('The cat sat.\n'.repeat(N));
  }, 120_000);
});
