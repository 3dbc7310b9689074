import { describe, expect, it } from 'vitest';
import { createChecker, parseGlossary } from '../../src/index.ts';
import { CHUNK_CHARS } from '../../src/engine/chunks.ts';
import { parseTsv } from '../../src/inputs/tsv.ts';

const glossary = parseGlossary('[{"term": "Keir Starmer", "variants": ["Keir Starrer"]}]', 'json', 'g.json');
const checker = createChecker({ defaultGlossary: false, glossaries: [glossary], rules: ['glossary/', 'bilingual/'] });

describe('findings on whole translation units', () => {
  it('keep a whole-target finding and the findings inside the target', () => {
    const doc = parseTsv('Keir Starmer kam um 10 Uhr.\tKeir Starrer came.\n');
    const { findings, dropped } = checker.check(doc);
    expect(findings.map((f) => [f.ruleId, f.text])).toEqual([
      ['glossary/variant', 'Keir Starrer'],
      ['bilingual/numbers', 'Keir Starrer came.'],
    ]);
    expect(dropped.filter((d) => d.reason.startsWith('overlaps'))).toEqual([]);
  });

  it('are found once per unit when a large document is checked in parts', () => {
    const row = 'Die Regierung hat heute beraten.\tThe government met today to talk.\n';
    const rows = Math.ceil((2.5 * CHUNK_CHARS) / 33);
    const lines = Array.from({ length: rows }, () => row);
    lines[Math.floor(rows / 2)] = 'Die Regierung tritt zurück.\tDie Regierung tritt zurück.\n';
    lines[rows - 1] = 'Es gab 12 Tote.\t\n';
    const { findings } = checker.check(parseTsv(lines.join('')));
    expect(findings.map((f) => [f.ruleId, f.range.start.line, f.message])).toEqual([
      ['bilingual/untranslated', Math.floor(rows / 2) + 1, 'the target is the source, untranslated'],
      ['bilingual/untranslated', rows, 'the target is empty'],
    ]);
  });
});
