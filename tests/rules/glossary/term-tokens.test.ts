import { describe, expect, it } from 'vitest';
import { CompiledGlossary } from '../../../src/glossary/compile.ts';
import { ownTermTokens, termTokensOf } from '../../../src/rules/glossary/term-tokens.ts';
import { parseGlossary } from '../../../src/glossary/load.ts';

describe('term tokens of the rules', () => {
  const entries = [
    { term: 'Keir Starmer', category: 'person' },
    { term: "Côte d'Ivoire", category: 'place' },
    { term: 'G7', category: 'organisation' },
  ];
  const glossary = new CompiledGlossary(parseGlossary(JSON.stringify(entries), 'json', 'test-glossary.json').entries);

  it('are the tokens the glossary gives, as separate objects', () => {
    for (let id = 0; id < glossary.size; id++) {
      const own = ownTermTokens(glossary, id);
      const theirs = glossary.termTokens(id);
      expect(own).toEqual(theirs);
      own.forEach((t, k) => expect(t).not.toBe(theirs[k]));
    }
  });

  it('are kept per glossary', () => {
    expect(termTokensOf(glossary, 1)).toBe(termTokensOf(glossary, 1));
    expect(termTokensOf(glossary, 1).map((t) => t.lower)).toEqual(['côte', 'd', "'", 'ivoire']);
  });
});
