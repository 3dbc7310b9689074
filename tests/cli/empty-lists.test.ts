import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { translint } from '../helpers/cli.ts';

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'translint-lists-'));
  writeFileSync(join(dir, 'story.txt'), 'Keir Starrer spoke.\n');
  return dir;
}

describe('an option given an empty value is refused, not taken for its default', () => {
  it.each([
    [['check', '--rules', ''], /^translint: option '--rules <ids>' argument '' is invalid\. lists nothing; give at least one id/],
    [['check', '--rules', ',,'], /^translint: option '--rules <ids>' argument ',,' is invalid\. lists nothing/],
    [['check', '--rules', ' , '], /^translint: option '--rules <ids>' argument ' , ' is invalid\. lists nothing/],
    [['check', '--rules', 'glossary/', '--rules', ''], /argument '' is invalid\. lists nothing/],
    [['review', '--rules', ','], /^translint: option '--rules <ids>' argument ',' is invalid\. lists nothing/],
    [['check', '-g', ''], /^translint: --glossary needs a file name, not an empty one$/],
    [['check', '--config', ''], /^translint: --config needs a file name, not an empty one$/],
    [['check', '--source-dir', ''], /^translint: --source-dir needs a folder name, not an empty one$/],
  ])('%j exits 2 with a one-line error', (args, message) => {
    const r = translint([...args, 'story.txt'], { cwd: folder() });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')).toHaveLength(2);
    expect(r.stderr.trimEnd()).toMatch(message);
  });

  it('still takes a list with an empty item among ids', () => {
    const r = translint(['check', '--format', 'json', '--rules', 'glossary/,', 'story.txt'], { cwd: folder() });
    expect(r.status).toBe(0);
    const ids = (JSON.parse(r.stdout) as { files: { findings: { ruleId: string }[] }[] }).files[0]!.findings.map((f) => f.ruleId);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.every((id) => id.startsWith('glossary/'))).toBe(true);
  });
});
