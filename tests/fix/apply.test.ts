import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../src/engine/checker.ts';
import { applyFixes } from '../../src/fix/apply.ts';
import { unifiedDiff } from '../../src/fix/diff.ts';
import { fixText } from '../../src/fix/fixpoint.ts';
import { checkInFormat } from '../../src/fix/in-format.ts';
import type { Finding } from '../../src/findings/finding.ts';
import { InputError } from '../../src/inputs/errors.ts';
import { parseXml } from '../../src/inputs/xml.ts';
import { parseGlossary } from '../../src/glossary/load.ts';

const glossary = parseGlossary(readFileSync(new URL('../fixtures/glossaries/seed.yaml', import.meta.url), 'utf8'), 'yaml', 'seed.yaml');
const checker = createChecker({ defaultGlossary: false, glossaries: [glossary], rules: ['glossary/', 'title/'] });
const seed = readFileSync(new URL('../../corpora/samples/wire-libya-rwanda.txt', import.meta.url), 'utf8');

describe('applyFixes', () => {
  it('applies every suggestion to the seed and leaves the rest of the text as it was', () => {
    const { findings } = checker.check(seed);
    const { output, applied, skipped } = applyFixes(seed, findings, { suggestions: true });
    expect(skipped).toEqual([]);
    expect(applied.map((f) => `${f.text} → ${f.suggestions[0]!.text}`)).toEqual([
      'Gens Saddam Haftar → Gen. Saddam Haftar',
      'USL system → US asylum system',
      'Keir Starrer → Keir Starmer',
    ]);
    const expected = seed
      .replace('Gens Saddam Haftar', 'Gen. Saddam Haftar')
      .replace('USL system', 'US asylum system')
      .replace('Keir Starrer', 'Keir Starmer');
    expect(output).toBe(expected);
  });

  it('re-checking the corrected text finds none of the fixed findings, and fixing twice changes nothing', () => {
    const once = fixText(checker, seed, { suggestions: true });
    expect(once.remaining.findings.map((f) => f.text)).not.toContain('Keir Starmer');
    expect(once.remaining.findings).toEqual([]);
    const twice = fixText(checker, once.output, { suggestions: true });
    expect(twice.output).toBe(once.output);
    expect(twice.applied).toEqual([]);
  });

  it('applies only safe fixes unless suggestions are asked for', () => {
    const g = parseGlossary('- term: beatings\n  variants: [strikes]\n  fix: suggest\n- term: executive order\n  variants: [executive regulation]', 'yaml', 'g.yaml');
    const c = createChecker({ defaultGlossary: false, glossaries: [g] });
    const text = 'An executive regulation allowed strikes.';
    const { findings } = c.check(text);
    expect(applyFixes(text, findings).output).toBe('An executive order allowed strikes.');
    expect(applyFixes(text, findings, { suggestions: true }).output).toBe('An executive order allowed beatings.');
  });

  it('skips overlapping and stale edits', () => {
    const { findings } = checker.check('Keir Starrer spoke.');
    expect(applyFixes('Keir Starrex spoke.', findings, { suggestions: true }).skipped).toHaveLength(1);
    const dup = [...findings, ...findings];
    const r = applyFixes('Keir Starrer spoke.', dup, { suggestions: true });
    expect(r.output).toBe('Keir Starmer spoke.');
    expect(r.skipped).toHaveLength(1);
  });

  it('undoes a pass whose edits the format cannot read again, instead of blaming the input', () => {
    // a finding made by hand (no rule flags markup as editable) whose suggestion would drop a close tag
    const text = '<doc><p>The Cnn met <b>Gens</b> Haftar.</p></doc>';
    const check = checkInFormat(checker, (t) => parseXml(t, 'a.xml'));
    const at = text.indexOf('Gens</b> Haftar');
    const pos = (offset: number) => ({ offset, line: 1, column: offset + 1 });
    const cnn = text.indexOf('Cnn');
    const made = (start: number, flagged: string, suggestion: string): Finding => ({ ruleId: 'x/y', severity: 'warning', message: 'm', range: { start: pos(start), end: pos(start + flagged.length) }, text: flagged, confidence: 0.9, suggestions: [{ text: suggestion, confidence: 0.9 }] });
    const first = { findings: [made(cnn, 'Cnn', 'CNN'), made(at, 'Gens</b> Haftar', 'Gen. Haftar')], dropped: [] };
    expect(() => check(text.replace('Gens</b> Haftar', 'Gen. Haftar'))).toThrow(InputError);
    const r = fixText(check, text, { suggestions: true }, first);
    expect(r.output).toBe(text);
    expect(r.applied).toEqual([]);
  });

  it('keeps CRLF line endings', () => {
    const text = 'Keir Starrer spoke.\r\nThe USL system is full.\r\n';
    expect(fixText(checker, text, { suggestions: true }).output).toBe('Keir Starmer spoke.\r\nThe US asylum system is full.\r\n');
  });
});

describe('unifiedDiff', () => {
  it('produces a patch that git apply accepts', () => {
    const dir = mkdtempSync(join(tmpdir(), 'translint-diff-'));
    writeFileSync(join(dir, 'story.txt'), seed);
    const fixed = fixText(checker, seed, { suggestions: true }).output;
    const patch = unifiedDiff('story.txt', seed, fixed);
    expect(patch.startsWith('--- a/story.txt\n+++ b/story.txt\n@@ ')).toBe(true);
    writeFileSync(join(dir, 'fix.patch'), patch);
    execFileSync('git', ['apply', '--unsafe-paths', '--directory=.', 'fix.patch'], { cwd: dir });
    expect(readFileSync(join(dir, 'story.txt'), 'utf8')).toBe(fixed);
  });

  it('is empty when nothing changes', () => {
    expect(unifiedDiff('a.txt', 'x', 'x')).toBe('');
  });
});
