import { describe, expect, it } from 'vitest';
import { createDocument } from '../../../src/document/document.ts';
import { tokenize } from '../../../src/document/tokens.ts';
import { stampAll } from '../../../src/engine/run-rule.ts';
import { CompiledGlossary } from '../../../src/glossary/compile.ts';
import rule from '../../../src/rules/bilingual/untranslated.ts';
import { described, runBilingual, xliff } from './helpers.ts';

const run = (tsv: string) => described(runBilingual(rule, tsv));

describe('bilingual/untranslated', () => {
  it('reports an empty target where it stands, with no length', () => {
    const text = 'Guten Morgen\tGood morning\nDie Regierung tritt zurück.\t';
    const r = runBilingual(rule, text);
    expect(described(r)).toEqual([' | the target is empty']);
    expect(text.length).toBe(54);
    expect(r.findings[0]!.range).toEqual({ start: { offset: 54, line: 2, column: 29 }, end: { offset: 54, line: 2, column: 29 } });
    expect(r.findings[0]!.confidence).toBe(0.95);
  });

  it('reports a target with only whitespace or markup', () => {
    expect(run('Guten Morgen\t  ')).toEqual(['   | the target has no text']);
    const r = runBilingual(rule, xliff('Siehe <x id="1"/>Anhang', '<x id="1"/>'), { format: 'xliff' });
    expect(described(r)).toEqual(['<x id="1"/> | the target has no text']);
    const file = xliff('Siehe Anhang', '');
    const at = file.indexOf('</target>');
    const empty = runBilingual(rule, file, { format: 'xliff' });
    expect(empty.findings.map((f) => [f.range.start.offset, f.range.end.offset, f.message])).toEqual([[at, at, 'the target is empty']]);
  });

  it('reports a target that repeats the source, ignoring case and spacing', () => {
    expect(run('Die Regierung tritt zurück.\tdie  Regierung tritt zurück.')).toEqual(['die  Regierung tritt zurück. | the target is the source, untranslated']);
    expect(runBilingual(rule, 'Die Regierung tritt heute zurück.\tDie Regierung tritt heute zurück.').findings[0]!.confidence).toBe(0.9);
    expect(runBilingual(rule, 'Wir danken.\tWir danken.').findings[0]!.confidence).toBe(0.75);
  });

  it('leaves names, titles, single words, numbers and placeholders alone', () => {
    expect(run('Angela Merkel\tAngela Merkel')).toEqual([]);
    expect(run('Deutsche Bank AG\tDeutsche Bank AG')).toEqual([]);
    expect(run('OK\tOK')).toEqual([]);
    expect(run('Status: {status} %d\tStatus: {status} %d')).toEqual([]);
    expect(run('2024\t2024')).toEqual([]);
    expect(run('\t')).toEqual([]);
  });

  it('does nothing on documents without units', () => {
    const doc = createDocument('Die Regierung tritt zurück.');
    const r = stampAll(rule, doc, tokenize(doc.text, doc.segments), new CompiledGlossary([]));
    expect(r.findings).toEqual([]);
  });

  it('documents examples that it flags', () => {
    for (const ex of rule.meta.examples) expect(runBilingual(rule, ex.text).findings.map((f) => f.text)).toContain(ex.flagged);
  });
});
