import { describe, expect, it } from 'vitest';
import { createChecker } from '../../src/engine/checker.ts';
import type { Glossary } from '../../src/glossary/types.ts';
import { parseGlossary } from '../../src/glossary/load.ts';
import { Generational } from '../../src/names/generational.ts';

const glossary: Glossary = parseGlossary(
  JSON.stringify([
    { term: 'Keir Starmer', category: 'person' },
    { term: 'Volodymyr Zelensky', category: 'person' },
    { term: 'Kim Jong-un', category: 'person' },
    { term: 'Kharkiv', category: 'place' },
    { term: 'Saddam Haftar', category: 'person' },
  ]),
  'json',
  'memo-test.json',
);

const texts = [
  'British Prime Minister Keir Starrer said on Monday that Keir Starrer would go to Kharkov.',
  'In Kyiv, Wolodymyr Selenskyj met Kim Jong Un. Later Wolodymyr Selenskyj spoke. Mr Starrer listened.',
  'Gen. Saddam Hatfar, then Saddam Hatfar again; In March Keir Starrer and Kharkov. Starrer said.',
  'Keir Starrer. Keir Starrer said. Kharkov, Kharkov and Keir Starrer.',
];

function nearMisses(checker: ReturnType<typeof createChecker>, text: string): string[] {
  return checker
    .check(text)
    .findings.filter((f) => f.ruleId === 'glossary/near-miss')
    .map((f) => `${f.range.start.offset}-${f.range.end.offset} ${text.slice(f.range.start.offset, f.range.end.offset)} → ${f.suggestions[0]?.text} ${f.confidence}`);
}

describe('name matching memos (src/names/memo.ts)', () => {
  it('finds in a text what a fresh checker finds, after other texts filled the memos', () => {
    const fresh = texts.map((t) => nearMisses(createChecker({ defaultGlossary: false, glossaries: [glossary], rules: ['glossary/near-miss'] }), t));
    const shared = createChecker({ defaultGlossary: false, glossaries: [glossary], rules: ['glossary/near-miss'] });
    // twice over: the second round is served from the memos
    for (let round = 0; round < 2; round++) expect(texts.map((t) => nearMisses(shared, t))).toEqual(fresh);
    // a run repeated in one text is found at each place with that place's range
    expect(fresh[0]).toHaveLength(3);
    expect(fresh[3]!.filter((f) => f.includes('Keir Starrer →')).map((f) => f.split(' ')[0])).toEqual(['0-12', '14-26', '54-66']);
  });

  it('keeps at most its bound, and what is read stays', () => {
    const m = new Generational<number, number>(10);
    for (let i = 0; i < 1000; i++) {
      m.set(i, i);
      expect(m.get(0)).toBe(0); // read every time: never forgotten
      expect(m.size).toBeLessThanOrEqual(10);
    }
    expect(m.get(999)).toBe(999);
    expect(m.get(1)).toBeUndefined();
  });
});
