import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aliasBomb } from '../helpers/alias-bomb.ts';
import { spawnTranslint, stop, until, watchReports } from './front-end-helpers.ts';

// The hot folder runs for days, so the configuration file near its files is looked up for every
// file: a broken one fails the files it applies to (failed/ with the reason naming it and its
// line) and the watcher goes on; mended, edited or removed, it applies from the next file on. It
// used to be read once: a broken one at start stopped the watcher (exit 2), and edits were ignored
// until a restart.

const CONFIG = '.translintrc.yaml';
const errorOf = (out: string, name: string) => readFileSync(join(out, 'failed', `${name}.error.txt`), 'utf8').split('\n')[0];
const rules = (out: string, name: string) => JSON.parse(readFileSync(join(out, `${name}.translint.json`), 'utf8')).files[0].findings.map((f: { ruleId: string }) => f.ruleId) as string[];

describe('translint watch and the configuration near its files', () => {
  it('a broken configuration fails the files it applies to, the watcher goes on, and a mended one applies from the next file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'translint-watch-config-'));
    const inDir = join(dir, 'in');
    const out = join(dir, 'out');
    mkdirSync(inDir);
    // broken before the watcher starts: it must start anyway
    writeFileSync(join(inDir, CONFIG), 'rules:\n  artefact/repeated-word: loud\n');
    const story = 'The the minister left.\n';
    writeFileSync(join(inDir, 'a.txt'), story);
    const w = spawnTranslint(['watch', 'in', '--out', 'out', '--poll', '50'], dir);
    try {
      await until(() => existsSync(join(out, 'failed', 'a.txt.error.txt')));
      expect(errorOf(out, 'a.txt')).toBe(`${CONFIG}:2: rules.artefact/repeated-word: must be one of error, warning, info, off`);
      // mended: the rule is switched off
      writeFileSync(join(inDir, CONFIG), 'rules:\n  artefact/repeated-word: "off"\n');
      writeFileSync(join(inDir, 'b.txt'), story);
      await watchReports(out, ['b.txt']);
      expect(rules(out, 'b.txt')).toEqual([]);
      // broken again, as YAML this time
      writeFileSync(join(inDir, CONFIG), 'rules: [\n');
      writeFileSync(join(inDir, 'c.txt'), story);
      await until(() => existsSync(join(out, 'failed', 'c.txt.error.txt')));
      expect(errorOf(out, 'c.txt')).toMatch(new RegExp(`^\\${CONFIG}:\\d+: `));
      // broken again, by an alias bomb: the file's error at its line, not an internal error
      writeFileSync(join(inDir, CONFIG), `rules: {}\n${aliasBomb()}`);
      writeFileSync(join(inDir, 'e.txt'), story);
      await until(() => existsSync(join(out, 'failed', 'e.txt.error.txt')));
      expect(errorOf(out, 'e.txt')).toBe(`${CONFIG}:3: aliases (*name) expand to too many values to read`);
      // removed: the defaults apply
      rmSync(join(inDir, CONFIG));
      writeFileSync(join(inDir, 'd.txt'), story);
      await watchReports(out, ['d.txt']);
      expect(rules(out, 'd.txt')).toEqual(['artefact/repeated-word']);
      expect(w.child.exitCode).toBe(null);
    } finally {
      expect(await stop(w)).toBe(0);
    }
    // no file was rewritten: the originals moved as they were
    for (const n of ['b.txt', 'd.txt']) expect(readFileSync(join(out, 'done', n), 'utf8')).toBe(story);
    for (const n of ['a.txt', 'c.txt', 'e.txt']) expect(readFileSync(join(out, 'failed', n), 'utf8')).toBe(story);
  }, 180_000);

  it('a broken --config given on the command line still stops the watcher before it starts (exit 2)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'translint-watch-config-'));
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'mine.yaml'), 'minConfidence: 7\n');
    const w = spawnTranslint(['watch', 'in', '--out', 'out', '--config', 'mine.yaml'], dir);
    expect(await w.exit).toBe(2);
    // one line naming the file (absolute: the watcher resolves it before it starts), not an internal error with a stack
    expect(w.stderr).toEqual([`translint: ${join(dir, 'mine.yaml')}:1: minConfidence: must be between 0 and 1`]);
  }, 60_000);

  it('an alias bomb in the --config stops it the same way, and one near the files at start fails those files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'translint-watch-config-'));
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'bomb.yaml'), aliasBomb());
    const w = spawnTranslint(['watch', 'in', '--out', 'out', '--config', 'bomb.yaml'], dir);
    expect(await w.exit).toBe(2);
    expect(w.stderr).toEqual([`translint: ${join(dir, 'bomb.yaml')}:2: aliases (*name) expand to too many values to read`]);
    writeFileSync(join(dir, 'in', CONFIG), aliasBomb());
    writeFileSync(join(dir, 'in', 'a.txt'), 'The minister left.\n');
    const near = spawnTranslint(['watch', 'in', '--out', 'out', '--poll', '50'], dir);
    try {
      await until(() => existsSync(join(dir, 'out', 'failed', 'a.txt.error.txt')));
      expect(errorOf(join(dir, 'out'), 'a.txt')).toBe(`${CONFIG}:2: aliases (*name) expand to too many values to read`);
      expect(near.child.exitCode).toBe(null);
    } finally {
      expect(await stop(near)).toBe(0);
    }
  }, 120_000);
});

describe('check --ndjson with a broken --config', () => {
  it('stops with one line naming the file and exit 2, not an internal error from a checking thread', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'translint-ndjson-config-'));
    writeFileSync(join(dir, 'mine.yaml'), 'minConfidence: 7\n');
    writeFileSync(join(dir, 'in.ndjson'), '{"id":1,"text":"The the end."}\n');
    const r = spawnTranslint(['check', '--ndjson', '--config', 'mine.yaml', 'in.ndjson'], dir);
    expect(await r.exit).toBe(2);
    expect(r.stderr).toEqual(['translint: mine.yaml:1: minConfidence: must be between 0 and 1']);
    expect(r.stdout).toEqual([]);
  }, 60_000);
});
