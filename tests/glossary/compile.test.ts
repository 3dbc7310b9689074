import { describe, expect, it } from 'vitest';
import { createDocument } from '../../src/document/document.ts';
import { tokenize } from '../../src/document/tokens.ts';
import { CompiledGlossary } from '../../src/glossary/compile.ts';
import { parseGlossary } from '../../src/glossary/load.ts';

function matches(yaml: string, text: string): string[] {
  const g = new CompiledGlossary(parseGlossary(yaml, 'yaml').entries);
  const doc = createDocument(text);
  return g.match(text, tokenize(text, doc.segments), doc.segments).map((m) => `${text.slice(m.start, m.end)}=${m.kind}:${m.entry.term}`);
}

describe('CompiledGlossary.match', () => {
  it('tells apart patterns that share their first words', () => {
    const yaml = [
      '- term: State Department',
      '  variants: [State Ministry, State Office of Foreign Affairs]',
      '- term: State Duma',
      '- term: Stateless',
    ].join('\n');
    expect(matches(yaml, 'The State Department, the State Ministry, the State Duma and the State Office of Foreign Affairs; a State Office.')).toEqual([
      'State Department=term:State Department',
      'State Ministry=variant:State Department',
      'State Duma=term:State Duma',
      'State Office of Foreign Affairs=variant:State Department',
    ]);
  });

  it('matches a form shared by thousands of entries for the first 32 only, at each place', () => {
    // a glossary mistake ("a" as the wrong form of every entry) made a match per entry at each "a"
    const yaml = Array.from({ length: 2000 }, (_, i) => `- term: Term${i}\n  variants: [a]`).join('\n');
    const found = matches(yaml, 'a cat and a dog');
    expect(found).toHaveLength(64);
    expect(found.slice(0, 2)).toEqual(['a=variant:Term0', 'a=variant:Term1']);
    expect(found[31]).toBe('a=variant:Term31');
  });

  it('matches the spacing of the pattern, and plural endings', () => {
    const yaml = '- term: third-party\n  variants: [third -party]\n- term: ceasefire\n  variants: [cease fire]';
    expect(matches(yaml, 'a third -party vendor, a third-party one, third - party, two cease fires')).toEqual([
      'third -party=variant:third-party',
      'third-party=term:third-party',
      'cease fires=variant:ceasefire',
    ]);
  });

  it('holds case-sensitive entries to their case, plural included', () => {
    const yaml = '- term: US Agency\n  caseSensitive: true\n  variants: [USA Gency]';
    expect(matches(yaml, 'USA Gency, usa gency, USA Gencys, US Agency, us agency')).toEqual([
      'USA Gency=variant:US Agency',
      'USA Gencys=variant:US Agency',
      'US Agency=term:US Agency',
    ]);
  });

  it('checks the spacing of a term of more than 32 tokens from its text', () => {
    const words = Array.from({ length: 34 }, (_, i) => `w${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`);
    const term = `${words.slice(0, 33).join(' ')}-${words[33]}`;
    const yaml = `- term: ${JSON.stringify(term)}`;
    expect(matches(yaml, `x ${term} y`)).toEqual([`${term}=term:${term}`]);
    expect(matches(yaml, `x ${term.replace('-', ' -')} y`)).toEqual([]);
  });

  it('keeps apart entries of two glossaries and numbers them in order', () => {
    const a = parseGlossary('- term: Keir Starmer\n  variants: [Keir Starrer]', 'yaml', 'a.yaml');
    const b = parseGlossary('- term: Marco Rubio\n  variants: [Marco Rubbio]\n- term: Keir Starmer', 'yaml', 'b.yaml');
    const g = new CompiledGlossary([a, b]);
    expect(g.size).toBe(3);
    expect([g.term(0), g.term(1), g.term(2)]).toEqual(['Keir Starmer', 'Marco Rubio', 'Keir Starmer']);
    const text = 'Keir Starrer and Marco Rubbio.';
    const doc = createDocument(text);
    expect(g.match(text, tokenize(text, doc.segments), doc.segments).map((m) => `${m.entry.glossary}:${m.entry.term}`)).toEqual(['a.yaml:Keir Starmer', 'b.yaml:Marco Rubio']);
    expect(g.termsByLower.get('keir starmer')?.glossary).toBe('a.yaml');
    expect(g.termWordsOf('starmer')?.map((w) => [w.id, w.position])).toEqual([[0, 1], [2, 1]]);
    expect(g.hasTermWord('rubio')).toBe(true);
    expect(g.hasTermWord('rubbio')).toBe(false);
  });
});
