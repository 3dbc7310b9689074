import { describe, expect, it } from 'vitest';
import {
  AnnotationError,
  countWords,
  lineColumn,
  parseAnnotated,
  scoreCorpus,
  suggestionMatches,
  type FindingLike,
} from './score.ts';

function finding(ruleId: string, start: number, end: number, suggestion?: string, confidence = 0.9): FindingLike {
  return {
    ruleId,
    confidence,
    range: { start: { offset: start }, end: { offset: end } },
    suggestions: suggestion === undefined ? [] : [{ text: suggestion }],
  };
}

/** A finding covering the first occurrence of `needle` in `text`. */
function at(text: string, needle: string, ruleId: string, suggestion?: string, confidence?: number): FindingLike {
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`not found: ${needle}`);
  return finding(ruleId, i, i + needle.length, suggestion, confidence);
}

describe('parseAnnotated', () => {
  it('strips markup and records spans in the stripped text', () => {
    const p = parseAnnotated('PM {{Keir Starrer=>Keir Starmer|name}} met {{Gens Saddam Haftar=>Gen. Saddam Haftar|title}}.', 'a.txt');
    expect(p.text).toBe('PM Keir Starrer met Gens Saddam Haftar.');
    expect(p.items).toHaveLength(2);
    const [a, b] = p.items;
    expect(a).toMatchObject({ file: 'a.txt', index: 0, text: 'Keir Starrer', expected: 'Keir Starmer', category: 'name', start: 3, end: 15, catchable: true });
    expect(p.text.slice(a!.start, a!.end)).toBe('Keir Starrer');
    expect(b).toMatchObject({ text: 'Gens Saddam Haftar', expected: 'Gen. Saddam Haftar', category: 'title' });
    expect(p.text.slice(b!.start, b!.end)).toBe('Gens Saddam Haftar');
  });

  it('supports empty corrections, multi-line spans and line/column', () => {
    const p = parseAnnotated('{{close\nclose=>|artefact}}\n\nText here.\n{{Leave a Comment=>|artefact}}');
    expect(p.text).toBe('close\nclose\n\nText here.\nLeave a Comment');
    expect(p.items[0]).toMatchObject({ text: 'close\nclose', expected: '', start: 0, end: 11, line: 1, column: 1 });
    expect(p.items[1]).toMatchObject({ text: 'Leave a Comment', line: 5, column: 1 });
    expect(p.text.slice(p.items[1]!.start, p.items[1]!.end)).toBe('Leave a Comment');
  });

  it('keeps "|" and "=>" inside corrections and uses the last "|" for the category', () => {
    const p = parseAnnotated('x {{a -> b=>a => b|other}} y');
    expect(p.items[0]).toMatchObject({ text: 'a -> b', expected: 'a => b', category: 'other' });
  });

  it('computes offsets in UTF-16 code units after non-ASCII text', () => {
    const p = parseAnnotated('„Zitat“ – {{Pedro Sanchéz=>Pedro Sánchez|name}} 😀 {{EE.UU.=>US|acronym}}');
    for (const it of p.items) expect(p.text.slice(it.start, it.end)).toBe(it.text);
  });

  it('marks uncatchable items by exact text (every occurrence)', () => {
    const p = parseAnnotated('{{devoured by=>mired in|other}} and {{x=>y|calque}} and {{devoured by=>mired in|other}}', 'f', ['devoured by']);
    expect(p.items.map((i) => i.catchable)).toEqual([false, true, false]);
  });

  it('rejects malformed markup', () => {
    expect(() => parseAnnotated('a {{b=>c}} d')).toThrow(AnnotationError);
    expect(() => parseAnnotated('a {{b|name}} d')).toThrow(/=>/);
    expect(() => parseAnnotated('a {{b=>c|nonsense}} d')).toThrow(/unknown category/);
    expect(() => parseAnnotated('a {{b=>c|name d')).toThrow(/closing/);
    expect(() => parseAnnotated('a b}} d')).toThrow(/without a matching/);
    expect(() => parseAnnotated('a {{=>c|name}} d')).toThrow(/empty wrong/);
    expect(() => parseAnnotated('a {{b=>b|name}} d')).toThrow(/equals/);
    expect(() => parseAnnotated('a {{b=>c|name}}', 'f', ['zzz'])).toThrow(/match no item/);
  });
});

describe('helpers', () => {
  it('lineColumn is 1-based', () => {
    expect(lineColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });

  it('countWords counts tokens containing a letter or digit', () => {
    expect(countWords('The jury – said 1,000 “things”.\n\n— ok')).toBe(6);
  });

  it('suggestionMatches compares the resulting text over the union of both ranges', () => {
    const text = 'PM Keir Starrer said';
    const item = { start: 3, end: 15, expected: 'Keir Starmer' };
    expect(suggestionMatches(text, item, finding('r', 3, 15), 'Keir Starmer')).toBe(true);
    expect(suggestionMatches(text, item, finding('r', 8, 15), 'Starmer')).toBe(true); // narrower finding
    expect(suggestionMatches(text, item, finding('r', 0, 15), 'PM Keir Starmer')).toBe(true); // wider finding
    expect(suggestionMatches(text, item, finding('r', 8, 15), 'Starrmer')).toBe(false);
    const t2 = 'such as: B. a scholarship';
    const it2 = { start: 0, end: 13, expected: 'such as a' };
    expect(suggestionMatches(t2, it2, finding('r', 7, 11), '')).toBe(true); // delete ": B."
  });
});

describe('scoreCorpus', () => {
  const passage = parseAnnotated(
    'Chancellor {{Friedrich März=>Friedrich Merz|name}} signed an {{executive regulation=>executive order|calque}}. ' +
      'The plan was {{devoured by=>mired in|other}} problems. {{Leave a Comment=>|artefact}}',
    'p.txt',
    ['devoured by'],
  );
  const t = passage.text;

  it('handles no findings', () => {
    const r = scoreCorpus([{ passage, findings: [] }], [{ file: 'clean.txt', text: 'one two three four', findings: [] }]);
    expect(r.overall).toMatchObject({ findings: 0, precision: null, hits: 0, catchable: 3, recall: 0, suggestionAccuracy: null, cleanWords: 4, falseFlagsPer1000: 0 });
    expect(r.missed.map((i) => i.text)).toEqual(['Friedrich März', 'executive regulation', 'Leave a Comment']);
    expect(r.corpus).toMatchObject({ passages: 1, items: 4, catchable: 3, cleanWords: 4 });
  });

  it('computes recall, precision, suggestion accuracy and false flags per rule and overall', () => {
    const findings = [
      at(t, 'März', 'glossary', 'Merz'), // hit, right suggestion (narrower range)
      at(t, 'executive regulation', 'calque', 'executive decree'), // hit, wrong suggestion
      at(t, 'signed', 'calque', 'inked'), // false flag
      at(t, 'devoured', 'calque'), // hit on an uncatchable item: correct for precision, not recall
      at(t, 'Leave a Comment', 'furniture', ''), // hit, expected empty: no suggestion check
    ];
    const cleanText = Array.from({ length: 500 }, (_, i) => `w${i}`).join(' ');
    const clean = [{ file: 'c.txt', text: cleanText, findings: [finding('calque', 0, 2)] }];
    const r = scoreCorpus([{ passage, findings }], clean);

    expect(r.overall.findings).toBe(5);
    expect(r.overall.truePositives).toBe(4);
    expect(r.overall.precision).toBeCloseTo(4 / 5);
    expect(r.overall.hits).toBe(3);
    expect(r.overall.recall).toBeCloseTo(1);
    expect(r.overall.suggestionChecked).toBe(2);
    expect(r.overall.suggestionCorrect).toBe(1);
    expect(r.overall.suggestionAccuracy).toBeCloseTo(0.5);
    expect(r.overall.falseFlagsPer1000).toBeCloseTo(2);
    expect(r.uncatchableHits).toBe(1);

    expect(Object.keys(r.rules)).toEqual(['calque', 'furniture', 'glossary']);
    expect(r.rules.glossary).toMatchObject({ findings: 1, truePositives: 1, precision: 1, hits: 1, suggestionAccuracy: 1, cleanFindings: 0 });
    expect(r.rules.glossary!.recall).toBeCloseTo(1 / 3);
    expect(r.rules.calque).toMatchObject({ findings: 3, truePositives: 2, hits: 1, suggestionAccuracy: 0, cleanFindings: 1 });
    expect(r.rules.calque!.precision).toBeCloseTo(2 / 3);
    expect(r.rules.calque!.falseFlagsPer1000).toBeCloseTo(2);
    expect(r.rules.furniture).toMatchObject({ hits: 1, suggestionChecked: 0, suggestionAccuracy: null });

    expect(r.passageFalseFlags).toHaveLength(1);
    expect(r.passageFalseFlags[0]).toMatchObject({ file: 'p.txt', text: 'signed', line: 1 });
    expect(r.cleanFalseFlags).toHaveLength(1);
    expect(r.cleanFalseFlags[0]!.text).toBe('w0');
    expect(r.wrongSuggestions.map((w) => [w.item.text, w.got])).toEqual([['executive regulation', 'executive decree']]);
    expect(r.categories.name).toMatchObject({ items: 1, catchable: 1, hits: 1, recall: 1 });
    expect(r.categories.other).toMatchObject({ items: 1, catchable: 0, hits: 0, recall: null });
    expect(r.missed).toEqual([]);
  });

  it('attributes an item hit by several findings to the largest overlap, then the highest confidence', () => {
    const findings = [
      at(t, 'März', 'spelling', 'Merz', 0.99),
      at(t, 'Friedrich März', 'glossary', 'Friedrich Merz', 0.5),
      at(t, 'executive regulation', 'a-rule', 'executive order', 0.6),
      at(t, 'executive regulation', 'b-rule', 'executive orders', 0.8),
    ];
    const r = scoreCorpus([{ passage, findings }], []);
    expect(r.rules.glossary!.hits).toBe(1);
    expect(r.rules.spelling!.hits).toBe(0);
    expect(r.rules.spelling!.truePositives).toBe(1); // still a correct finding for precision
    expect(r.rules['b-rule']!.hits).toBe(1);
    expect(r.rules['b-rule']!.suggestionCorrect).toBe(0);
    expect(r.overall.hits).toBe(2);
    expect(r.overall.falseFlagsPer1000).toBeNull(); // no clean prose
  });

  it('counts adjacent but non-overlapping findings as misses, and zero-width findings touching an item as hits', () => {
    const i = t.indexOf('Friedrich März');
    const before = finding('r', i - 1, i); // the space before
    const after = finding('r', i + 'Friedrich März'.length, i + 'Friedrich März'.length + 1);
    const r1 = scoreCorpus([{ passage, findings: [before, after] }], []);
    expect(r1.overall.hits).toBe(0);
    expect(r1.overall.truePositives).toBe(0);
    const r2 = scoreCorpus([{ passage, findings: [finding('r', i + 3, i + 3)] }], []);
    expect(r2.overall.hits).toBe(1);
  });

  it('only matches findings against items of the same passage', () => {
    const other = parseAnnotated('Nothing wrong here, Friedrich März aside.', 'q.txt');
    const r = scoreCorpus(
      [
        { passage, findings: [] },
        { passage: other, findings: [at(other.text, 'Friedrich März', 'glossary', 'Friedrich Merz')] },
      ],
      [],
    );
    expect(r.overall.hits).toBe(0);
    expect(r.overall.precision).toBe(0);
    expect(r.passageFalseFlags[0]!.file).toBe('q.txt');
  });
});
