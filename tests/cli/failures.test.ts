import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type * as Sarif from 'sarif';
import { describe, expect, it } from 'vitest';
import { translint } from '../helpers/cli.ts';
import { parseXml } from '../reports/xml-check.ts';

/** A folder with one good file with two findings and one XLIFF file whose markup breaks at line 6. */
function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'translint-failures-'));
  writeFileSync(join(dir, 'g.json'), JSON.stringify([{ term: 'Keir Starmer', variants: ['Keir Starrer'] }, { term: 'beatings', variants: ['strikes'], fix: 'suggest' }]));
  writeFileSync(join(dir, 'good.txt'), 'Keir Starrer spoke on Monday.\nThere were strikes and torture.\n');
  writeFileSync(
    join(dir, 'broken.xlf'),
    [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<xliff version="1.2">',
      '  <file source-language="de" target-language="en" datatype="plaintext" original="a">',
      '    <body>',
      '      <trans-unit id="1"><source>Hallo</source><target>Hello</target>',
      '    </body>',
      '  </file>',
      '</xliff>',
      '',
    ].join('\n'),
  );
  return dir;
}
const base = ['check', '--no-default-glossary', '-g', 'g.json', '--no-progress'];

/** The one stderr line naming the broken file (its message, without "translint: "), checked for its form. */
function failureLine(stderr: string): string {
  expect(stderr).toMatch(/^translint: broken\.xlf:6: [^\n]+\n$/);
  return stderr.slice('translint: '.length, -1);
}

type Check = (report: string, message: string) => void;

/** What each machine-readable format must say: the failure (at line 6) and the two findings of good.txt. */
const formats: Record<string, Check> = {
  json: (report, message) => {
    const out = JSON.parse(report) as { files: { path: string; findings: unknown[] }[]; failures: unknown[] };
    expect(out.files.map((f) => [f.path, f.findings.length])).toEqual([['good.txt', 2]]);
    expect(out.failures).toEqual([{ path: 'broken.xlf', message, line: 6 }]);
  },
  sarif: (report, message) => {
    const run = (JSON.parse(report) as Sarif.Log).runs[0] as Sarif.Run;
    expect(run.results?.map((r) => r.locations?.[0]?.physicalLocation?.artifactLocation?.uri)).toEqual(['good.txt', 'good.txt']);
    expect(run.invocations).toEqual([
      {
        executionSuccessful: false,
        toolExecutionNotifications: [{ level: 'error', message: { text: message }, locations: [{ physicalLocation: { artifactLocation: { uri: 'broken.xlf' }, region: { startLine: 6 } } }] }],
      },
    ]);
  },
  junit: (report, message) => {
    const { testsuites } = parseXml(report) as { testsuites: Record<string, string> & { testsuite: { '@_name': string; testcase: unknown }[] } };
    expect([testsuites['@_tests'], testsuites['@_failures'], testsuites['@_errors']]).toEqual(['3', '2', '1']);
    expect(testsuites.testsuite.map((s) => s['@_name'])).toEqual(['good.txt', 'broken.xlf']);
    expect(testsuites.testsuite[1]?.testcase).toMatchObject({
      '@_name': 'file error at line 6',
      '@_classname': 'broken.xlf',
      '@_file': 'broken.xlf',
      error: { '@_message': message, '@_type': 'error', '#text': message },
    });
  },
  checkstyle: (report, message) => {
    const { checkstyle } = parseXml(report) as { checkstyle: { file: { '@_name': string; error: Record<string, string> | Record<string, string>[] }[] } };
    // absolute paths, as Checkstyle writes them
    expect(checkstyle.file.map((f) => /^\/.+\/translint-[^/]+\/(.+)$/.exec(f['@_name'])?.[1])).toEqual(['good.txt', 'broken.xlf']);
    expect(checkstyle.file.map((f) => [basename(f['@_name']), [f.error].flat().map((e) => e['@_source'])])).toEqual([
      ['good.txt', ['translint.glossary/variant', 'translint.glossary/variant']],
      ['broken.xlf', ['translint']],
    ]);
    expect(checkstyle.file[1]?.error).toEqual({ '@_line': '6', '@_severity': 'error', '@_message': message, '@_source': 'translint' });
  },
  github: (report, message) => {
    const lines = report.trimEnd().split('\n');
    expect(lines[0]).toBe(`::error file=broken.xlf,line=6,title=translint (file error)::${message}`);
    expect(lines.filter((l) => l.startsWith('::') && l.includes('file=good.txt'))).toHaveLength(2);
    expect(lines.at(-1)).toBe('translint: 2 problems (1 error, 1 warning, 0 info) in 1 file; 1 file could not be checked');
  },
  html: (report, message) => {
    expect(report).toContain(`<section class="failures" role="alert"><h2>1 file could not be checked</h2><ul><li>${message}</li></ul></section>`);
    expect(report.match(/<section class="doc"/g)).toHaveLength(1);
    expect(report).toContain('<h2>good.txt</h2>');
  },
};

describe('inputs that could not be checked, in each report (subprocess)', () => {
  it.each(Object.keys(formats))('%s: the failure and the findings, on stdout and with -o, exit 2', (format) => {
    const dir = project();
    const r = translint([...base, '-f', format, '.'], { cwd: dir });
    expect(r.status).toBe(2);
    const message = failureLine(r.stderr);
    formats[format]!(r.stdout, message);
    const o = translint([...base, '-f', format, '-o', join(dir, '..', `${dir.split('/').pop()}.report`), 'good.txt', 'broken.xlf'], { cwd: dir });
    expect([o.status, o.stdout, o.stderr]).toEqual([2, '', `translint: ${message}\n`]);
    const written = `${dir}.report`;
    formats[format]!(readFileSync(written, 'utf8'), message);
    rmSync(written);
  });

  it.each(['stylish', 'compact'])('%s: the failure on stderr only, not printed twice', (format) => {
    const dir = project();
    const r = translint([...base, '-f', format, '.'], { cwd: dir });
    expect(r.status).toBe(2);
    const message = failureLine(r.stderr);
    expect(r.stdout).not.toContain('broken.xlf');
    expect(r.stdout).not.toContain(message);
    expect(r.stdout).toContain('good.txt');
  });

  it('a baseline hides the findings it holds, never the failure; --quiet keeps it too', () => {
    const dir = project();
    // (a baseline is written only when every input could be checked)
    const created = translint([...base, '--baseline-create', 'baseline.json', 'good.txt'], { cwd: dir });
    expect([created.status, created.stderr]).toEqual([0, 'translint: wrote 2 findings to the baseline baseline.json\n']);
    const message = failureLine(translint([...base, '-f', 'json', 'broken.xlf'], { cwd: dir }).stderr);
    for (const extra of [[], ['--quiet']]) {
      const r = translint([...base, '--baseline', 'baseline.json', ...extra, '-f', 'json', '.'], { cwd: dir });
      expect([r.status, r.stderr]).toEqual([2, `translint: ${message}\n`]);
      const out = JSON.parse(r.stdout) as { files: { findings: unknown[] }[]; failures: unknown[] };
      expect(out.files.map((f) => f.findings.length)).toEqual([0]);
      expect(out.failures).toEqual([{ path: 'broken.xlf', message, line: 6 }]);
    }
    const quiet = translint([...base, '--quiet', '-f', 'sarif', '.'], { cwd: dir });
    expect(quiet.status).toBe(2);
    const run = (JSON.parse(quiet.stdout) as Sarif.Log).runs[0] as Sarif.Run;
    expect([run.results?.length, run.invocations?.[0]?.executionSuccessful, run.invocations?.[0]?.toolExecutionNotifications?.length]).toEqual([1, false, 1]);
  });

  it('writes no baseline when an input could not be checked: exit 2, each input named, and a line saying so', () => {
    const dir = project();
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x4b, 0x65, 0x69, 0x72, 0xe9, 0x0a]));
    const args = [...base, '--baseline-create', 'baseline.json', 'good.txt', 'missing.txt', 'latin1.txt'];
    const r = translint(args, { cwd: dir });
    expect([r.status, r.stdout]).toEqual([2, '']);
    expect(r.stderr.split('\n')).toEqual([
      'translint: missing.txt: no such file or directory',
      'translint: latin1.txt:1: invalid UTF-8 at byte 4',
      'translint: baseline.json: baseline not written, since 2 inputs could not be checked',
      '',
    ]);
    expect(existsSync(join(dir, 'baseline.json'))).toBe(false);
    // one there already stays as it was
    writeFileSync(join(dir, 'baseline.json'), 'earlier\n');
    const again = translint([...args.slice(0, -2), 'broken.xlf'], { cwd: dir });
    expect(again.status).toBe(2);
    expect(again.stderr.split('\n').slice(1)).toEqual(['translint: baseline.json: baseline not written, since 1 input could not be checked (the one there is left as it was)', '']);
    expect(readFileSync(join(dir, 'baseline.json'), 'utf8')).toBe('earlier\n');
  });

  it('names a file or folder in a checked folder whose name is not valid UTF-8 as an input that could not be checked, with its bytes escaped: exit 2, no baseline', () => {
    const dir = project();
    mkdirSync(join(dir, 'news'));
    writeFileSync(join(dir, 'news', 'good.txt'), 'Keir Starrer spoke.\n');
    // two names Node gives alike ("bad\ufffd.txt"), a folder, and a file of an extension a folder's check leaves
    const raw = (name: string) => Buffer.concat([Buffer.from(join(dir, 'news')), Buffer.from('/'), Buffer.from(name, 'latin1')]);
    writeFileSync(raw('bad\xff.txt'), 'Keir Starrer.\n');
    writeFileSync(raw('bad\xfe.txt'), 'Keir Starrer.\n');
    mkdirSync(raw('old\xe9'));
    writeFileSync(raw('photo\xff.png'), 'x');
    const said = (name: string) => `news/${name}: its name is not valid UTF-8, so it cannot be opened; rename it to have it checked`;
    const names = ['bad\\xfe.txt', 'bad\\xff.txt', 'old\\xe9'];
    const r = translint([...base, '-f', 'json', 'news'], { cwd: dir });
    expect([r.status, r.stderr]).toEqual([2, names.map((n) => `translint: ${said(n)}\n`).join('')]);
    const out = JSON.parse(r.stdout) as { files: { path: string; findings: unknown[] }[]; failures: { path: string; message: string }[] };
    expect(out.files.map((f) => [f.path, f.findings.length])).toEqual([['news/good.txt', 1]]);
    expect(out.failures).toEqual(names.map((n) => ({ path: `news/${n}`, message: said(n) })));
    const created = translint([...base, '--baseline-create', 'baseline.json', 'news'], { cwd: dir });
    expect([created.status, created.stdout]).toEqual([2, '']);
    expect(created.stderr.split('\n').slice(-2)).toEqual(['translint: baseline.json: baseline not written, since 3 inputs could not be checked', '']);
    expect(existsSync(join(dir, 'baseline.json'))).toBe(false);
  });

  it('names a missing path, a file over the size limit and stdin as the results do, with the same report from worker threads', () => {
    const dir = project();
    writeFileSync(join(dir, 'big.txt'), `${'Keir Starmer spoke. '.repeat(20)}\n`);
    const args = [...base, '-f', 'json', '--max-file-size', '300', 'good.txt', 'nosuch.txt', 'big.txt', 'broken.xlf'];
    const one = translint(args, { cwd: dir });
    expect(one.status).toBe(2);
    const failures = (JSON.parse(one.stdout) as { failures: { path: string; line?: number }[] }).failures;
    expect(failures.map((f) => [f.path, f.line])).toEqual([
      ['nosuch.txt', undefined],
      ['big.txt', undefined],
      ['broken.xlf', 6],
    ]);
    expect(one.stderr.trimEnd().split('\n').map((l) => l.split(':')[1])).toEqual([' nosuch.txt', ' big.txt', ' broken.xlf']);
    const threads = translint([...args, '-j', '2'], { cwd: dir, env: { TRANSLINT_TEST_ALL_JOBS: '1' } });
    expect([threads.status, threads.stdout, threads.stderr]).toEqual([2, one.stdout, one.stderr]);
    const stdin = translint([...base, '-f', 'json', '--input-format', 'xliff', '-'], { cwd: dir, input: readFileSync(join(dir, 'broken.xlf')) });
    expect(stdin.status).toBe(2);
    expect((JSON.parse(stdin.stdout) as { failures: { path: string; line?: number }[] }).failures.map((f) => [f.path, f.line])).toEqual([['<stdin>', 6]]);
  });

  it('replaces its own report holding a failure, found in the checked folder, on the next run', () => {
    const dir = project();
    for (const format of Object.keys(formats)) {
      const out = format === 'html' ? 'report.html' : 'report.txt';
      for (let run = 0; run < 2; run++) {
        const r = translint([...base, '-f', format, '-o', out, '.'], { cwd: dir });
        expect([format, run, r.status, r.stderr.split('\n').length]).toEqual([format, run, 2, 2]);
        formats[format]!(readFileSync(join(dir, out), 'utf8'), failureLine(r.stderr));
      }
      rmSync(join(dir, out));
    }
  });
});
