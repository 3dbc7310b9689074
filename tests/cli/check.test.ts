import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings/finding.ts';
import { ROOT, SEED, translint } from '../helpers/cli.ts';

interface JsonOut {
  version: number;
  files: { path: string; findings: Finding[]; dropped: unknown[] }[];
  summary: { files: number; findings: number; errors: number; warnings: number; infos: number; fixable: number };
}

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'translint-cli-'));
}

const seedText = readFileSync(join(ROOT, SEED), 'utf8');

describe('translint check (subprocess)', () => {
  it('flags the three seed examples with the bundled glossary, in the documented JSON shape', () => {
    const r = translint(['check', '--format', 'json', SEED]);
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout) as JsonOut;
    expect(out.version).toBe(1);
    expect(out.files).toHaveLength(1);
    expect(out.files[0]!.path).toBe(SEED);
    const pairs = out.files[0]!.findings.map((f) => `${f.text} → ${f.suggestions[0]?.text}`);
    expect(pairs).toContain('Gens Saddam Haftar → Gen. Saddam Haftar');
    expect(pairs).toContain('USL system → US asylum system');
    expect(pairs).toContain('Keir Starrer → Keir Starmer');
    for (const f of out.files[0]!.findings) {
      expect(Object.keys(f)).toEqual(expect.arrayContaining(['ruleId', 'severity', 'message', 'range', 'text', 'confidence', 'suggestions']));
      expect(seedText.slice(f.range.start.offset, f.range.end.offset)).toBe(f.text);
      const lines = seedText.split('\n');
      expect(lines[f.range.start.line - 1]!.slice(f.range.start.column - 1).startsWith(f.text.split('\n')[0]!)).toBe(true);
    }
    expect(out.summary.findings).toBe(out.files[0]!.findings.length);
    expect(out.summary.errors + out.summary.warnings + out.summary.infos).toBe(out.summary.findings);
  });

  it('prints stylish output with positions and rule ids, without colour when not a terminal', () => {
    const r = translint(['check', SEED]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/16:71 +warning +"Gens" is not an English title.*→ Gen\. Saddam Haftar.*title\/abbreviation/);
    expect(r.stdout).not.toMatch(/\x1b\[/);
    expect(r.stdout).toMatch(/✖ \d+ problems/);
  });

  it('exits 0 on clean text and 1 only for error-level findings', () => {
    expect(translint(['check', '-'], { input: 'The weather was fine on Tuesday.\n' }).status).toBe(0);
    const g = join(tmp(), 'g.json');
    writeFileSync(g, JSON.stringify([{ term: 'beatings', variants: ['strikes'], fix: 'suggest' }, { term: 'Keir Starmer', variants: ['Keir Starrer'] }]));
    expect(translint(['check', '--no-default-glossary', '-g', g, '-'], { input: 'strikes' }).status).toBe(0);
    expect(translint(['check', '--no-default-glossary', '-g', g, '-'], { input: 'Keir Starrer' }).status).toBe(1);
  });

  it('reads stdin with -', () => {
    const r = translint(['check', '--format', 'json', '-'], { input: 'Then British Prime Minister Keir Starrer spoke.' });
    const out = JSON.parse(r.stdout) as JsonOut;
    expect(out.files[0]!.path).toBe('<stdin>');
    expect(out.files[0]!.findings.map((f) => f.text)).toEqual(['Keir Starrer']);
  });

  it('checks directories recursively by extension, sorted, skipping other files and link loops', () => {
    const dir = tmp();
    mkdirSync(join(dir, 'b/c'), { recursive: true });
    writeFileSync(join(dir, 'b/c/two.md'), 'Keir Starrer\n');
    writeFileSync(join(dir, 'a.txt'), 'Keir Starrer\n');
    writeFileSync(join(dir, 'b/skip.bin'), 'Keir Starrer\n');
    symlinkSync('..', join(dir, 'b/c/loop'));
    const r = translint(['check', '--format', 'json', '.'], { cwd: dir });
    const out = JSON.parse(r.stdout) as JsonOut;
    expect(out.files.map((f) => f.path)).toEqual(['a.txt', 'b/c/two.md']);
    expect(r.stderr).toMatch(/b\/c\/loop: skipped, a link back to b \(directory loop\)/);
  });

  it('fixes files atomically, only those that change, keeping BOM, CRLF and mode', () => {
    const dir = tmp();
    const story = join(dir, 'story.txt');
    const clean = join(dir, 'clean.txt');
    writeFileSync(story, '\ufeffCnn said British Prime Minister Keir Starmer spoke.\r\nThe USL system is full.\r\n');
    chmodSync(story, 0o640);
    writeFileSync(clean, 'Nothing to fix here.\n');
    const before = statSync(clean).mtimeMs;
    const r = translint(['check', '--fix', '--format', 'json', 'story.txt', 'clean.txt'], { cwd: dir });
    expect(r.stderr).toBe('translint: fixed 1 problem in 1 file\n');
    expect(readFileSync(story, 'utf8')).toBe('\ufeffCNN said British Prime Minister Keir Starmer spoke.\r\nThe USL system is full.\r\n');
    expect(statSync(story).mode & 0o777).toBe(0o640);
    expect(statSync(clean).mtimeMs).toBe(before);
    const out = JSON.parse(r.stdout) as JsonOut;
    expect(out.files[0]!.findings.map((f) => f.text)).not.toContain('CNN');
  });

  it('--fix - keeps the byte-order mark and CRLF of stdin, as the diff of the same input does', () => {
    const input = Buffer.from('\ufeffThe Cnn said so.\r\nThe rest.\r\n');
    const r = translint(['check', '--fix', '-'], { input });
    expect(r.stderr).toBe('translint: fixed 1 problem in 1 file\n');
    expect(r.stdout).toBe('\ufeffThe CNN said so.\r\nThe rest.\r\n');
    expect(translint(['check', '--diff', '-'], { input }).stdout).toContain('-\ufeffThe Cnn said so.\r\n+\ufeffThe CNN said so.\r\n');
    const plain = translint(['check', '--fix', '-'], { input: 'The Cnn said so.\n' });
    expect(plain.stdout).toBe('The CNN said so.\n');
  });

  it('prints a unified diff of all suggestions that git apply accepts', () => {
    const dir = tmp();
    execFileSync('git', ['init', '-q'], { cwd: dir });
    copyFileSync(join(ROOT, SEED), join(dir, 'seed.txt'));
    const r = translint(['check', '--diff', 'seed.txt'], { cwd: dir });
    expect(r.stdout).toMatch(/^--- a\/seed\.txt\n\+\+\+ b\/seed\.txt\n/);
    expect(r.stdout).toContain('+CNN reached out to the State Department');
    writeFileSync(join(dir, 'fix.patch'), r.stdout);
    execFileSync('git', ['apply', 'fix.patch'], { cwd: dir });
    const fixed = readFileSync(join(dir, 'seed.txt'), 'utf8');
    expect(fixed).toContain('Gen. Saddam Haftar');
    expect(fixed).toContain('Keir Starmer');
    expect(fixed).toContain('US asylum system');
  });

  it.each([
    ['git apply', ['git', 'apply']],
    ['patch -p1', ['patch', '-p1', '-s']],
  ])('prints a diff that %s applies to a file with a BOM and to names with a tab, a backslash, a space, a quote or a non-ASCII letter', (_, [tool, ...args]) => {
    expect(spawnSync(tool as string, ['--version']).status, `${tool} is needed for this test`).toBe(0);
    const dir = tmp();
    execFileSync('git', ['init', '-q'], { cwd: dir });
    const files: Record<string, string> = {
      'bom.txt': '\ufeffCnn said.\nThe rest.\n',
      'tab\tname.txt': 'Cnn said.\n',
      'back\\slash.txt': 'Cnn said.\n',
      'sp ace.txt': 'Cnn said.\n',
      'quo"te.txt': 'Cnn said.\n',
      'Müller.txt': 'Cnn said.\n',
    };
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    const r = translint(['check', '--rules', 'glossary/', '--diff', '.'], { cwd: dir });
    expect(r.stdout).toContain('--- a/sp ace.txt\t\n+++ b/sp ace.txt\t\n');
    expect(r.stdout).toContain('--- "a/back\\\\slash.txt"\n');
    expect(r.stdout).toContain('-\ufeffCnn said.\n+\ufeffCNN said.\n');
    writeFileSync(join(dir, 'fix.patch'), r.stdout);
    execFileSync(tool as string, [...(args as string[]), ...(tool === 'git' ? ['fix.patch'] : ['-i', 'fix.patch'])], { cwd: dir });
    for (const [name, text] of Object.entries(files)) expect([name, readFileSync(join(dir, name), 'utf8')]).toEqual([name, text.replace('Cnn', 'CNN')]);
  });

  it('shows a coloured word-level diff on a terminal', () => {
    const r = translint(['check', '--diff', '-'], { input: 'Keir Starrer spoke.', env: { FORCE_COLOR: '1' } });
    expect(r.stdout).toMatch(/\x1b\[/);
    expect(r.stdout).toContain('Starmer');
    expect(r.stdout).not.toContain('+++');
  });

  it.each([
    [['check', 'no-such-file.txt'], /^translint: no-such-file\.txt: no such file or directory\n$/],
    [['check', '--min-confidence', '2', SEED], /--min-confidence.*must be a number from 0 to 1/],
    [['check', '--format', 'xml', SEED], /Allowed choices are stylish, json/],
    [['check', '--rules', 'nope/rule', SEED], /no rule matches nope\/rule/],
    [['check', '--bogus', SEED], /unknown option '--bogus'/],
    [['frobnicate'], /unknown command 'frobnicate'/],
  ])('exits 2 with a one-line error for %j', (args, message) => {
    const r = translint(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });

  it('names the glossary file and the line of a bad entry\'s key', () => {
    const g = join(tmp(), 'bad.yaml');
    writeFileSync(g, '- term: Keir Starmer\n- term: B\n  variants: ["/(unclosed/"]\n');
    const r = translint(['check', '-g', g, SEED]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^translint: ${g.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:3: invalid regular expression /\\(unclosed/`));
  });

  it('refuses binary files and rejects invalid UTF-8 with its line and byte offset', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'bin.txt'), Buffer.from([0x4b, 0x00, 0x01, 0x02]));
    writeFileSync(join(dir, 'bad.txt'), Buffer.concat([Buffer.from('Keir '), Buffer.from([0xc3, 0x28]), Buffer.from(' x')]));
    // a file that is not text was skipped with a warning and exit 0: a CI job passed with it never checked
    const b = translint(['check', 'bin.txt'], { cwd: dir });
    expect([b.status, b.stdout, b.stderr]).toEqual([2, '', 'translint: bin.txt: binary file, not text (a NUL byte at byte 1)\n']);
    mkdirSync(join(dir, 'news'));
    writeFileSync(join(dir, 'news', 'a.html'), '<p>Keir\0Starrer</p>\n');
    writeFileSync(join(dir, 'news', 'b.po'), 'msgid "a"\nmsgstr "Keir\0Starrer"\n');
    writeFileSync(join(dir, 'news', 'c.txt'), 'Keir Starrer spoke.\n');
    for (const args of [['check', 'news'], ['check', '--diff', 'news'], ['check', '--format', 'json', 'news']]) {
      const r = translint(args, { cwd: dir });
      expect([args, r.status]).toEqual([args, 2]);
      expect(r.stderr).toContain('translint: news/a.html: binary file, not text (a NUL byte at byte 7)\n');
      expect(r.stderr).toContain('translint: news/b.po: binary file, not text (a NUL byte at byte 22)\n');
    }
    // UTF-16 without a byte-order mark is read
    writeFileSync(join(dir, 'u16.txt'), Buffer.from('Keir Starrer spoke.\n', 'utf16le'));
    const u16 = translint(['check', '--format', 'compact', 'u16.txt'], { cwd: dir });
    expect([u16.status, u16.stderr]).toEqual([0, '']);
    expect(u16.stdout).toContain('u16.txt:1:1');
    const u = translint(['check', 'bad.txt'], { cwd: dir });
    expect(u.status).toBe(2);
    expect(u.stderr).toBe('translint: bad.txt:1: invalid UTF-8 at byte 5\n');
    // the line of the bad byte, counted in the valid text before it
    writeFileSync(join(dir, 'bad3.txt'), Buffer.concat([Buffer.from('One line.\r\nTwo.\nThree '), Buffer.from([0xff]), Buffer.from('\n')]));
    const u3 = translint(['check', 'bad3.txt'], { cwd: dir });
    expect([u3.status, u3.stderr]).toEqual([2, 'translint: bad3.txt:3: invalid UTF-8 at byte 22\n']);
    const big = translint(['check', '--max-file-size', '10', SEED]);
    expect(big.status).toBe(2);
    expect(big.stderr).toMatch(/over the limit of 10 \(--max-file-size\)/);
  });

  it('prints its version and help', () => {
    const v = translint(['--version']);
    expect(v.status).toBe(0);
    expect(v.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
    const h = translint(['check', '--help']);
    expect(h.status).toBe(0);
    expect(h.stdout).toContain('--min-confidence');
  });
});
