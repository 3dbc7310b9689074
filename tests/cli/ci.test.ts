import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type * as Sarif from 'sarif';
import { BIN, translint } from '../helpers/cli.ts';
import { isWellFormed, readElements } from '../reports/xml-check.ts';

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'translint-ci-'));
  writeFileSync(join(dir, 'g.json'), JSON.stringify([{ term: 'Keir Starmer', variants: ['Keir Starrer'] }, { term: 'beatings', variants: ['strikes'], fix: 'suggest' }]));
  writeFileSync(join(dir, 'story.txt'), 'Keir Starrer spoke on Monday.\nThere were strikes and torture.\n');
  return dir;
}
const base = ['check', '--no-default-glossary', '-g', 'g.json'];

describe('CI use of translint check (subprocess)', () => {
  it('creates a baseline, then fails only on findings added later', () => {
    const dir = project();
    const created = translint([...base, '--baseline-create', 'baseline.json', 'story.txt'], { cwd: dir });
    expect(created.status).toBe(0);
    expect(created.stderr).toBe('translint: wrote 2 findings to the baseline baseline.json\n');
    expect(JSON.parse(readFileSync(join(dir, 'baseline.json'), 'utf8')).files['story.txt']).toHaveLength(2);

    expect(translint([...base, '--baseline', 'baseline.json', 'story.txt'], { cwd: dir }).status).toBe(0);
    writeFileSync(join(dir, 'story.txt'), 'A new lead paragraph.\n\nKeir Starrer spoke on Monday.\nThere were strikes and torture.\nKeir Starrer left.\n');
    const r = translint([...base, '--baseline', 'baseline.json', '--format', 'json', 'story.txt'], { cwd: dir });
    expect(r.status).toBe(1);
    const findings = JSON.parse(r.stdout).files[0].findings as { text: string; range: { start: { line: number } } }[];
    expect(findings.map((f) => [f.text, f.range.start.line])).toEqual([['Keir Starrer', 5]]);
  });

  it('applies a baseline from another folder, to absolute or "./" paths, with CRLF line ends and lines moved', () => {
    const dir = project();
    mkdirSync(join(dir, 'docs'));
    writeFileSync(join(dir, 'docs', 'story.txt'), readFileSync(join(dir, 'story.txt')));
    expect(translint([...base, '--baseline-create', 'baseline.json', 'docs'], { cwd: dir }).status).toBe(0);
    expect(Object.keys(JSON.parse(readFileSync(join(dir, 'baseline.json'), 'utf8')).files)).toEqual(['docs/story.txt']);
    const g = join(dir, 'g.json');
    const runs = [
      { cwd: dir, args: ['--baseline', 'baseline.json', './docs/story.txt'] },
      { cwd: dir, args: ['--baseline', 'baseline.json', join(dir, 'docs')] },
      { cwd: join(dir, 'docs'), args: ['--baseline', '../baseline.json', 'story.txt'] },
      { cwd: join(dir, 'docs'), args: ['--baseline', join(dir, 'baseline.json'), '.'] },
    ];
    for (const { cwd, args } of runs) {
      const r = translint(['check', '--no-default-glossary', '-g', g, '-f', 'json', ...args], { cwd });
      expect([args, r.status, JSON.parse(r.stdout).summary.findings]).toEqual([args, 0, 0]);
    }
    // the same file checked out on Windows: CRLF, and a paragraph added above
    writeFileSync(join(dir, 'docs', 'story.txt'), 'A new lead.\r\n\r\nKeir Starrer spoke on Monday.\r\nThere were strikes and torture.\r\n');
    expect(translint([...base, '--baseline', 'baseline.json', 'docs'], { cwd: dir }).status).toBe(0);
    // and a baseline written there, with "\\" in its paths
    writeFileSync(join(dir, 'win.json'), readFileSync(join(dir, 'baseline.json'), 'utf8').replace('docs/story.txt', 'docs\\\\story.txt'));
    expect(translint([...base, '--baseline', 'win.json', 'docs'], { cwd: dir }).status).toBe(0);
    expect(translint([...base, 'docs'], { cwd: dir }).status).toBe(1);
  });

  it('names files in SARIF relative to the working folder, however they were given, and outside it by file URI', () => {
    const dir = project();
    mkdirSync(join(dir, 'docs', 'é #1'), { recursive: true });
    writeFileSync(join(dir, 'docs', 'é #1', 'a b.txt'), readFileSync(join(dir, 'story.txt')));
    const uris = (cwd: string, path: string) => {
      const r = translint(['check', '--no-default-glossary', '-g', join(dir, 'g.json'), '-f', 'sarif', path], { cwd });
      expect(r.status).toBe(1);
      const log = JSON.parse(r.stdout) as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
      return [...new Set(log.runs[0]!.results.map((x) => x.locations[0]!.physicalLocation.artifactLocation.uri))];
    };
    expect(uris(dir, 'docs')).toEqual(['docs/%C3%A9%20%231/a%20b.txt']);
    expect(uris(dir, join(dir, 'docs'))).toEqual(['docs/%C3%A9%20%231/a%20b.txt']);
    expect(uris(dir, './docs/é #1/a b.txt')).toEqual(['docs/%C3%A9%20%231/a%20b.txt']);
    expect(uris(join(dir, 'docs'), '../story.txt')).toEqual([`file://${dir.split('/').map(encodeURIComponent).join('/')}/story.txt`]);
  });

  it('reads a CSV glossary a spreadsheet saved (blank lines first, capitals, CR LF, empty rows); a bad one is one line and exit 2', () => {
    const dir = project();
    writeFileSync(join(dir, 'g.csv'), '\uFEFF\r\nVariants,Term\r\n"Keir Starrer|Starrer, Keir",Keir Starmer\r\n,\r\n');
    const r = translint(['check', '--no-default-glossary', '-g', 'g.csv', '-f', 'compact', 'story.txt'], { cwd: dir });
    expect([r.status, r.stderr]).toEqual([1, '']);
    expect(r.stdout).toContain('story.txt:1:1: error "Keir Starrer" is a known wrong form of "Keir Starmer"');
    writeFileSync(join(dir, 'bad.csv'), 'term;variants\nKeir Starmer;Keir Starrer\n');
    const bad = translint(['check', '--no-default-glossary', '-g', 'bad.csv', '-f', 'sarif', 'story.txt'], { cwd: dir });
    expect(bad).toEqual({ status: 2, stdout: '', stderr: 'translint: bad.csv:1: CSV header must have a "term" column (columns are separated by commas, not ";")\n' });
  });

  it('rejects a file that is not a baseline', () => {
    const dir = project();
    writeFileSync(join(dir, 'b.json'), '[]');
    const r = translint([...base, '--baseline', 'b.json', 'story.txt'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/b\.json: not a translint baseline/);
  });

  it('writes the report to --output-file and keeps the exit code', () => {
    const dir = project();
    const r = translint([...base, '--format', 'json', '-o', 'report.json', 'story.txt'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')).summary.findings).toBe(2);
  });

  it('writes the report to stdout for -o -, as "-" is stdin among the inputs', () => {
    const dir = project();
    const r = translint([...base, '--format', 'json', '-o', '-', 'story.txt'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).summary.findings).toBe(2);
    expect(existsSync(join(dir, '-'))).toBe(false);
  });

  it('writes a report through a link to a file not there yet, keeping the link; a loop of links is one error line', () => {
    const dir = project();
    mkdirSync(join(dir, 'reports'));
    symlinkSync(join('reports', 'new.json'), join(dir, 'latest.json'));
    const r = translint([...base, '--format', 'json', '-o', 'latest.json', 'story.txt'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(lstatSync(join(dir, 'latest.json')).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, 'reports', 'new.json'), 'utf8')).summary.findings).toBe(2);
    symlinkSync('b.json', join(dir, 'a.json'));
    symlinkSync('a.json', join(dir, 'b.json'));
    const loop = translint([...base, '-o', 'a.json', 'story.txt'], { cwd: dir });
    expect(loop.status).toBe(2);
    expect(loop.stderr).toBe('translint: a.json: cannot write the report (ELOOP: too many symbolic links)\n');
    expect(lstatSync(join(dir, 'a.json')).isSymbolicLink()).toBe(true);
    symlinkSync(join('nowhere', 'x.json'), join(dir, 'lost.json'));
    expect(translint([...base, '-o', 'lost.json', 'story.txt'], { cwd: dir }).stderr).toBe(`translint: lost.json: cannot write the report (no folder ${join(dir, 'nowhere')})\n`);
  });

  it('refuses a report or baseline path that is one of the checked files, and leaves the file as it was', () => {
    const dir = project();
    const story = readFileSync(join(dir, 'story.txt'), 'utf8');
    symlinkSync(join(dir, 'story.txt'), join(dir, 'link.txt'));
    for (const args of [['--fix', '-o', 'story.txt', 'story.txt'], ['-o', './link.txt', 'story.txt'], ['--baseline-create', 'story.txt', '.']]) {
      const r = translint([...base, ...args], { cwd: dir });
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/^translint: (story|\.\/link)\.txt: is the checked file (story|link)\.txt; write the (report|baseline) to another file\n$/);
      expect(readFileSync(join(dir, 'story.txt'), 'utf8')).toBe(story);
    }
  });

  it('refuses a report and a new baseline written to the same file, before any output', () => {
    const dir = project();
    const r = translint([...base, '-f', 'json', '-o', 'same.json', '--baseline-create', './same.json', 'story.txt'], { cwd: dir });
    expect([r.status, r.stderr]).toEqual([2, 'translint: same.json: is both the report (-o) and the new baseline (--baseline-create); write them to different files\n']);
    expect(existsSync(join(dir, 'same.json'))).toBe(false);
    // one place through a link to a file not there yet, and through a link to one that is
    symlinkSync('base.json', join(dir, 'rep'));
    for (let run = 0; run < 2; run++) {
      const l = translint([...base, '-f', 'json', '-o', 'rep', '--baseline-create', 'base.json', 'story.txt'], { cwd: dir });
      expect([l.status, l.stderr]).toEqual([2, 'translint: rep: is both the report (-o) and the new baseline (--baseline-create); write them to different files\n']);
      writeFileSync(join(dir, 'base.json'), '{}');
    }
    // through a link to a folder, to a file not there yet
    mkdirSync(join(dir, 'other'));
    symlinkSync('other', join(dir, 'sub'));
    symlinkSync(join('sub', 'b2.json'), join(dir, 'rep2'));
    const d = translint([...base, '-f', 'json', '-o', 'rep2', '--baseline-create', join('other', 'b2.json'), 'story.txt'], { cwd: dir });
    expect([d.status, d.stderr]).toEqual([2, 'translint: rep2: is both the report (-o) and the new baseline (--baseline-create); write them to different files\n']);
  });

  it('writes through a relative link in a folder reached through a link where the system does', () => {
    const dir = project();
    mkdirSync(join(dir, 'real', 'sub'), { recursive: true });
    mkdirSync(join(dir, 'x'));
    symlinkSync(join('..', 'real', 'sub'), join(dir, 'x', 'dirlink'));
    symlinkSync(join('..', 'new.json'), join(dir, 'real', 'sub', 'out.json'));
    const r = translint([...base, '-f', 'json', '-o', join('x', 'dirlink', 'out.json'), 'story.txt'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(JSON.parse(readFileSync(join(dir, 'real', 'new.json'), 'utf8')).summary.findings).toBe(2);
    expect(existsSync(join(dir, 'x', 'new.json'))).toBe(false);
  });

  it('replaces the report of an earlier run found in a checked folder without checking it, and refuses any other file there', () => {
    const dir = project();
    const formats = ['stylish', 'compact', 'github', 'json', 'sarif', 'junit', 'checkstyle'].map((f) => [f, 'report.txt'] as const);
    for (const [format, out] of [...formats, ['html', 'report.html']] as const) {
      for (let run = 0; run < 3; run++) {
        const r = translint([...base, '--format', format, '-o', out, '.'], { cwd: dir });
        expect([format, run, r.status, r.stderr]).toEqual([format, run, 1, '']);
        expect(readFileSync(join(dir, out), 'utf8')).not.toContain(out);
      }
      rmSync(join(dir, out));
    }
    // an empty file is replaced too; a story is not, and is left as it was
    writeFileSync(join(dir, 'empty.txt'), '');
    expect(translint([...base, '-o', 'empty.txt', '.'], { cwd: dir }).status).toBe(1);
    // a note that quotes a report's summary, then goes on, is no report
    writeFileSync(join(dir, 'notes.txt'), 'We ran it:\n✖ 2 problems (0 errors, 2 warnings, 0 info)\nThen we fixed them.\n');
    expect(translint([...base, '-o', 'notes.txt', '.'], { cwd: dir }).status).toBe(2);
    expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).toContain('Then we fixed them.');
    // nor is another tool's report of the same format, nor a JSON file of the same start
    const others = {
      'eslint.txt': '<?xml version="1.0" encoding="UTF-8"?>\n<checkstyle version="4.3">\n  <file name="a.js">\n    <error line="1" column="1" severity="error" message="x" source="eslint.rules.semi"/>\n  </file>\n</checkstyle>\n',
      'other.txt': '{\n  "$schema": "https://docs.oasis-open.org/sarif/sarif/v2.1.0/os/schemas/sarif-schema-2.1.0.json",\n  "version": "2.1.0",\n  "runs": [\n    {\n      "tool": {\n        "driver": {\n          "name": "other"\n        }\n      }\n    }\n  ]\n}\n',
      'data.txt': '{"version":1,"files":["a","b"],"note":"Keir Starmer spoke."}\n',
    };
    for (const [name, text] of Object.entries(others)) {
      writeFileSync(join(dir, name), text);
      expect([name, translint([...base, '-o', name, '.'], { cwd: dir }).status]).toEqual([name, 2]);
      expect(readFileSync(join(dir, name), 'utf8')).toBe(text);
    }
    const story = readFileSync(join(dir, 'story.txt'), 'utf8');
    const r = translint([...base, '-o', 'story.txt', '.'], { cwd: dir });
    expect([r.status, r.stderr]).toEqual([2, 'translint: story.txt: is the checked file story.txt; write the report to another file\n']);
    expect(readFileSync(join(dir, 'story.txt'), 'utf8')).toBe(story);
  });

  it('refuses a report or baseline it cannot write before checking or fixing anything: no such folder, no folder, a folder', () => {
    const dir = project();
    const story = readFileSync(join(dir, 'story.txt'), 'utf8');
    mkdirSync(join(dir, 'out'));
    const runs: [string[], string][] = [
      [['-o', 'nosuch/r.txt'], 'nosuch/r.txt: cannot write the report (no folder nosuch)'],
      [['--baseline-create', 'nosuch/b.json'], 'nosuch/b.json: cannot write the baseline (no folder nosuch)'],
      [['-o', 'story.txt/r.txt'], 'story.txt/r.txt: cannot write the report (no folder story.txt)'],
      [['-o', 'out'], 'out: cannot write the report (it is a folder)'],
    ];
    for (const [args, message] of runs) {
      const r = translint([...base, '--fix', ...args, '.'], { cwd: dir });
      expect([r.status, r.stdout, r.stderr]).toEqual([2, '', `translint: ${message}\n`]);
      expect(readFileSync(join(dir, 'story.txt'), 'utf8')).toBe(story);
    }
  });

  it.skipIf(process.getuid?.() === 0)('refuses a report in a folder it may not write, before fixing anything', () => {
    const dir = project();
    const story = readFileSync(join(dir, 'story.txt'), 'utf8');
    mkdirSync(join(dir, 'ro'), { mode: 0o555 });
    const r = translint([...base, '--fix', '-o', 'ro/r.txt', '.'], { cwd: dir });
    expect([r.status, r.stderr]).toEqual([2, `translint: ro/r.txt: cannot write the report (folder ${join(dir, 'ro')} not writable: EACCES)\n`]);
    expect(readFileSync(join(dir, 'story.txt'), 'utf8')).toBe(story);
  });

  it('refuses a report path that the run reads (a glossary), and writes over no device', () => {
    const dir = project();
    const glossary = readFileSync(join(dir, 'g.json'), 'utf8');
    const r = translint([...base, '-o', 'g.json', 'story.txt'], { cwd: dir });
    expect([r.status, r.stderr]).toEqual([2, 'translint: g.json: is read by this run: g.json; write the report to another file\n']);
    expect(readFileSync(join(dir, 'g.json'), 'utf8')).toBe(glossary);
    // a device is written to, never replaced by a file (as root, that would replace the system's /dev/null)
    expect(translint([...base, '-o', '/dev/null', 'story.txt'], { cwd: dir }).status).toBe(1);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('refuses a report path that is a configuration found by search, a glossary it lists, or an original', () => {
    const dir = project();
    writeFileSync(join(dir, '.translintrc.yaml'), 'glossaries: [terms.yaml]\n');
    writeFileSync(join(dir, 'terms.yaml'), '- term: Keir Starmer\n  variants: [Keir Starrer]\n');
    mkdirSync(join(dir, 'orig'));
    writeFileSync(join(dir, 'orig', 'story.txt'), 'Keir Starmer sprach am Montag.\n');
    const before = ['.translintrc.yaml', 'terms.yaml', 'orig/story.txt'].map((f) => readFileSync(join(dir, f), 'utf8'));
    for (const [out, extra] of [['.translintrc.yaml', []], ['terms.yaml', []], ['orig/story.txt', ['--source-dir', 'orig', '--source-lang', 'de']]] as const) {
      const r = translint(['check', ...extra, '-o', out, 'story.txt'], { cwd: dir });
      expect(r.status).toBe(2);
      expect(r.stderr).toBe(`translint: ${out}: is read by this run: ${join(dir, out)}; write the report to another file\n`);
    }
    expect(['.translintrc.yaml', 'terms.yaml', 'orig/story.txt'].map((f) => readFileSync(join(dir, f), 'utf8'))).toEqual(before);
  });

  it.skipIf(!existsSync('/proc/self/fd'))('writes -o naming its own stdout through the descriptor: a log it is appended to keeps its lines', () => {
    const dir = project();
    symlinkSync('/proc/self/fd/1', join(dir, 'out'));
    const log = join(dir, 'ci.log');
    writeFileSync(log, 'before\n');
    const r = spawnSync('sh', ['-c', `node "${BIN}" ${base.join(' ')} -o out story.txt >> ci.log; echo after >> ci.log`], { cwd: dir, encoding: 'utf8' });
    expect(r.status).toBe(0);
    const lines = readFileSync(log, 'utf8').split('\n');
    expect(lines[0]).toBe('before');
    expect(lines.some((l) => l.includes('Keir Starrer'))).toBe(true);
    expect(lines.at(-2)).toBe('after');
    // into a pipe, a report past the pipe's 64 KB arrives whole
    writeFileSync(join(dir, 'big.txt'), 'Keir Starrer spoke. '.repeat(3000));
    const piped = spawnSync('sh', ['-c', `node "${BIN}" ${base.join(' ')} --format json -o /dev/stdout big.txt | (sleep 1; wc -c)`], { cwd: dir, encoding: 'utf8' });
    const whole = translint([...base, '--format', 'json', 'big.txt'], { cwd: dir }).stdout;
    expect(Buffer.byteLength(whole)).toBeGreaterThan(200_000);
    expect(Number(piped.stdout.trim())).toBe(Buffer.byteLength(whole));
  });

  it('fails on more warnings than --max-warnings', () => {
    const dir = project();
    writeFileSync(join(dir, 'w.txt'), 'There were strikes and torture.\n');
    expect(translint([...base, '--max-warnings', '1', 'w.txt'], { cwd: dir }).status).toBe(0);
    expect(translint([...base, '--max-warnings', '0', 'w.txt'], { cwd: dir }).status).toBe(1);
  });

  it('names files from the GitHub Actions checkout in SARIF and annotations when run from a subfolder of it', () => {
    const dir = project();
    mkdirSync(join(dir, 'docs'));
    writeFileSync(join(dir, 'docs', 'story.txt'), 'Keir Starrer spoke on Monday.\n');
    const args = ['check', '--no-default-glossary', '-g', '../g.json'];
    const env = { GITHUB_WORKSPACE: dir };
    const sarifRun = translint([...args, '--format', 'sarif', 'story.txt'], { cwd: join(dir, 'docs'), env });
    const uris = (JSON.parse(sarifRun.stdout) as Sarif.Log).runs[0]?.results?.map((r) => r.locations?.[0]?.physicalLocation?.artifactLocation?.uri);
    expect(uris).toEqual(['docs/story.txt']);
    const annotations = translint([...args, '--format', 'github', 'story.txt'], { cwd: join(dir, 'docs'), env }).stdout;
    expect(annotations).toMatch(/^::error file=docs\/story\.txt,line=1,/);
    // outside Actions, from the working folder as before
    const local = translint([...args, '--format', 'sarif', 'story.txt'], { cwd: join(dir, 'docs'), env: { GITHUB_WORKSPACE: '' } });
    expect((JSON.parse(local.stdout) as Sarif.Log).runs[0]?.results?.[0]?.locations?.[0]?.physicalLocation?.artifactLocation?.uri).toBe('story.txt');
  });

  it('names files in JUnit from the CI checkout (GitHub or GitLab) as SARIF does, and in checkstyle absolutely, however they were typed', () => {
    const dir = project();
    mkdirSync(join(dir, 'docs'));
    writeFileSync(join(dir, 'docs', 'story.txt'), 'Keir Starrer spoke on Monday.\n');
    const args = ['check', '--no-default-glossary', '-g', '../g.json'];
    const cwd = join(dir, 'docs');
    const attrs = (xml: string, attr: string) => [...new Set([...xml.matchAll(new RegExp(`<(?:testsuite|testcase|file) [^>]*?\\b${attr}="([^"]*)"`, 'g'))].map((m) => m[1]))];
    for (const env of [{ GITHUB_WORKSPACE: dir, CI_PROJECT_DIR: '' }, { GITHUB_WORKSPACE: '', CI_PROJECT_DIR: dir }]) {
      for (const typed of ['story.txt', './story.txt', join(cwd, 'story.txt')]) {
        const junit = translint([...args, '--format', 'junit', typed], { cwd, env }).stdout;
        expect([attrs(junit, 'name').filter((n) => !n?.includes(' at ')), attrs(junit, 'classname'), attrs(junit, 'file')]).toEqual([['docs/story.txt'], ['docs/story.txt'], ['docs/story.txt']]);
        const checkstyle = translint([...args, '--format', 'checkstyle', typed], { cwd, env }).stdout;
        expect(attrs(checkstyle, 'name')).toEqual([join(cwd, 'story.txt')]);
      }
    }
    // outside CI, JUnit names files from the working folder
    const local = translint([...args, '--format', 'junit', './story.txt'], { cwd, env: { GITHUB_WORKSPACE: '', CI_PROJECT_DIR: '' } }).stdout;
    expect(attrs(local, 'file')).toEqual(['story.txt']);
  });

  it('names a file with a line break, a tab or a control character in JUnit and checkstyle so that a reader gets it back, and in SARIF', () => {
    const dir = project();
    const name = 'new\nline\ttab\u0001.txt';
    writeFileSync(join(dir, name), 'Keir Starrer spoke on Monday.\n');
    const env = { GITHUB_WORKSPACE: '', CI_PROJECT_DIR: '' };
    const shown = 'new\nline\ttab\\u0001.txt';
    const junit = translint([...base, '--format', 'junit', name], { cwd: dir, env });
    expect(isWellFormed(junit.stdout)).toBe(true);
    const read = readElements(junit.stdout);
    expect(read.filter((e) => e.name === 'testsuite').map((e) => e.attributes.name)).toEqual([shown]);
    expect(read.filter((e) => e.name === 'testcase').map((e) => [e.attributes.classname, e.attributes.file])).toEqual([[shown, shown]]);
    const checkstyle = translint([...base, '--format', 'checkstyle', name], { cwd: dir, env });
    expect(isWellFormed(checkstyle.stdout)).toBe(true);
    expect(readElements(checkstyle.stdout).filter((e) => e.name === 'file').map((e) => e.attributes.name)).toEqual([join(dir, shown)]);
    const sarif = JSON.parse(translint([...base, '--format', 'sarif', name], { cwd: dir, env }).stdout) as Sarif.Log;
    const uri = sarif.runs[0]!.results![0]!.locations![0]!.physicalLocation!.artifactLocation!.uri!;
    expect(decodeURIComponent(uri)).toBe(name);
  });

  it('fixes and diffs errors only under --quiet, as ESLint 9 does: the warnings it hides are not applied either', () => {
    const dir = project();
    writeFileSync(join(dir, 'sev.json'), JSON.stringify([{ term: 'Keir Starmer', variants: ['Keir Starrer'] }, { term: 'beatings', variants: ['strikes'], severity: 'warning' }]));
    writeFileSync(join(dir, 'q.txt'), 'Keir Starrer spoke of strikes.\n');
    const args = ['check', '--no-default-glossary', '-g', 'sev.json'];
    const diff = translint([...args, '--quiet', '--diff', 'q.txt'], { cwd: dir });
    expect(diff.stdout).toContain('+Keir Starmer spoke of strikes.');
    const fixed = translint([...args, '--quiet', '--fix', 'q.txt'], { cwd: dir });
    expect([fixed.stderr, readFileSync(join(dir, 'q.txt'), 'utf8')]).toEqual(['translint: fixed 1 problem in 1 file\n', 'Keir Starmer spoke of strikes.\n']);
    // without --quiet both are applied
    writeFileSync(join(dir, 'q.txt'), 'Keir Starrer spoke of strikes.\n');
    expect(translint([...args, '--fix', 'q.txt'], { cwd: dir }).stderr).toBe('translint: fixed 2 problems in 1 file\n');
    expect(readFileSync(join(dir, 'q.txt'), 'utf8')).toBe('Keir Starmer spoke of beatings.\n');
    const stream = translint([...args, '--ndjson', '--quiet', '--fix', '-'], { cwd: dir, input: JSON.stringify({ id: 'a', text: 'Keir Starrer spoke of strikes.' }) + '\n' });
    expect((JSON.parse(stream.stdout) as { fixed: string }).fixed).toBe('Keir Starmer spoke of strikes.');
  });

  it('counts the warnings --quiet hides for --max-warnings, as ESLint does, and prints none of them', () => {
    const dir = project();
    writeFileSync(join(dir, 'w.txt'), 'There were strikes and torture.\n');
    const over = translint([...base, '--quiet', '--max-warnings', '0', '--format', 'json', 'w.txt'], { cwd: dir });
    expect([over.status, over.stderr]).toEqual([1, 'translint: too many warnings (1); maximum 0\n']);
    expect((JSON.parse(over.stdout) as { files: { findings: unknown[] }[] }).files[0]?.findings).toEqual([]);
    expect(translint([...base, '--quiet', '--max-warnings', '1', 'w.txt'], { cwd: dir }).status).toBe(0);
    expect(translint([...base, '--quiet', 'w.txt'], { cwd: dir }).status).toBe(0);
  });

  it('prints the whole fixed text for stdin with --fix, changed or not', () => {
    expect(translint([...base, '--fix', '-'], { cwd: project(), input: 'Keir Starrer spoke.\n' }).stdout).toBe('Keir Starmer spoke.\n');
    expect(translint([...base, '--fix', '-'], { cwd: project(), input: 'Nothing.\n' }).stdout).toBe('Nothing.\n');
  });
});

describe('translint check --jobs (subprocess)', () => {
  it('gives the same report, in the same order, on worker threads', () => {
    const dir = project();
    for (let i = 0; i < 6; i++) writeFileSync(join(dir, `s${i}.txt`), `Story ${i}: Keir Starrer spoke.\n`.repeat(i + 1));
    const one = translint([...base, '--format', 'json', '.'], { cwd: dir });
    // small inputs would be checked on one thread (see jobCount): the hook keeps the threads
    const two = translint([...base, '--format', 'json', '--jobs', '2', '.'], { cwd: dir, env: { TRANSLINT_TEST_ALL_JOBS: '1' } });
    expect(two.status).toBe(1);
    expect(two.stdout).toBe(one.stdout);
    expect(JSON.parse(two.stdout).files.map((f: { path: string }) => f.path)).toEqual(['s0.txt', 's1.txt', 's2.txt', 's3.txt', 's4.txt', 's5.txt', 'story.txt']);
  });

  it('reports an input error from a worker as a one-line error with exit code 2', () => {
    const dir = project();
    writeFileSync(join(dir, 'bad.txt'), Buffer.from([0x41, 0xff, 0x41]));
    const r = translint([...base, '--jobs', '2', '.'], { cwd: dir, env: { TRANSLINT_TEST_ALL_JOBS: '1' } });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('translint: bad.txt:1: invalid UTF-8 at byte 1\n');
  });

  it('uses one thread where more would not pay: 200 stories of 5 KB on a machine of few cores', async () => {
    const { jobCount, BYTES_PER_EXTRA_THREAD } = await import('../../src/cli/jobs.ts');
    expect(jobCount(2, 200, 200 * 5000)).toBe(1);
    expect(jobCount('auto', 200, 200 * 5000)).toBe(1);
    expect(jobCount(4, 1, 100 * BYTES_PER_EXTRA_THREAD)).toBe(1);
    // a large batch may use more threads, never more than the cores
    expect(jobCount(64, 10_000, 100 * BYTES_PER_EXTRA_THREAD)).toBeLessThanOrEqual((await import('node:os')).availableParallelism());
  });
});
