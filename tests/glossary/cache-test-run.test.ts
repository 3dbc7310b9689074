import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheLocation } from '../../src/glossary/cache-files.ts';
import { translint } from '../helpers/cli.ts';

/** The files of a folder, none when it is not there. */
const files = (dir: string) => (existsSync(dir) ? readdirSync(dir) : []);

describe("the test run's cache (tests/helpers/temp-root.ts)", () => {
  it("is a folder of the run's temporary folder, not the user's", () => {
    expect(cacheLocation()).toBe(join(tmpdir(), 'cache', 'translint'));
    expect(cacheLocation()).not.toBe(join(homedir(), '.cache', 'translint'));
    expect(process.env.TRANSLINT_CACHE_DIR).toBeUndefined();
    expect(process.env.TRANSLINT_CACHE).toBeUndefined();
  });

  it('is where bin/translint, started by a test, writes a glossary it compiles', () => {
    const dir = mkdtempSync(join(tmpdir(), 'translint-cache-run-'));
    // a glossary no other test has: its compiled file is new in the cache
    writeFileSync(join(dir, 'g.json'), JSON.stringify([{ term: `Widget ${dir}`, variants: ['Gizmo'] }]));
    writeFileSync(join(dir, 'a.txt'), 'A text.\n');
    const before = new Set(files(cacheLocation() as string));
    const r = translint(['check', '--no-default-glossary', '-g', 'g.json', 'a.txt'], { cwd: dir });
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(files(cacheLocation() as string).filter((f) => !before.has(f)).length).toBeGreaterThan(0);
  });
});
