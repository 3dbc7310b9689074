import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/glossary/near-miss.ts';
import { flagged, runRule } from '../../helpers/rule-tester.ts';
import { createDocument } from '../../../src/document/document.ts';
import { tokenize } from '../../../src/document/tokens.ts';
import { stampAll } from '../../../src/engine/run-rule.ts';
import { CompiledGlossary } from '../../../src/glossary/compile.ts';
import { parseGlossary } from '../../../src/glossary/load.ts';

const glossary = [
  { term: 'Keir Starmer', category: 'person' },
  { term: 'Saddam Haftar', category: 'person' },
  { term: 'John Kerry', category: 'person' },
  { term: 'Marco Rubio', category: 'person' },
  { term: 'Marco Polo', category: 'person' },
];

describe('glossary/near-miss', () => {
  it('flags a span one letter away from a glossary term', () => {
    const text = 'British Prime Minister Keir Starrer said.';
    const run = runRule(rule, text, { glossary });
    expect(flagged(run)).toEqual(['Keir Starrer → Keir Starmer']);
    const f = run.findings[0]!;
    expect([f.range.start.offset, f.range.end.offset]).toEqual([23, 35]);
    expect(f.confidence).toBeGreaterThanOrEqual(0.8);
    expect(f.suggestions[0]!.confidence).toBe(f.confidence);
  });

  it('flags transposed and dropped letters in the last name', () => {
    expect(flagged(runRule(rule, 'Saddam Hatfar and Saddam Hafar', { glossary }))).toEqual([
      'Saddam Hatfar → Saddam Haftar',
      'Saddam Hafar → Saddam Haftar',
    ]);
  });

  it('is more confident when the term also appears correctly', () => {
    const alone = runRule(rule, 'Keir Starrer spoke.', { glossary }).findings[0]!;
    const both = runRule(rule, 'Keir Starmer came. Keir Starrer spoke.', { glossary }).findings[0]!;
    expect(both.confidence).toBeGreaterThan(alone.confidence);
  });

  it('does not flag the correct term, other glossary terms, or different names', () => {
    const run = runRule(rule, 'Keir Starmer met Marco Polo, Marco Rubio and John Berry. Keir Hardie was a Labour leader.', { glossary });
    expect(run.findings).toEqual([]);
  });

  it('does not flag a near match whose changed word is far from the term word', () => {
    expect(runRule(rule, 'Saddam Hussein ruled Iraq.', { glossary }).findings).toEqual([]);
  });

  it('does not flag a changed word that is an ordinary English word alone, nor a word of another term', () => {
    // beside a word that is the same, an English word is a misspelling, with less confidence than a non-word
    const starter = runRule(rule, 'Keir Starter spoke.', { glossary }).findings;
    const starrer = runRule(rule, 'Keir Starrer spoke.', { glossary }).findings;
    expect(starter.map((f) => f.text)).toEqual(['Keir Starter']);
    expect(starter[0]!.confidence).toBeLessThan(starrer[0]!.confidence);
    expect(runRule(rule, 'The starter spoke.', { glossary: [{ term: 'Starmer', category: 'person' }] }).findings).toEqual([]);
    const g = [{ term: 'Central African Republic' }, { term: 'Central African' }, { term: 'South Africa' }, { term: 'Foreign Minister' }];
    expect(runRule(rule, 'In Central Africa the Foreign Ministry said so.', { glossary: g }).findings).toEqual([]);
  });

  it('documents an example that it flags', () => {
    for (const ex of rule.meta.examples) expect(flagged(runRule(rule, ex.text, { glossary }))).toContain(`${ex.flagged} → ${ex.suggestion}`);
  });
});

describe('glossary/near-miss with accents', () => {
  const accented = [{ term: 'Pedro Sánchez', category: 'person' }, { term: 'Alberto Núñez Feijóo', category: 'person' }];

  it('flags misplaced or missing accents in any number of words', () => {
    expect(flagged(runRule(rule, 'Prime Minister Pedro Sanchéz said.', { glossary: accented }))).toEqual(['Pedro Sanchéz → Pedro Sánchez']);
    expect(flagged(runRule(rule, 'leader Alberto Nuñez Feijoo said.', { glossary: accented }))).toEqual(['Alberto Nuñez Feijoo → Alberto Núñez Feijóo']);
  });

  it('leaves the correctly accented name alone, and names written without accents (a house style)', () => {
    expect(runRule(rule, 'Pedro Sánchez and Alberto Núñez Feijóo met.', { glossary: accented }).findings).toEqual([]);
    expect(runRule(rule, 'Pedro Sanchez and Alberto Nunez Feijoo met.', { glossary: accented }).findings).toEqual([]);
  });
});

describe('glossary/near-miss with a glossary that has served many checks', () => {
  it('finds the same near misses once its word filter is built', () => {
    const entries = parseGlossary(JSON.stringify(glossary), 'json', 'test-glossary.json').entries;
    const compiled = new CompiledGlossary(entries);
    const texts = ['British Prime Minister Keir Starrer said.', 'Saddam Hafter met John Kery.', 'Nothing to see here, Marco.'];
    const run = (text: string) => {
      const doc = createDocument(text);
      return stampAll(rule, doc, tokenize(doc.text, doc.segments), compiled).findings.map((f) => `${f.text} → ${f.suggestions[0]?.text}`);
    };
    const first = texts.map(run);
    for (let i = 0; i < 200; i++) run(texts[i % texts.length] as string);
    expect(texts.map(run)).toEqual(first);
    expect(first[0]).toEqual(['Keir Starrer → Keir Starmer']);
  });
});

describe('glossary/near-miss on a word of four letters', () => {
  const places = [
    { term: 'Izyum', category: 'place' },
    { term: 'Bucha', category: 'place' },
  ];
  it('flags a place with one letter inside it left out, first and last kept', () => {
    expect(flagged(runRule(rule, 'Troops left Izum yesterday.', { glossary: places }))).toEqual(['Izum → Izyum']);
  });

  it('leaves the name cut at its end alone: Buch is a place of its own (in Berlin), not Bucha', () => {
    expect(runRule(rule, 'The clinic in Buch reopened.', { glossary: places }).findings).toEqual([]);
    expect(runRule(rule, 'He reached Buka by boat.', { glossary: places }).findings).toEqual([]);
  });
});
