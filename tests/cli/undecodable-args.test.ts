import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN } from '../helpers/cli.ts';

/**
 * Node gives a command-line argument that is not valid UTF-8 with U+FFFD for each bad byte, by which no file
 * can be opened; translint reads the argument's bytes from /proc/self/cmdline (Linux) to name it.
 */
const CAN = existsSync('/proc/self/cmdline') && spawnSync('sh', ['-c', 'true']).status === 0;

/** A name written with latin1 characters for its bytes (`'bad\xff.txt'` is the bytes 62 61 64 ff ...). */
const bytes = (name: string) => Buffer.from(name, 'latin1');

/**
 * Runs bin/translint with `args` as bytes: spawn gives its arguments as UTF-8, so a Buffer argument goes
 * through sh, which passes `printf`'s bytes as they are.
 */
function run(cwd: string, args: (string | Buffer)[], input = '') {
  const word = (a: string | Buffer) =>
    typeof a === 'string' ? `'${a}'` : `"$(printf '${[...a].map((b) => `\\${b.toString(8).padStart(3, '0')}`).join('')}')"`;
  const r = spawnSync('sh', ['-c', `exec "$0" "$1" ${args.map(word).join(' ')}`, process.execPath, BIN], { cwd, input, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'translint-undecodable-'));
  const raw = (name: string) => Buffer.concat([Buffer.from(`${dir}/`), bytes(name)]);
  writeFileSync(join(dir, 'good.txt'), 'Keir Starrer spoke.\n');
  writeFileSync(raw('bad\xff.txt'), 'Keir Starrer spoke.\n');
  writeFileSync(raw('g\xff.json'), '[{"term": "Keir Starmer", "variants": ["Keir Starrer"]}]\n');
  writeFileSync(raw('line\n\xfe.txt'), 'Keir Starrer spoke.\n');
  mkdirSync(raw('news\xe9'));
  // a name that is valid UTF-8 and holds U+FFFD itself: opened as any other
  writeFileSync(join(dir, 'odd\uFFFD.txt'), 'Keir Starrer spoke.\n');
  return dir;
}

const WHY = 'its name is not valid UTF-8, so it cannot be opened; rename it';

describe.runIf(CAN)('a file named on the command line whose name is not valid UTF-8 (subprocess)', () => {
  it('check: named as an input that could not be checked, with its bytes escaped in one line; the others are checked, exit 2', () => {
    const dir = project();
    const r = run(dir, ['check', '-f', 'json', 'good.txt', bytes('bad\xff.txt'), bytes('line\n\xfe.txt'), bytes('news\xe9'), bytes('gone\xfd.txt'), 'odd\uFFFD.txt']);
    const failures = [
      ['bad\\xff.txt', `${WHY} to have it checked`],
      ['line\\n\\xfe.txt', `${WHY} to have it checked`],
      ['news\\xe9', `${WHY} to have it checked`],
      ['gone\\xfd.txt', 'no such file or directory'],
    ];
    expect([r.status, r.stderr]).toEqual([2, failures.map(([path, why]) => `translint: ${path}: ${why}\n`).join('')]);
    const out = JSON.parse(r.stdout) as { files: { path: string; findings: unknown[] }[]; failures: { path: string; message: string }[] };
    expect(out.files.map((f) => [f.path, f.findings.length])).toEqual([
      ['good.txt', 1],
      ['odd\uFFFD.txt', 1],
    ]);
    expect(out.failures).toEqual(failures.map(([path, why]) => ({ path, message: `${path}: ${why}` })));
  });

  it('a missing name that is valid UTF-8 and holds U+FFFD itself is named as given', () => {
    const r = run(project(), ['check', 'good.txt', 'gone\uFFFD.txt']);
    expect([r.status, r.stderr]).toEqual([2, 'translint: gone\uFFFD.txt: no such file or directory\n']);
  });

  it.each([
    [['check', '-g', bytes('g\xff.json'), 'good.txt'], `g\\xff.json: ${WHY}`],
    [['check', bytes('--glossary=g\xff.json'), 'good.txt'], `g\\xff.json: ${WHY}`],
    [['check', '-g', bytes('h\xff.json'), 'good.txt'], 'h\\xff.json: no such file'],
    [['check', '--config', bytes('bad\xff.txt'), 'good.txt'], `bad\\xff.txt: ${WHY}`],
    [['check', '--source', bytes('bad\xff.txt'), 'good.txt'], `bad\\xff.txt: ${WHY}`],
    [['check', '--ndjson', bytes('bad\xff.txt')], `bad\\xff.txt: ${WHY} to have it checked`],
    [['check', '--ndjson', bytes('gone\xff.txt')], 'gone\\xff.txt: no such file'],
    [['review', bytes('bad\xff.txt')], `bad\\xff.txt: ${WHY} to have it checked`],
  ])('%j: one line naming it with its bytes escaped, exit 2', (args, message) => {
    const r = run(project(), args);
    expect([r.status, r.stdout, r.stderr]).toEqual([2, '', `translint: ${message}\n`]);
  });

  it('--baseline: named by its absolute path, as a baseline is', () => {
    const dir = project();
    const r = run(dir, ['check', '--baseline', bytes('bad\xff.txt'), 'good.txt']);
    expect([r.status, r.stdout, r.stderr]).toEqual([2, '', `translint: ${dir}/bad\\xff.txt: ${WHY}\n`]);
  });

  it('two names that differ only in their bad bytes are named apart, by their own bytes, in the error lines and the json, checkstyle and html reports', (ctx) => {
    const dir = mkdtempSync(join(tmpdir(), 'translint-undecodable-'));
    try {
      for (const name of ['twin\xff.txt', 'twin\xfe.txt', 'twin\\xff\xfe.txt']) writeFileSync(Buffer.concat([Buffer.from(`${dir}/`), bytes(name)]), 'Keir Starrer spoke.\n');
    } catch {
      ctx.skip();
    }
    writeFileSync(join(dir, 'good.txt'), 'Keir Starrer spoke.\n');
    // (the last is missing: said so of it alone; the third is "twin\xff" itself followed by the byte fe)
    const args = [bytes('twin\xff.txt'), bytes('twin\xfe.txt'), bytes('twin\\xff\xfe.txt'), bytes('twin\xfd.txt')];
    const named = ['twin\\xff.txt', 'twin\\xfe.txt', 'twin\\\\xff\\xfe.txt', 'twin\\xfd.txt'];
    const reasons = [...named.slice(0, 3).map((n) => `${n}: ${WHY} to have it checked`), 'twin\\xfd.txt: no such file or directory'];
    for (const format of ['stylish', 'json', 'checkstyle', 'html']) {
      const r = run(dir, ['check', '-f', format, 'good.txt', ...args]);
      expect([format, r.status, r.stderr]).toEqual([format, 2, reasons.map((m) => `translint: ${m}\n`).join('')]);
      if (format === 'json') expect((JSON.parse(r.stdout) as { failures: { path: string }[] }).failures.map((f) => f.path)).toEqual(named);
      // each named in the report's own escaping (XML and HTML write a backslash as it is)
      else if (format !== 'stylish') for (const n of named) expect([format, r.stdout.includes(`${n}: `)]).toEqual([format, true]);
    }
  });
});
