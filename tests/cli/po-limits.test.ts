import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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
});
