import { describe, expect, it } from 'vitest';
import { createDocument } from '../../src/document/document.ts';
import { splitSentences } from '../../src/source/split.ts';

const sentences = (text: string, lang: string) => splitSentences(createDocument(text), lang).map((s) => [text.slice(s.start, s.end), s.paragraph]);

describe('splitSentences', () => {
  it('keeps abbreviations, single letters and German ordinals inside their sentence', () => {
    expect(sentences('Das gilt z. B. am 16. März um 14.30 Uhr. Dr. Müller kam nicht.', 'de')).toEqual([
      ['Das gilt z. B. am 16. März um 14.30 Uhr.', 0],
      ['Dr. Müller kam nicht.', 0],
    ]);
  });

  it('makes each line a paragraph, and reads a hard-wrapped text by blank lines', () => {
    expect(sentences('First line. Second sentence.\nA new paragraph.', 'en')).toEqual([
      ['First line.', 0],
      ['Second sentence.', 0],
      ['A new paragraph.', 1],
    ]);
    const wrapped = 'This sentence is wrapped\nover two lines. And this one\ntoo.\n\nA second paragraph\nwrapped as well.';
    expect(sentences(wrapped, 'en')).toEqual([
      ['This sentence is wrapped\nover two lines.', 0],
      ['And this one\ntoo.', 0],
      ['A second paragraph\nwrapped as well.', 1],
    ]);
  });

  it('knows the full stops of Chinese and Japanese', () => {
    expect(sentences('习近平在北京。他会见了马克龙。', 'zh').map((s) => s[0])).toEqual(['习近平在北京。', '他会见了马克龙。']);
  });

  it('reads only the prose segments of a document, at the offsets of the file', () => {
    const text = '<p>Erster Satz.</p>\n<p>Zweiter Satz.</p>';
    const seg = (t: string) => ({ start: text.indexOf(t), end: text.indexOf(t) + t.length });
    const doc = createDocument(text, { segments: [seg('Erster Satz.'), seg('Zweiter Satz.')] });
    expect(splitSentences(doc, 'de').map((s) => text.slice(s.start, s.end))).toEqual(['Erster Satz.', 'Zweiter Satz.']);
  });
});
