import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, translint } from '../helpers/cli.ts';

const BOM = '\ufeff';
const STORY = 'Prime Minister Keir Starrer met Cnn reporters.\r\nThe Gens Saddam Haftar spoke about the Trump government and an executive regulation.\r\n';

/** A folder holding story.txt (with a BOM and CRLF line ends); the CLI runs there. */
function setup(text = BOM + STORY): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'translint-review-'));
  const file = join(dir, 'story.txt');
  writeFileSync(file, text);
  return { dir, file };
}

const review = (dir: string, answers: string, ...args: string[]) => translint(['review', ...args, 'story.txt'], { cwd: dir, input: answers });

describe('translint review (subprocess)', () => {
  it('applies accepted and edited changes, keeps BOM and CRLF, prints the diff and the summary', () => {
    const { dir, file } = setup();
    const r = review(dir, 'y\nn\ne\nGen. Saddam Haftar\ns\ny\n');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const expected = 'Prime Minister Keir Starmer met Cnn reporters.\r\nThe Gen. Saddam Haftar spoke about the Trump government and an executive order.\r\n';
    expect(readFileSync(file)).toEqual(Buffer.from(BOM + expected));
    const diff = [
      '--- a/story.txt',
      '+++ b/story.txt',
      '@@ -1,2 +1,2 @@',
      '-Prime Minister Keir Starrer met Cnn reporters.\r',
      '-The Gens Saddam Haftar spoke about the Trump government and an executive regulation.\r',
      '+Prime Minister Keir Starmer met Cnn reporters.\r',
      '+The Gen. Saddam Haftar spoke about the Trump government and an executive order.\r',
      '',
    ].join('\n');
    expect(r.stdout.endsWith(`\n${diff}story.txt: written\n2 accepted, 1 edited, 1 rejected, 1 skipped\n`)).toBe(true);
    // each change was shown with its sentence, its word diff and the question, and the answers echoed
    expect(r.stdout).toContain('story.txt:2:5  warning  title/abbreviation  confidence 0.95\n"Gens" is not an English title: write "Gen." before the name\n');
    expect(r.stdout).toContain('  The »Gens Saddam Haftar« spoke about the Trump government and an executive regulation.\n  The [-Gens-]{+Gen.+} Saddam Haftar spoke');
    expect(r.stdout).toContain('(3/5) Apply this change [y,n,e,s,q,?]? e\nReplace "Gens Saddam Haftar" with (one line; an empty line goes back): Gen. Saddam Haftar\n');
    expect(r.stdout.match(/Apply this change/g)).toHaveLength(5);
  });

  it('writes nothing with --dry-run but prints the same diff', () => {
    const { dir, file } = setup();
    const before = statSync(file).mtimeMs;
    const r = review(dir, 'y\ny\nn\nn\nn\n', '--dry-run');
    expect(r.status).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(BOM + STORY);
    expect(statSync(file).mtimeMs).toBe(before);
    expect(r.stdout).toContain('-Prime Minister Keir Starrer met Cnn reporters.\r\n+Prime Minister Keir Starmer met CNN reporters.\r\n');
    expect(r.stdout.endsWith('story.txt: not written (--dry-run)\n2 accepted, 0 edited, 3 rejected, 0 skipped\n')).toBe(true);
  });

  it('writes a file name with a line break or an escape sequence in it as one line of escapes, as check does', () => {
    const { dir } = setup();
    const name = 'new\nline\u001b[2J.txt';
    const escaped = 'new\\nline\\u001b[2J.txt';
    writeFileSync(join(dir, name), 'Keir Starrer spoke.\n');
    writeFileSync(join(dir, `quiet${name}`), 'Nothing to change here.\n');
    const r = translint(['review', '--no-color', '--dry-run', name], { cwd: dir, input: 'y\n' });
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toContain(`\n${escaped}:1:1  warning  glossary/near-miss  confidence 0.87\n`);
    expect(r.stdout.endsWith(`\n${escaped}: not written (--dry-run)\n1 accepted, 0 edited, 0 rejected, 0 skipped\n`)).toBe(true);
    // check names it the same way
    expect(translint(['check', '--no-color', '--no-progress', name], { cwd: dir }).stdout.split('\n')[0]).toBe(escaped);
    const written = translint(['review', '--no-color', name], { cwd: dir, input: 'y\n' });
    expect(written.stdout.endsWith(`\n${escaped}: written\n1 accepted, 0 edited, 0 rejected, 0 skipped\n`)).toBe(true);
    expect(translint(['review', '--no-color', `quiet${name}`], { cwd: dir, input: '' }).stdout).toBe(`quiet${escaped}: no suggestions to review\n`);
    for (const out of [r.stdout, written.stdout]) expect(out.replace(/^[-+]{3} "[ab]\/new\\nline\\033\[2J\.txt"$/gm, '')).not.toMatch(/new\n|\u001b/);
  });

  it('writes only what was accepted before q, and the same at the end of input', () => {
    for (const answers of ['n\ny\nq\ny\ny\n', 'n\ny\n']) {
      const { dir, file } = setup();
      const r = review(dir, answers);
      expect(r.status).toBe(0);
      expect(readFileSync(file, 'utf8')).toBe(BOM + STORY.replace('Cnn', 'CNN'));
      expect(r.stdout.endsWith('story.txt: written\n1 accepted, 0 edited, 1 rejected, 3 skipped\n')).toBe(true);
    }
  });

  it('prints help for ? and says when nothing changes', () => {
    const { dir, file } = setup(STORY);
    const r = review(dir, '?\nn\n');
    expect(r.stdout).toContain('? - print help\n(1/5) Apply this change');
    expect(r.stdout.endsWith('\nNo changes.\n0 accepted, 0 edited, 1 rejected, 4 skipped\n')).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(STORY);
  });

  it('takes the glossary and rule options of check', () => {
    const { dir, file } = setup('Cnn met Keir Starrer. The Acme Corp said so.\n');
    writeFileSync(join(dir, 'terms.yaml'), '- term: ACME Corp\n  variants: [Acme Corp]\n  caseSensitive: true\n');
    const r = review(dir, 'y\ny\n', '--no-default-glossary', '-g', 'terms.yaml', '--rules', 'glossary/');
    expect(r.stderr).toBe('');
    expect(r.stdout.match(/Apply this change/g)).toHaveLength(1);
    expect(readFileSync(file, 'utf8')).toBe('Cnn met Keir Starrer. The ACME Corp said so.\n');
    const none = review(dir, '', '--rules', 'glossary/near-miss', '--no-default-glossary');
    expect(none.stdout).toBe('story.txt: no suggestions to review\n');
    expect(none.status).toBe(0);
  });

  it('exits 2 on input errors', () => {
    const { dir } = setup();
    writeFileSync(join(dir, 'bad.yaml'), '- term: [\n');
    expect(translint(['review', 'missing.txt'], { cwd: dir })).toMatchObject({ status: 2, stderr: 'translint: missing.txt: no such file\n' });
    expect(translint(['review', '-'], { cwd: dir }).status).toBe(2);
    const bad = review(dir, 'y\n', '-g', 'bad.yaml');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^translint: bad\.yaml:\d+: /);
    expect(review(dir, '', '--min-confidence', '2').status).toBe(2);
  });

  it('refuses to write a file changed on disk during the review', async () => {
    const { dir, file } = setup();
    const child = spawn(process.execPath, [BIN, 'review', 'story.txt'], { cwd: dir, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const status = new Promise<number | null>((done) => child.on('close', done));
    await new Promise<void>((asked) =>
      child.stdout.on('data', (d: Buffer) => {
        stdout += d.toString();
        if (stdout.includes('Apply this change')) asked();
      }),
    );
    // someone else saves the story while the editor is deciding
    writeFileSync(file, 'Edited elsewhere.\n');
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    child.stdin.end('y\ny\ny\ny\ny\n');
    expect(await status).toBe(2);
    expect(readFileSync(file, 'utf8')).toBe('Edited elsewhere.\n');
    expect(stderr).toBe(`translint: ${file}: changed on disk since it was read; not written (the diff above holds the accepted changes)\n`);
    expect(stdout).toContain('+Prime Minister Keir Starmer met CNN reporters.\r\n');
  });
});
