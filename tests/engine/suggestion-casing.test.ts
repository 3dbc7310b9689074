import { describe, expect, it } from 'vitest';
import { createChecker } from '../../src/engine/checker.ts';
import { parseGlossary } from '../../src/glossary/load.ts';

const glossary = parseGlossary(
  JSON.stringify([
    { term: 'federal chancellor', variants: ['federal canzler'] },
    { term: 'State Department', variants: ['Foreign Ministry'] },
    { term: 'iPhone', variants: ['I-Phone'], caseSensitive: true },
    { term: 'Keir Starmer', category: 'person' },
  ]),
  'json',
  'casing.json',
);
const checker = createChecker({ defaultGlossary: false, glossaries: [glossary], rules: ['glossary/'] });
const suggested = (text: string) => checker.check(text).findings.map((f) => `${f.text} → ${f.suggestions[0]?.text}`);

describe('a glossary suggestion follows the capitalisation of the text it replaces', () => {
  it.each([
    ['The Federal Canzler spoke.', 'Federal Canzler → Federal Chancellor'],
    ['The federal canzler spoke.', 'federal canzler → federal chancellor'],
    ['Federal canzler Merz spoke.', 'Federal canzler → Federal chancellor'],
    ['THE FEDERAL CANZLER SPOKE.', 'FEDERAL CANZLER → FEDERAL CHANCELLOR'],
    ['The federal canzlers met.', 'federal canzlers → federal chancellors'],
    ['He called the foreign ministry.', 'foreign ministry → State Department'],
    ['I-Phone sales fell.', 'I-Phone → iPhone'],
    ['Later, Keir Starrer spoke.', 'Keir Starrer → Keir Starmer'],
  ])('%j', (text, expected) => {
    expect(suggested(text)).toEqual([expected]);
  });
});
