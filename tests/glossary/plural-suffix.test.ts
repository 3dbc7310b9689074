import { describe, expect, it } from 'vitest';
import { createDocument } from '../../src/document/document.ts';
import { tokenize } from '../../src/document/tokens.ts';
import { CompiledGlossary } from '../../src/glossary/compile.ts';
import { parseGlossary } from '../../src/glossary/load.ts';

function matches(entries: unknown[], text: string): string[] {
  const g = new CompiledGlossary(parseGlossary(JSON.stringify(entries), 'json', 'g.json').entries);
  const doc = createDocument(text);
  return g.match(doc.text, tokenize(doc.text, doc.segments), doc.segments).map((m) => `${text.slice(m.start, m.end)}|${m.suffix}`);
}

describe('plural suffixes in glossary matching', () => {
  it('reads a word ending in "es" as a plural, and one ending in another letter and "s" as no "es" plural', () => {
    const entries = [{ term: 'Iceland', variants: ['Islande'] }, { term: 'Bush' }, { term: 'Fox News', variants: ['Fox Nachricht'] }];
    expect(matches(entries, 'The Bushes met islanders from Iceland and the Islandes.')).toEqual(['Bushes|es', 'Iceland|', 'Islandes|s']);
    expect(matches(entries, 'Two Fox Nachrichtes and the Fox Nachrichters.')).toEqual(['Fox Nachrichtes|es']);
  });
});
