import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../src/engine/checker.ts';
import { conflictsAcross } from '../../src/glossary/conflicts.ts';
import { parseGlossary } from '../../src/glossary/load.ts';
import { translint } from '../helpers/cli.ts';

const A = '- term: Keir Starmer\n  variants: [Keir Starrer]\n- term: State Department\n  variants: [Foreign Ministry]\n';
const B = '- term: Olaf Scholz\n- term: keir starmer\n- term: Foreign Office\n  variants: [Foreign Ministry]\n- term: Starrer\n  variants: [State Department]\n';
const a = parseGlossary(A, 'yaml', 'a.yaml');
const b = parseGlossary(B, 'yaml', 'b.yaml');

describe('two glossaries that define the same term or variant', () => {
  it('warn once each, naming both files and lines', () => {
    expect(conflictsAcross([a, b])).toEqual([
      'b.yaml:2: term "keir starmer" is also defined in a.yaml:1',
      'b.yaml:3: variant "Foreign Ministry" of "Foreign Office" is also a variant of "State Department" in a.yaml:3',
      'b.yaml:5: variant "State Department" of "Starrer" is the term of a.yaml:3',
    ]);
  });

  it('say nothing for one glossary, or glossaries that do not meet', () => {
    expect(conflictsAcross([a])).toEqual([]);
    expect(conflictsAcross([a, parseGlossary('- term: Olaf Scholz\n', 'yaml', 'c.yaml')])).toEqual([]);
  });

  it('are on the checker, including the bundled glossary when the definitions disagree', () => {
    const disagrees = createChecker({ glossaries: [parseGlossary('- term: Keir Starmer\n  caseSensitive: true\n', 'yaml', 'mine.yaml')] });
    expect(disagrees.conflicts).toEqual([expect.stringMatching(/^mine\.yaml:1: term "Keir Starmer" is also defined in .*news\.yaml:\d+ \(caseSensitive: false there, true here\)$/)]);
  });

  it('say nothing when a user glossary repeats a bundled term the same way', () => {
    const repeats = createChecker({ glossaries: [parseGlossary('- term: Keir Starmer\n', 'yaml', 'mine.yaml')] });
    expect(repeats.conflicts).toEqual([]);
  });

  it('are printed by translint check, once', () => {
    const dir = mkdtempSync(join(tmpdir(), 'translint-conflicts-'));
    writeFileSync(join(dir, 'a.yaml'), A);
    writeFileSync(join(dir, 'b.yaml'), B);
    writeFileSync(join(dir, 'story.txt'), 'Keir Starrer met the Foreign Ministry.\n');
    const r = translint(['check', '--no-default-glossary', '-g', 'a.yaml', '-g', 'b.yaml', 'story.txt'], { cwd: dir });
    const warned = r.stderr.split('\n').filter((l) => l.includes('also defined in'));
    expect(warned).toEqual([expect.stringContaining('b.yaml:2: term "keir starmer" is also defined in a.yaml:1')]);
  });
});
