import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/bilingual/key-term.ts';
import { described, runBilingual } from './helpers.ts';

const glossary = [
  { term: 'State Department', variants: ['Foreign Ministry'], source: { de: ['Außenministerium', 'Auswärtiges Amt'], fr: 'ministère des Affaires étrangères' } },
  { term: 'Department of State', source: { de: 'Außenministerium' } },
  { term: 'Bundestag', source: { de: ['Bundestag', '/Bundestag(?:es|s)?/'] } },
  { term: 'ministry', source: { de: 'Ministerium', es: 'ministerio' } },
  { term: 'the Left', source: { de: 'Die Linke' }, caseSensitive: true },
];
const run = (tsv: string, sourceLang?: 'de' | 'fr' | 'es') => described(runBilingual(rule, tsv, { glossary, ...(sourceLang ? { sourceLang } : {}) }));

describe('bilingual/key-term', () => {
  it('reports a target without the approved term on the whole target', () => {
    const r = runBilingual(rule, 'Das Außenministerium teilte mit.\tThe foreign office said.', { glossary });
    expect(described(r)).toEqual(['The foreign office said. | source has "Außenministerium": the target should say "State Department" or "Department of State"']);
    expect(r.findings[0]!.confidence).toBe(0.8);
    expect(r.findings[0]!.suggestions).toEqual([]);
    expect(r.findings[0]!.entry).toMatchObject({ term: 'State Department', glossary: 'test-glossary.json' });
  });

  it('reports a known wrong variant on the variant, suggesting the term', () => {
    const r = runBilingual(rule, 'Das Auswärtige Amt und das AUSWÄRTIGES AMT\tThe Foreign Ministry said.', { glossary });
    expect(described(r)).toEqual(['Foreign Ministry | source has "AUSWÄRTIGES AMT": the target should say "State Department" → State Department']);
    expect(r.findings[0]!.range.start.offset).toBe(47);
    expect(r.findings[0]!.confidence).toBe(0.9);
  });

  it('accepts the term, any entry sharing the source term, plurals and possessives', () => {
    expect(run('Das Außenministerium\tThe State Department')).toEqual([]);
    expect(run('Das Außenministerium\tthe state department’s view')).toEqual([]);
    expect(run('Das Außenministerium\tThe Department of State')).toEqual([]);
    expect(run('Zwei Ministerium\ttwo ministries')).toEqual([]);
  });

  it('matches whole source words only, any case, and a longer source term before a shorter one inside it', () => {
    expect(run('Die Ministeriumsreform\tThe reform')).toEqual([]);
    expect(run('das MINISTERIUM\tthe office')).toEqual(['the office | source has "MINISTERIUM": the target should say "ministry"']);
    expect(run('Das Außenministerium\tThe State Department')).toEqual([]);
  });

  it('matches regular-expression source terms at word boundaries, with lower confidence', () => {
    const r = runBilingual(rule, 'Im Bundestages Plenum\tIn the plenary', { glossary: [glossary[2]] });
    expect(described(r)).toEqual(['In the plenary | source has "Bundestages": the target should say "Bundestag"']);
    expect(r.findings[0]!.confidence).toBe(0.7);
  });

  it('keeps case-sensitive terms case-sensitive in the target', () => {
    expect(run('Die Linke stimmte zu\tthe left agreed')).toEqual(['the left agreed | source has "Die Linke": the target should say "the Left"']);
    expect(run('Die Linke stimmte zu\tthe Left agreed')).toEqual([]);
  });

  it('uses the source language when given, else every language', () => {
    expect(run('El ministerio\tThe office')).toEqual(['The office | source has "ministerio": the target should say "ministry"']);
    expect(run('El ministerio\tThe office', 'de')).toEqual([]);
    expect(run('le ministère des Affaires étrangères\tthe ministry', 'fr')).toEqual([
      'the ministry | source has "ministère des Affaires étrangères": the target should say "State Department"',
    ]);
  });

  it('does nothing without source terms, without a source, or on an empty target (left to bilingual/untranslated)', () => {
    expect(described(runBilingual(rule, 'Das Außenministerium\tThe office', { glossary: [{ term: 'State Department' }] }))).toEqual([]);
    expect(run('Das Außenministerium\t')).toEqual([]);
    const noSource = '<xliff version="1.2"><file><body><trans-unit id="a"><target>Das Außenministerium</target></trans-unit></body></file></xliff>';
    expect(described(runBilingual(rule, noSource, { glossary, format: 'xliff' }))).toEqual([]);
  });

  it('documents examples that it flags', () => {
    for (const ex of rule.meta.examples) {
      const r = runBilingual(rule, ex.text, { glossary });
      expect(r.findings.map((f) => f.text)).toContain(ex.flagged);
      expect(r.findings.find((f) => f.text === ex.flagged)?.suggestions[0]?.text).toBe(ex.suggestion);
    }
  });
});
