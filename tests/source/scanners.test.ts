import { describe, expect, it } from 'vitest';
import { alignItems } from '../../src/source/anchors.ts';
import { spanWords } from '../../src/source/span-words.ts';

// The hand-written scanners (letters.ts) stand for regular expressions; these are the expressions,
// and the scanners must find what they find.
const WORD = /[\p{L}\p{M}]+/gu;
const WORD_OR_NUMBER = /\p{Lu}[\p{L}\p{M}]{2,}|\d[\d.,:]*/gu;

/** What the anchors were made of: the matches, digits only for a number, the first word left out. */
function expectedAnchorParts(text: string): string[] {
  const out: string[] = [];
  [...text.matchAll(WORD_OR_NUMBER)].forEach((m, k) => {
    if (/^\d/.test(m[0])) out.push(m[0].replace(/\D/g, ''));
    else if (k > 0) out.push(m[0]);
  });
  return out;
}

const CASES = [
  'Der Premierminister Keir Starmer traf am 16. März 2024 um 14.30 Uhr in Kigali ein.',
  'McDonald und aBCD, COVID19 und 1.000,5 Migranten: 3:2!',
  'Éric Zemmour sagte „Nein“ – 1,5 Millionen Menschen.',
  'Володимир Зеленський у Києві 24.02.2022',
  'Ab 𝐀𝐛𝐜 Xy Éé\u0301e 12:30:45 .5 ,7 x9y',
  '习近平在北京。ＦＵＪＩ 2万1000人',
  'a\ud800b Cde \udc00Fgh',
  '',
];

describe('source scanners', () => {
  it('find the words /[\\p{L}\\p{M}]+/gu finds, with their offsets, in a span too', () => {
    for (const text of CASES) {
      const scanned = spanWords(text, { start: 0, end: text.length }, 'de');
      const matches = [...text.matchAll(WORD)];
      expect(scanned.words).toEqual(matches.map((m) => m[0]));
      expect(scanned.starts).toEqual(matches.map((m) => m.index));
      // a span cut inside a word: the slice's words
      const from = Math.floor(text.length / 3), to = Math.floor((2 * text.length) / 3);
      const part = spanWords(text, { start: from, end: to }, 'de');
      expect(part.words).toEqual([...text.slice(from, to).matchAll(WORD)].map((m) => m[0]));
    }
  });

  it('make anchors of the numbers and capitalised words the aligner\'s regular expression matches', () => {
    for (const text of CASES) {
      const [item] = alignItems(text, [{ start: 0, end: text.length, paragraph: 0 }], 'en');
      const parts = expectedAnchorParts(text);
      expect(item?.anchors.length).toBe(parts.length);
      // numbers are anchored by their digits as they are
      expect(item?.anchors.filter((a) => /^\d+$/.test(a))).toEqual(parts.filter((p) => /^\d+$/.test(p)));
    }
    // "Er" is too short to anchor; the number comes first and is kept, then the three names
    const sentence = 'Er zahlte 1.000 Euro an Keir Starmer.';
    expect(alignItems(sentence, [{ start: 0, end: sentence.length, paragraph: 0 }], 'de')[0]?.anchors).toEqual(['1000', expect.any(String), expect.any(String), expect.any(String)]);
  });
});
