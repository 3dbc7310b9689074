import { describe, expect, it } from 'vitest';
import { simpleBounds } from '../../src/source/split.ts';

// simpleBounds splits a paragraph without Intl.Segmenter where UAX #29 plainly decides: wherever it
// answers, its bounds must be the segmenter's; where it does not, the segmenter decides.
const icu = (text: string, lang: string) => {
  const out = [...new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(text)].map((p) => p.index);
  return [...out, text.length];
};

const decided = [
  'Er kam an. Dann ging er.',
  'Die Preise stiegen um 8.5 Prozent. Das ist viel!',
  'Er sagte: "Wir kommen." Dann ging er.',
  'Das war z.B. gut. Wirklich?',
  'Der Preis lag bei 3,5 Prozent. “Das ist zu viel”, sagte er. Er ging.',
  'Wow! what a day. Really? yes.',
  'It costs 5 dollars etc., and more. Then (2) the end.',
  'He said so. - And left.',
  'He left... Then came back.',
  'Am 16. März kam er. Am 17. ging er.',
  'Es ist so. Äpfel sind rot. Über alles.',
  'Er kam um 12.30 Uhr an. »Da bin ich«, sagte er.',
  'Wer kommt? "Ich", sagte er.',
  'Er kam an.Dann ging er.',
];
const undecided = ['He left. 👍', 'Ende。 Dann', 'He said. "', 'Yahoo!com is here.'];

describe('simpleBounds', () => {
  it('gives Intl.Segmenter bounds wherever it decides', () => {
    for (const text of decided) {
      const mine = simpleBounds(text);
      expect(mine, text).toBeDefined();
      for (const lang of ['de', 'en']) expect(mine, `${text} (${lang})`).toEqual(icu(text, lang));
    }
  });
  it('leaves to the segmenter what it does not know', () => {
    for (const text of undecided) expect(simpleBounds(text), text).toBeUndefined();
  });
  it('splits a line of several sentences at each break', () => {
    expect(simpleBounds('Er kam an. Dann ging er. Gut.')).toEqual([0, 11, 25, 29]);
  });
});
