import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { translint } from '../helpers/cli.ts';

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'translint-dates-'));
  writeFileSync(join(dir, 'story.txt'), 'Prime Minister Keir Starmer spoke.\n');
  return dir;
}

describe('dates the calendar does not have are refused', () => {
  it.each(['2025-02-30', '2025-02-29', '2025-04-31', '2025-13-01', '2025-00-10'])('--date %s exits 2 with a one-line error', (d) => {
    const dir = folder();
    for (const command of ['check', 'review']) {
      const r = translint([command, '--date', d, 'story.txt'], { cwd: dir });
      expect([command, r.status, r.stdout]).toEqual([command, 2, '']);
      expect(r.stderr).toMatch(new RegExp(`^translint: option '--date <yyyy-mm-dd>' argument '${d}' is invalid\\. must be a date written YYYY-MM-DD that the calendar has\\n$`));
    }
  });

  it('takes a leap day in a leap year', () => {
    expect(translint(['check', '--date', '2024-02-29', 'story.txt'], { cwd: folder() }).status).toBe(0);
  });

  it.each([
    ['g.yaml', '- term: Keir Starmer\n  category: person\n  titles: [Prime Minister]\n  validFrom: 2025-02-30\n', 4, 'validFrom'],
    ['g.json', '[{"term": "Keir Starmer", "category": "person", "titles": ["Prime Minister"],\n  "validUntil": "2023-02-29"}]\n', 2, 'validUntil'],
  ])('a glossary date the calendar does not have (%s) exits 2 naming the file and line', (name, text, line, key) => {
    const dir = folder();
    writeFileSync(join(dir, name), text);
    const r = translint(['check', '--no-default-glossary', '-g', name, '--date', '2025-03-10', 'story.txt'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^translint: [^\\n]*${name.replace('.', '\\.')}:${line}: "${key}" must be a date written YYYY-MM-DD that the calendar has, not "\\d{4}-02-\\d\\d"\\n$`));
  });
});
