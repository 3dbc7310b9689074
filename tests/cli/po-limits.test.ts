import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_ENTRIES, MAX_FORMS } from '../../src/inputs/po-scan.ts';
import { translint } from '../helpers/cli.ts';

// PO files at the sizes where gettext-parser or our line scan (src/inputs/po.ts) met their limits,
// through the real bin/translint.

interface Report {
  files: { path: string; findings: { ruleId: string; range: { start: { offset: number }; end: { offset: number } } }[] }[];
}

function write(name: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'translint-po-'));
  writeFileSync(join(dir, name), text);
  return dir;
}

describe('PO limits (subprocess)', () => {
  it('reads a msgstr of 12 million characters on one line (its line scan overflowed the stack)', () => {
    const head = 'msgid "a"\nmsgstr "Keir Starrer spoke.';
    const dir = write('big.po', `${head}${' '.repeat(12_000_000)}"\n`);
    const r = translint(['check', '--format', 'json', 'big.po'], { cwd: dir });
    expect([r.status, r.stderr]).toEqual([0, '']);
    const found = (JSON.parse(r.stdout) as Report).files[0]?.findings.map((f) => [f.ruleId, f.range.start.offset, f.range.end.offset]);
    expect(found).toEqual([['glossary/near-miss', 18, 30]]);
  });

  const plural = (forms: string[]) => `msgid "one"\nmsgid_plural "many"\n${forms.map((f, n) => `msgstr[${n}] "${f}"\n`).join('')}`;

  it(`refuses an entry of more than ${MAX_FORMS} msgstr strings, naming the line of the first one too many (30,000 took 12 s)`, () => {
    const dir = write('many.po', plural(Array.from({ length: 30_000 }, () => 'clean')));
    const r = translint(['check', 'many.po'], { cwd: dir });
    expect([r.status, r.stdout, r.stderr]).toEqual([2, '', `translint: many.po:${3 + MAX_FORMS}: more than ${MAX_FORMS} msgstr strings in one entry (no language has that many plural forms)\n`]);
    // msgstr without an index counts the same
    writeFileSync(join(dir, 'plain.po'), `msgid "a"\n${'msgstr "b"\n'.repeat(MAX_FORMS + 1)}`);
    expect(translint(['check', 'plain.po'], { cwd: dir }).stderr).toBe(`translint: plain.po:${2 + MAX_FORMS}: more than ${MAX_FORMS} msgstr strings in one entry (no language has that many plural forms)\n`);
  });

  it(`reads an entry of ${MAX_FORMS} msgstr strings, and an obsolete entry of 30,000 (not read, and no longer slow)`, () => {
    const forms = plural([...Array.from({ length: MAX_FORMS - 1 }, () => 'clean'), 'Keir Starrer']);
    const obsolete = `\n#~ msgid "old"\n#~ msgid_plural "olds"\n${'#~ msgstr[0] "Keir Starrer"\n'.repeat(30_000)}`;
    const dir = write('ok.po', forms + obsolete);
    const r = translint(['check', '--format', 'json', 'ok.po'], { cwd: dir });
    expect([r.status, r.stderr]).toEqual([0, '']);
    const at = forms.lastIndexOf('Keir');
    const found = (JSON.parse(r.stdout) as Report).files[0]?.findings.map((f) => [f.ruleId, f.range.start.offset, f.range.end.offset]);
    expect(found).toEqual([['glossary/near-miss', at, at + 12]]);
  });

  it(`refuses a catalogue of more than ${MAX_ENTRIES.toLocaleString('en')} entries at once, naming the line of the first one too many, and checks the other files`, () => {
    // 2,000,000 entries (63 MB) took 2.1 GB and minutes; refused before any is read
    const entries = Array.from({ length: MAX_ENTRIES + 1 }, (_, k) => `msgid "m${k}"\nmsgstr "n${k}"\n`);
    const dir = write('huge.po', `msgid ""\nmsgstr "Language: de\\n"\n\n${entries.join('\n')}`);
    writeFileSync(join(dir, 'ok.po'), 'msgid "a"\nmsgstr "Keir Starrer spoke."\n');
    const r = translint(['check', '--format', 'json', 'huge.po', 'ok.po'], { cwd: dir });
    // the header's 3 lines, then 3 lines an entry: the header is the first of the entries counted
    const line = 4 + 3 * (MAX_ENTRIES - 1);
    expect([r.status, r.stderr]).toEqual([2, `translint: huge.po:${line}: more than 500,000 entries in one catalogue (the limit, as memory grows with them; split the file)\n`]);
    const files = (JSON.parse(r.stdout) as Report).files.map((f) => [f.path, f.findings.map((x) => x.ruleId)]);
    expect(files).toContainEqual(['ok.po', ['glossary/near-miss']]);
  });
});

