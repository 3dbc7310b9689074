import { describe, expect, it } from 'vitest';
import { createChecker, parseGlossary } from '../../src/index.ts';
import { CHUNK_CHARS } from '../../src/engine/chunks.ts';
import { parseTsv } from '../../src/inputs/tsv.ts';
import { chunkDocument } from '../../src/engine/unit-findings.ts';
import type { Document, Segment } from '../../src/document/document.ts';

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

  it('gives each part the units whose target starts in it, in order or not', () => {
    const doc = parseTsv(Array.from({ length: 40 }, (_, i) => `Quelle ${i}.\tTarget ${i}.\n`).join(''));
    const segs = doc.segments;
    // parts starting at segments 0, 7, 8 (a part of one segment), 25 and 39
    const chunks: Segment[][] = [segs.slice(0, 7), segs.slice(7, 8), segs.slice(8, 25), segs.slice(25, 39), segs.slice(39)];
    const partsOf = (d: Document) => chunks.map((_, k) => chunkDocument(d, chunks, k).units!.map((u) => d.units!.indexOf(u)));
    const inOrder = partsOf(doc);
    expect(inOrder.flat()).toEqual(doc.units!.map((_, i) => i));
    for (const [k, part] of inOrder.entries()) {
      const from = k === 0 ? -Infinity : chunks[k]![0]!.start;
      const to = chunks[k + 1]?.[0]?.start ?? Infinity;
      for (const i of part) expect(doc.units![i]!.target.start >= from && doc.units![i]!.target.start < to).toBe(true);
    }
    // units listed out of order: the same units per part, in the list's order
    const shuffled = { ...doc, units: [...doc.units!].reverse() };
    expect(partsOf(shuffled).map((p) => p.map((i) => shuffled.units[i]!.target.start).sort((a, b) => a - b))).toEqual(inOrder.map((p) => p.map((i) => doc.units![i]!.target.start)));
  });
});
