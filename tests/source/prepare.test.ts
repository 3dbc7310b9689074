import { describe, expect, it } from 'vitest';
import { createDocument } from '../../src/document/document.ts';
import { prepareSource } from '../../src/source/prepare.ts';

const story = 'The government met on Monday. It decided to build 1,000 homes. Keir Starmer welcomed the plan.';
const german = 'Die Regierung tagte am Montag. Sie beschloss, 1.000 Wohnungen zu bauen. Keir Starmer begrüßte den Plan.';
const prepare = (source: string, lang?: string) => prepareSource(createDocument(source, { path: 'orig.txt' }), createDocument(story), lang);

describe('prepareSource', () => {
  it('aligns an original with its translation sentence by sentence', () => {
    const { aligned, warning } = prepare(german);
    expect(warning).toBeUndefined();
    expect(aligned!.lang).toBe('de');
    expect(aligned!.pairs.map((p) => [german.slice(p.source.start, p.source.end), story.slice(p.target.start, p.target.end)])).toEqual([
      ['Die Regierung tagte am Montag.', 'The government met on Monday.'],
      ['Sie beschloss, 1.000 Wohnungen zu bauen.', 'It decided to build 1,000 homes.'],
      ['Keir Starmer begrüßte den Plan.', 'Keir Starmer welcomed the plan.'],
    ]);
    for (const p of aligned!.pairs) expect(p.confidence).toBeGreaterThan(0.5);
  });

  it.each([
    ['an empty original', '  \n', undefined, 'orig.txt is empty; checked without the source'],
    ['an English original', story, undefined, "orig.txt is in English, not in the original's language; checked without the source"],
    ['another language than the one given', 'Le gouvernement s\'est réuni lundi à Paris. Il a décidé de construire 1 000 logements pour les familles de la ville, qui attendent depuis des années. Le maire a salué cette décision, mais il a aussi demandé plus de moyens pour les écoles et les transports de la région.', 'de', 'orig.txt looks French (fr), not German (de); checked without the source'],
  ])('gives one line for %s', (_what, source, lang, line) => {
    expect(prepare(source, lang)).toEqual({ warning: line });
  });

  it('gives one line for an original far longer than a translation would be', () => {
    const other = Array.from({ length: 12 }, (_, i) => `Das ist der ${i + 1}. Satz eines ganz anderen und sehr viel längeren Textes über das Wetter in den Bergen.`).join('\n');
    expect(prepare(other).warning).toBe('orig.txt is much longer than a translation of the document would be (German (de)); checked without the source');
  });

  it('gives one line for a pair with more sentences than the aligner takes', () => {
    const many = 'Der Minister sagte am Montag, dass die Regierung bald handeln werde. '.repeat(10_002);
    const long = 'The minister said on Monday that the government would act soon. '.repeat(10_002);
    const r = prepareSource(createDocument(many, { path: 'orig.txt' }), createDocument(long), 'de');
    expect(r.warning).toBe('orig.txt is too long to align with the document (10002 sentences on one side; at most 10000); checked without the source');
  });

  it('gives one line for a pair longer than the sentence splitter takes', () => {
    const many = 'Der Minister sagte am Montag, dass die Regierung bald handeln werde. '.repeat(30_000);
    const long = 'The minister said on Monday that the government would act soon. '.repeat(30_000);
    const r = prepareSource(createDocument(many, { path: 'orig.txt' }), createDocument(long), 'de');
    expect(r.warning).toBe(`orig.txt is too long to align with the document (${many.length} characters on one side; at most 2000000); checked without the source`);
  });

  it('gives one line for an original of the right length that does not align', () => {
    const other = 'Ja. Nein. Gut. Warum? Weil. Also. Doch. Nie. Immer. Heute. Morgen. Gestern. Hier. Dort. Oben. Unten. Links. Rechts.';
    expect(prepare(other, 'de').warning).toMatch(/^orig\.txt does not align with the document \(\d+ of 18 source sentences paired\); checked without the source$/);
  });
});
