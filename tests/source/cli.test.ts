import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, translint } from '../helpers/cli.ts';

/** The sample story's last six paragraphs, and the German original written for them. */
function fixture(): string {
  const dir = mkdtempSync(join(tmpdir(), 'translint-source-'));
  const story = readFileSync(join(ROOT, 'corpora/samples/wire-libya-rwanda.txt'), 'utf8');
  writeFileSync(join(dir, 'story.en.txt'), story.slice(story.indexOf('Rwanda and the USA are discussing'), story.indexOf('Leave a Comment')));
  copyFileSync(join(ROOT, 'tests/source/fixtures/wire-libya-rwanda.de.txt'), join(dir, 'story.de.txt'));
  return dir;
}

const ids = (stdout: string) => (JSON.parse(stdout) as { files: { findings: { ruleId: string; text: string }[] }[] }).files.flatMap((f) => f.findings.map((x) => `${x.ruleId} ${x.text}`));

describe('translint check --source', () => {
  it('catches the seed\'s bent names from a German original, with no glossary', () => {
    const dir = fixture();
    const r = translint(['check', '--no-default-glossary', '--rules', 'source/', '--format', 'json', '--source', 'story.de.txt', 'story.en.txt'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(ids(r.stdout)).toEqual(['source/names Abdulattar', 'source/names Starrer']);
  });

  it('catches a changed number', () => {
    const dir = fixture();
    const story = readFileSync(join(dir, 'story.en.txt'), 'utf8');
    writeFileSync(join(dir, 'story.en.txt'), story.replace('in 2022 with the United Kingdom', 'in 2002 with the United Kingdom'));
    const r = translint(['check', '--no-default-glossary', '--rules', 'source/numbers', '--format', 'json', '--source', 'story.de.txt', 'story.en.txt'], { cwd: dir });
    expect(ids(r.stdout)).toEqual(['source/numbers 2002']);
  });

  it('pairs files with their originals by name with --source-dir', () => {
    const dir = fixture();
    mkdirSync(join(dir, 'originals'));
    copyFileSync(join(dir, 'story.de.txt'), join(dir, 'originals', 'story.de.txt'));
    writeFileSync(join(dir, 'other.en.txt'), 'A text without an original.\n');
    const r = translint(['check', '--no-default-glossary', '--rules', 'source/', '--format', 'json', '--source-dir', 'originals', 'story.en.txt', 'other.en.txt'], { cwd: dir });
    expect(ids(r.stdout)).toEqual(['source/names Abdulattar', 'source/names Starrer']);
    expect(r.stderr).toBe('translint: warning: other.en.txt: no original in originals; checked without one\n');
    // two originals that differ only in their language tag: named, not guessed between
    copyFileSync(join(dir, 'story.de.txt'), join(dir, 'originals', 'other.de.txt'));
    copyFileSync(join(dir, 'story.de.txt'), join(dir, 'originals', 'other.fr.txt'));
    const several = translint(['check', '--no-default-glossary', '--rules', 'source/', '--format', 'json', '--source-dir', 'originals', 'other.en.txt'], { cwd: dir });
    expect(several.stderr).toBe('translint: warning: other.en.txt: several originals in originals (other.de.txt, other.fr.txt); checked without one\n');
  });

  it('says in one line why an original is not used, and checks the story without it', () => {
    const dir = fixture();
    writeFileSync(join(dir, 'empty.txt'), '\n');
    const r = translint(['check', '--no-default-glossary', '--rules', 'source/', '--source', 'empty.txt', 'story.en.txt'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('translint: warning: empty.txt is empty; checked without the source\n');
  });

  it('refuses a missing original, and --source with several files, with exit code 2', () => {
    const dir = fixture();
    expect(translint(['check', '--source', 'nothere.txt', 'story.en.txt'], { cwd: dir })).toMatchObject({ status: 2, stderr: 'translint: nothere.txt: cannot read the original (ENOENT)\n' });
    expect(translint(['check', '--source', 'story.de.txt', 'story.en.txt', 'story.de.txt'], { cwd: dir })).toMatchObject({
      status: 2,
      stderr: 'translint: --source is the original of one text; for several files use --source-dir\n',
    });
  });

  it('takes an original per NDJSON record', () => {
    const dir = fixture();
    const record = { id: 1, text: readFileSync(join(dir, 'story.en.txt'), 'utf8'), source: readFileSync(join(dir, 'story.de.txt'), 'utf8'), sourceLang: 'de' };
    const r = translint(['check', '--ndjson', '--no-default-glossary', '--rules', 'source/', '-'], { cwd: dir, input: `${JSON.stringify(record)}\n` });
    const out = JSON.parse(r.stdout) as { id: number; findings: { text: string }[] };
    expect(out.findings.map((f) => f.text)).toEqual(['Abdulattar', 'Starrer']);
  });

  it('answers an NDJSON record whose original is in a language it does not know with an error line, and goes on', () => {
    const dir = fixture();
    const text = readFileSync(join(dir, 'story.en.txt'), 'utf8');
    const source = readFileSync(join(dir, 'story.de.txt'), 'utf8');
    const input = [{ id: 1, text, source, sourceLang: 'xx' }, { id: 2, text, source, sourceLang: 'de' }].map((r) => JSON.stringify(r)).join('\n') + '\n';
    const r = translint(['check', '--ndjson', '--no-default-glossary', '--rules', 'source/', '-'], { cwd: dir, input });
    const [first, second] = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: number; error?: string; findings?: { text: string }[] });
    expect(first).toEqual({ id: 1, line: 1, error: 'unknown sourceLang "xx" (known: de, fr, es, ru, uk, zh, ja, he)' });
    expect(second?.findings?.map((f) => f.text)).toEqual(['Abdulattar', 'Starrer']);
    expect(r.status).toBe(1);
  });
});
