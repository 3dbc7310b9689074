import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { post, start, type Running } from '../server/helpers.ts';

let s: Running;
beforeAll(async () => {
  s = await start({ defaultGlossary: false });
});
afterAll(() => s.app.close());

const original = 'Der britische Premierminister Keir Starmer traf am Dienstag in Kigali ein. Er sprach mit Präsident Paul Kagame über Migration.';
const story = 'The British Prime Minister Keir Starrer arrived in Kigali on Tuesday. He spoke with President Paul Kagame about migration.';

describe('POST /v1/check with the original (source)', () => {
  it('compares a text with its original', async () => {
    const r = await post(`${s.url}/v1/check`, { text: story, source: original, sourceLang: 'de', diff: false });
    expect(r.status).toBe(200);
    const findings = r.json.findings as { ruleId: string; text: string }[];
    expect(findings.filter((f) => f.ruleId.startsWith('source/')).map((f) => [f.ruleId, f.text])).toEqual([['source/names', 'Starrer']]);
  });

  it('takes an original per item, in a language the calque rules do not know', async () => {
    const r = await post(`${s.url}/v1/check`, {
      diff: false,
      items: [{ id: 'a', text: 'Yesterday Zelemsky spoke in Brussels.', source: 'Вчера Зеленский выступил в Брюсселе.', sourceLang: 'ru' }],
    });
    const items = r.json.items as { id: string; findings: { ruleId: string; text: string }[] }[];
    expect(items[0]!.findings.filter((f) => f.ruleId.startsWith('source/')).map((f) => f.text)).toEqual(['Zelemsky']);
  });

  it('says why an original was not used', async () => {
    const r = await post(`${s.url}/v1/check`, { text: story, source: story, diff: false });
    expect(r.json.warnings).toEqual(["the source is in English, not in the original's language; checked without the source"]);
  });

  it('says an original sent with a bilingual file is not used: its units carry their own source', async () => {
    const po = `msgid "Keir Starmer traf 1.000 Migranten."\nmsgstr "Keir Starrer met 1,050 migrants."\n`;
    const r = await post(`${s.url}/v1/check`, { text: po, format: 'po', source: original, sourceLang: 'de', diff: false });
    expect(r.status).toBe(200);
    expect(r.json.warnings).toEqual(['the source is not used: a bilingual file (po) carries the source of each unit; checked without it']);
  });

  it('refuses a source for a batch as a whole', async () => {
    const r = await post(`${s.url}/v1/check`, { items: [{ id: 1, text: story }], source: original });
    expect(r.status).toBe(400);
  });
});

describe('POST /v1/check: the alignment', () => {
  it('pairs each sentence of the text with its original, by offsets that slice both', async () => {
    const r = await post(`${s.url}/v1/check`, { text: story, source: original, sourceLang: 'de', diff: false });
    const alignment = r.json.alignment as { lang: string; pairs: { source: { start: number; end: number }; target: { start: number; end: number }; confidence: number }[] };
    expect(alignment.lang).toBe('de');
    expect(alignment.pairs.map((p) => [original.slice(p.source.start, p.source.end), story.slice(p.target.start, p.target.end)])).toEqual([
      ['Der britische Premierminister Keir Starmer traf am Dienstag in Kigali ein.', 'The British Prime Minister Keir Starrer arrived in Kigali on Tuesday.'],
      ['Er sprach mit Präsident Paul Kagame über Migration.', 'He spoke with President Paul Kagame about migration.'],
    ]);
    expect(alignment.pairs.map((p) => p.target)).toEqual([{ start: 0, end: 69 }, { start: 70, end: 122 }]);
    for (const p of alignment.pairs) expect(p.confidence).toBeGreaterThanOrEqual(0.5);
  });

  it('per item, and only where an original was given and used', async () => {
    const r = await post(`${s.url}/v1/check`, {
      diff: false,
      items: [
        { id: 'a', text: story, source: original, sourceLang: 'de' },
        { id: 'b', text: story },
        { id: 'c', text: story, source: story },
      ],
    });
    const items = r.json.items as { id: string; alignment?: { pairs: unknown[] } }[];
    expect(items.map((it) => it.alignment?.pairs.length)).toEqual([2, undefined, undefined]);
    expect('alignment' in (await post(`${s.url}/v1/check`, { text: story, diff: false })).json).toBe(false);
  });
});
