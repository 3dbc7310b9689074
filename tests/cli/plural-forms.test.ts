import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { translint } from '../helpers/cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'translint-plurals-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HEADER = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n\n';

/** Writes `text` as `name` in the temporary folder and checks it, JSON report, rules bilingual/ only. */
function check(name: string, text: string) {
  const path = join(dir, name);
  writeFileSync(path, text);
  return { path, ...translint(['check', '--rules', 'bilingual/', '--format', 'json', path]) };
}

describe('a PO file whose entries have more or fewer plural forms than its header (subprocess)', () => {
  it('is read, each entry reported: exit 1, not a refused file', () => {
    const text = `${HEADER}msgid "a file"\nmsgid_plural "%d files"\nmsgstr[0] "one file"\n\nmsgid "a day"\nmsgid_plural "%d days"\nmsgstr[0] "one day"\nmsgstr[1] "%d days"\nmsgstr[2] "%d days again"\n`;
    const r = check('plurals.po', text);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    const { files } = JSON.parse(r.stdout) as { files: { findings: { ruleId: string; severity: string; text: string; message: string; range: { start: { offset: number; line: number; column: number }; end: { offset: number } } }[] }[] };
    const findings = files[0]?.findings ?? [];
    expect(findings.map((f) => [f.ruleId, f.severity, `${f.range.start.line}:${f.range.start.column}`, f.text, f.message])).toEqual([
      ['bilingual/plural-forms', 'error', '7:15', '%d files', "msgstr[1] is missing: the header's Plural-Forms has nplurals=2, this entry 1 form"],
      ['bilingual/plural-forms', 'error', '14:12', '%d days again', "msgstr[2] is past the header's Plural-Forms: nplurals=2 (msgstr[0] to msgstr[1]): no count shows it"],
    ]);
    const source = readFileSync(r.path, 'utf8');
    for (const f of findings) expect(source.slice(f.range.start.offset, f.range.end.offset)).toBe(f.text);
  });

  it.each([
    ['a broken header', 'msgid ""\nmsgstr ""\n"Plural-Forms: nplurals=2\n\nmsgid "a"\nmsgstr "b"\n', 3],
    ['a syntax error in an entry', `${HEADER}msgid "a file"\nmsgid_plural "%d files"\nmsgstr[0] "one file\nmsgstr[1] "%d files"\n`, 8],
  ])('still refuses %s: exit 2, one line naming the file and line', (_, text, line) => {
    const r = check('broken.po', text);
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(r.stderr).toMatch(new RegExp(`^translint: ${r.path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:${line}: `));
  });
});
