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

  it('refuses a source for a batch as a whole', async () => {
    const r = await post(`${s.url}/v1/check`, { items: [{ id: 1, text: story }], source: original });
    expect(r.status).toBe(400);
  });
});
