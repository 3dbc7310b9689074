import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, translint } from '../helpers/cli.ts';

interface Out {
  files: {
    path: string;
    findings: { ruleId: string; severity: string; message: string; text: string; range: { start: { offset: number; line: number; column: number }; end: { offset: number } }; suggestions: { text: string }[] }[];
  }[];
}

const SAMPLE = 'corpora/samples/bilingual.xlf';
const TBX = 'corpora/glossaries/sample.tbx';

describe('bilingual checks through the CLI (subprocess)', () => {
  it('finds the key-term error, the changed number, the missing placeholder and the untranslated units of the sample XLIFF', () => {
    const r = translint(['check', '--glossary', TBX, '--format', 'json', SAMPLE]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      [
        `translint: warning: ${TBX}:89: concept "c4" has no preferred or admitted English term; skipped`,
        // terms the bundled glossary defines differently: reported, never merged silently (the same definition is silent)
        `translint: warning: ${TBX}:13: term "State Department" is also defined in translint/corpora/glossaries/news.yaml:1286 (fix: suggest there, auto here)`,
        `translint: warning: ${TBX}:48: term "executive order" is also defined in translint/corpora/glossaries/news.yaml:4139 (fix: suggest there, auto here)`,
        '',
      ].join('\n'),
    );
    const source = readFileSync(join(ROOT, SAMPLE), 'utf8');
    const findings = (JSON.parse(r.stdout) as Out).files[0]!.findings;
    expect(findings.map((f) => [f.ruleId, f.severity, `${f.range.start.line}:${f.range.start.column}`, f.text, f.message, f.suggestions[0]?.text])).toEqual([
      ['bilingual/key-term', 'warning', '7:17', 'Ministry warns against travel to the region', 'source has "Außenministerium": the target should say "State Department" or "Department of State"', undefined],
      ['bilingual/numbers', 'warning', '11:27', '1,050', 'the source has "1.500" where the target has "1,050"', '1,500'],
      ['bilingual/placeholders', 'error', '15:17', 'By <g id="1">{author}</g>, minutes to read', 'the target lacks "%s" from the source', undefined],
      ['bilingual/untranslated', 'warning', '19:17', 'Die Lage bleibt angespannt, sagte ein Sprecher.', 'the target is the source, untranslated', undefined],
      ['bilingual/untranslated', 'warning', '27:18', '', 'the target is empty', undefined],
    ]);
    for (const f of findings) expect(source.slice(f.range.start.offset, f.range.end.offset)).toBe(f.text);
    // an empty <target/> is reported with no length where its content would stand, after the tag
    expect(source.slice(findings[4]!.range.start.offset - 9, findings[4]!.range.start.offset)).toBe('<target/>');
  });

  it('prints what docs/bilingual.md shows', () => {
    const r = translint(['check', '--no-color', '--glossary', TBX, SAMPLE]);
    const docs = readFileSync(join(ROOT, 'docs/bilingual.md'), 'utf8');
    expect(docs).toContain(`\n${r.stdout}${r.stderr}\`\`\``);
  });

  it('runs no bilingual check without the glossary source terms or with the group turned off', () => {
    const r = translint(['check', '--format', 'json', '--rules', 'bilingual/key-term', SAMPLE]);
    expect((JSON.parse(r.stdout) as Out).files[0]!.findings).toEqual([]);
    expect(r.status).toBe(0);
  });

  it('reads a bilingual TSV from stdin with --input-format tsv', () => {
    const tsv = 'id\tsource\ttarget\nt1\tHallo {name}, Sie haben 3 neue Nachrichten.\tHello {nom}, you have 4 new messages.\nt2\tDas Außenministerium\tThe State Department\n';
    const r = translint(['check', '--no-default-glossary', '--glossary', TBX, '--rules', 'bilingual/', '--input-format', 'tsv', '--format', 'json', '-'], { input: tsv });
    const findings = (JSON.parse(r.stdout) as Out).files[0]!.findings;
    expect(findings.map((f) => [f.ruleId, f.text, f.range.start.offset])).toEqual([
      ['bilingual/placeholders', '{nom}', 70],
      ['bilingual/numbers', '4', 86],
    ]);
    expect([tsv.indexOf('{nom}'), tsv.indexOf('4 new')]).toEqual([70, 86]);
    expect(r.status).toBe(1);
  });

  it('fixes a renamed placeholder with --fix on stdin', () => {
    const r = translint(['check', '--no-default-glossary', '--rules', 'bilingual/', '--input-format', 'tsv', '--fix', '-'], { input: 'Hallo {name}\tHello {nom}\n' });
    expect(r.stdout).toBe('Hallo {name}\tHello {name}\n');
  });
});
