import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { translint } from '../helpers/cli.ts';

// What the source checks keep in the cache folder (German stems and nouns, the exonym tables, the English
// word list; besides the glossary and its name index) must answer as the data made afresh: the same
// findings with an empty cache folder (made and written), the same folder again (read back), and none.
const ROOT = join(import.meta.dirname, '..', '..');
const original = join(import.meta.dirname, 'fixtures/wire-libya-rwanda.de.txt');
const work = mkdtempSync(join(tmpdir(), 'translint-source-cache-'));
const dir = join(work, 'cache');
// the fixture is the original of the sample story's last paragraphs
const sample = readFileSync(join(ROOT, 'corpora/samples/wire-libya-rwanda.txt'), 'utf8');
const story = join(work, 'story.txt');
writeFileSync(story, sample.slice(sample.indexOf('Rwanda and the USA are discussing'), sample.indexOf('Leave a Comment')));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the source checks with and without the cache folder', () => {
  it('find the same, cache made, read back, or off', () => {
    const run = (env: Record<string, string>) => {
      const r = translint(['check', '--format', 'json', '--source-lang', 'de', '--source', original, story], { cwd: ROOT, env });
      expect(r.stderr).toBe('');
      return r.stdout;
    };
    const made = run({ TRANSLINT_CACHE_DIR: dir });
    const names = readdirSync(dir);
    expect(names.some((n) => n.startsWith('source-stems-'))).toBe(true);
    expect(names.some((n) => n.startsWith('exonyms-'))).toBe(true);
    expect(names.some((n) => n.startsWith('english-words-'))).toBe(true);
    const read = run({ TRANSLINT_CACHE_DIR: dir });
    const off = run({ TRANSLINT_CACHE: '0' });
    expect(JSON.parse(made).files[0].findings.some((f: { ruleId: string }) => f.ruleId.startsWith('source/'))).toBe(true);
    expect(read).toBe(made);
    expect(off).toBe(made);
  }, 60_000);
});
