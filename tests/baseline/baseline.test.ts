import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyBaseline, BaselineError, baselineKey, createBaseline, readBaseline } from '../../src/baseline/baseline.ts';
import { createChecker } from '../../src/engine/checker.ts';
import { parseGlossary } from '../../src/glossary/load.ts';
import type { FileResult } from '../../src/reports/types.ts';
import { thrown } from '../helpers/thrown.ts';

const checker = createChecker({
  defaultGlossary: false,
  glossaries: [parseGlossary('[{"term": "Keir Starmer", "variants": ["Keir Starrer"]}, {"term": "Vladimir Putin", "variants": ["Wladimir Putin"]}]', 'json', 'g.json')],
});

function result(path: string, source: string): FileResult {
  const r = checker.check(source);
  return { path, source, findings: r.findings, dropped: r.dropped };
}

const story = 'Keir Starrer spoke on Monday.\n\nLater, Keir Starrer met Wladimir Putin.\n';

describe('baseline', () => {
  it('accepts existing findings and lets new ones through', () => {
    const baseline = createBaseline([result('a.txt', story)]);
    expect(baseline.files['a.txt']).toHaveLength(3);
    const edited = 'A new first line.\n\n' + story + '\nThen Wladimir Putin left.\n';
    const { results, baselined } = applyBaseline([result('a.txt', edited)], baseline);
    expect(baselined).toBe(3);
    expect(results[0]!.findings.map((f) => [f.text, f.range.start.line])).toEqual([['Wladimir Putin', 7]]);
  });

  it('keeps identical findings in identical contexts apart by occurrence', () => {
    const baseline = createBaseline([result('b.txt', 'Keir Starrer said.\nKeir Starrer said.\n')]);
    const thrice = applyBaseline([result('b.txt', 'Keir Starrer said.\nKeir Starrer said.\nKeir Starrer said.\n')], baseline);
    expect(thrice.baselined).toBe(2);
    expect(thrice.results[0]!.findings).toHaveLength(1);
  });

  it('does not carry a finding over to another file or an edited sentence', () => {
    const baseline = createBaseline([result('a.txt', story)]);
    expect(applyBaseline([result('c.txt', story)], baseline).baselined).toBe(0);
    expect(applyBaseline([result('a.txt', story.replace('spoke on Monday', 'left on Tuesday'))], baseline).baselined).toBe(2);
  });

  it('reads a baseline file and rejects other JSON with a one-line error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'translint-bl-'));
    writeFileSync(join(dir, 'ok.json'), JSON.stringify(createBaseline([result('a.txt', story)])));
    writeFileSync(join(dir, 'bad.json'), '{"files": []}');
    expect(readBaseline(join(dir, 'ok.json')).version).toBe(1);
    expect(() => readBaseline(join(dir, 'bad.json'))).toThrow(/bad\.json: not a translint baseline/);
    expect(() => readBaseline(join(dir, 'none.json'))).toThrow(/none\.json: no such file/);
    writeFileSync(join(dir, 'numbers.json'), '{"version": 1, "files": {"a.txt": [1, 2]}}');
    expect(() => readBaseline(join(dir, 'numbers.json'))).toThrow(/numbers\.json: not a translint baseline/);
  });

  it('names the line and column where a baseline stops being valid JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'translint-bl-'));
    // the end of the text, where JSON.parse's own message gives no position
    const cases: [string, string, RegExp][] = [
      ['{"version": 1, "files":', '1:24', /^Unexpected end of JSON input$/],
      ['{"version": 1,\n "files": {"a.txt": ["x"', '2:25', /^\S/],
      ['{"version": 1,\r\n "files": nope}', '2:11', /^Unexpected token/],
      ['\n\n', '3:1', /^Unexpected end of JSON input$/],
      ['{"version": 1, "files": {}} x', '1:29', /^\S/],
    ];
    for (const [text, at, words] of cases) {
      const path = join(dir, 'b.json');
      writeFileSync(path, text);
      const err = thrown(() => readBaseline(path), BaselineError);
      expect(err.message.startsWith(`${path}:${at}: not valid JSON: `), `${JSON.stringify(text)}: ${err.message}`).toBe(true);
      const detail = err.message.slice(`${path}:${at}: not valid JSON: `.length);
      expect(detail, text).toMatch(words);
      expect(detail, text).not.toMatch(/position \d/);
    }
  });

  it('keeps files named like Object.prototype\'s keys apart ("__proto__", "constructor", "toString")', () => {
    const dir = mkdtempSync(join(tmpdir(), 'translint-bl-'));
    const names = ['__proto__', 'constructor', 'toString', 'a.txt'];
    const baseline = createBaseline(names.map((n) => result(n, story)));
    writeFileSync(join(dir, 'b.json'), JSON.stringify(baseline));
    const read = readBaseline(join(dir, 'b.json'));
    expect(Object.keys(read.files).sort()).toEqual([...names].sort());
    for (const n of names) expect(read.files[n]).toHaveLength(3);
    // an empty baseline accepts nothing, whatever the file is called
    const none = applyBaseline(names.map((n) => result(n, story)), { version: 1, files: {} });
    expect([none.baselined, none.results.map((r) => r.findings.length)]).toEqual([0, [3, 3, 3, 3]]);
    expect(applyBaseline(names.map((n) => result(n, story)), read).baselined).toBe(12);
  });
});

describe('baseline keys: paths from the baseline\'s folder, with "/"', () => {
  const at = { cwd: '/repo', dir: '/repo' };
  it.each([
    ['docs/a.md', at, 'docs/a.md'],
    ['./docs/a.md', at, 'docs/a.md'],
    ['docs//a.md', at, 'docs/a.md'],
    ['docs\\a.md', at, 'docs/a.md'],
    ['/repo/docs/a.md', at, 'docs/a.md'],
    ['a.md', { cwd: '/repo/docs', dir: '/repo' }, 'docs/a.md'],
    ['../docs/a.md', { cwd: '/repo/web', dir: '/repo' }, 'docs/a.md'],
    ['docs/a.md', { cwd: '/repo', dir: '/repo/ci' }, '../docs/a.md'],
    ['docs/é #1 100%.md', at, 'docs/é #1 100%.md'],
    ['<stdin>', at, '<stdin>'],
    ['.\\docs\\a.md', undefined, 'docs/a.md'],
    // decomposed (macOS) and composed names of one file: one key
    ['docs/cafe\u0301.md', at, 'docs/caf\u00e9.md'],
  ])('%s (%j) is %s', (path, place, key) => {
    expect(baselineKey(path, place)).toBe(key);
  });

  it('reads a baseline written with keys from the working folder, kept in another folder, as before', () => {
    // made before keys were taken from the baseline's own folder: "docs/a.txt" in ci/base.json, for files checked from the repository's root
    const prints = createBaseline([result('docs/a.txt', story)]).files['docs/a.txt']!;
    const old = { version: 1 as const, files: { 'docs/a.txt': prints } };
    const place = { cwd: '/repo', dir: '/repo/ci' };
    expect(applyBaseline([result('docs/a.txt', story), result('docs/b.txt', story)], old, place).results.map((r) => r.findings.length)).toEqual([0, 3]);
    // a key from the baseline's folder wins over one from the working folder
    const both = { version: 1 as const, files: { '../docs/a.txt': [], 'docs/a.txt': prints } };
    expect(applyBaseline([result('docs/a.txt', story)], both, place).results.map((r) => r.findings.length)).toEqual([3]);
  });

  it('reads a baseline of keys from its own folder only so: "docs/a.txt" in ci/ is ci/docs/a.txt, not docs/a.txt', () => {
    const place = { cwd: '/repo', dir: '/repo/ci' };
    const made = createBaseline([result('ci/docs/a.txt', story)], place);
    expect(made.paths).toBe('baseline');
    expect(Object.keys(made.files)).toEqual(['docs/a.txt']);
    expect(applyBaseline([result('docs/a.txt', story), result('ci/docs/a.txt', story)], made, place).results.map((r) => r.findings.length)).toEqual([3, 0]);
  });

  it('reads keys written with "\\" or "./" as the same files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'translint-bl-'));
    const prints = createBaseline([result('a.txt', story)]).files['a.txt'];
    writeFileSync(join(dir, 'b.json'), JSON.stringify({ version: 1, files: { 'docs\\a.txt': prints, './c.txt': prints } }));
    const read = readBaseline(join(dir, 'b.json'));
    expect(Object.keys(read.files).sort()).toEqual(['c.txt', 'docs/a.txt']);
    expect(applyBaseline([result('docs/a.txt', story), result('c.txt', story), result('d.txt', story)], read).results.map((r) => r.findings.length)).toEqual([0, 0, 3]);
  });
});

describe('baseline of a finding that spans lines', () => {
  const furniture = createChecker({ defaultGlossary: false, rules: ['artefact/page-furniture'] });
  const run = (source: string): FileResult => ({ path: 'c.txt', source, ...furniture.check(source) });

  it('keeps it baselined when the paragraphs before and after it are edited', () => {
    const story = 'The end of the story.\n\nShare on Facebook\nShare on X\n\nAdvertisement\n\nMore text follows here.\n';
    const baseline = createBaseline([run(story)]);
    expect(baseline.files['c.txt']).toHaveLength(1);
    const edited = story.replace('The end of the story.', 'The end of the story, edited.').replace('More text follows here.', 'Other text.');
    expect(run(edited).findings).toHaveLength(1);
    expect(applyBaseline([run(edited)], baseline).baselined).toBe(1);
  });

  it('brings it back when its own lines change', () => {
    const story = 'The end.\n\nShare on Facebook\nShare on X\n\nMore text.\n';
    const baseline = createBaseline([run(story)]);
    const edited = story.replace('Share on X', 'Share on Bluesky');
    expect(applyBaseline([run(edited)], baseline).baselined).toBe(0);
  });
});
