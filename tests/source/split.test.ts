import { describe, expect, it } from 'vitest';
import { createDocument } from '../../src/document/document.ts';
import { sentenceBounds, splitSentences } from '../../src/source/split.ts';

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

  it('reads lines without punctuation that run into a capital, a digit or a caseless script as paragraphs, not as wrapped text', () => {
    const headings = 'Floods averted in the north\nWeekly Review\nNorth → Society\nFebruary 11, 2023, 15:12 Anna Bell\nPhoto: a still from a video';
    expect(sentences(headings, 'en').map((s) => s[1])).toEqual([0, 1, 2, 3, 4]);
    expect(sentences('Prices up\n2023 was a hard year\nQuiet week', 'en').map((s) => s[1])).toEqual([0, 1, 2]);
    expect(sentences('שלום לכולם\nמה שלומכם היום\nתודה רבה', 'he').map((s) => s[1])).toEqual([0, 1, 2]);
    // lines run into a small letter: wrapped, read by blank lines
    expect(sentences('The rain that fell\nall week long flooded\nthe lower town.', 'en')).toEqual([['The rain that fell\nall week long flooded\nthe lower town.', 0]]);
  });

  it('reads prose wrapped at a width as wrapped, though its lines run into capitals (German nouns, names) or a caseless script', () => {
    const german = [
      'Bundeskanzler Olaf Scholz ist am Montag zu einem zweitägigen Besuch nach',
      'Vilnius gereist. Dort traf er Präsident Gitanas Nausėda und sprach mit',
      'Soldaten der Bundeswehr, die in Litauen stationiert sind. Scholz sagte,',
      'Deutschland stehe fest an der Seite der baltischen Staaten. Am Dienstag',
      'reist er weiter nach Riga, wo er Ministerpräsident Krišjānis Kariņš',
      'treffen wird.',
    ].join('\n');
    const read = sentences(german, 'de').map((s) => String(s[0]).replace(/\s+/g, ' '));
    expect(read).toHaveLength(4);
    expect(read[3]).toBe('Am Dienstag reist er weiter nach Riga, wo er Ministerpräsident Krišjānis Kariņš treffen wird.');
    const hebrew = ['ראש הממשלה נפגש היום עם שר החוץ של צרפת בירושלים ודיבר', 'איתו על המצב באזור ועל הסכם הסחר החדש בין שתי המדינות', 'שייחתם בשבוע הבא.'].join('\n');
    expect(sentences(hebrew, 'he')).toHaveLength(1);
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

describe('sentenceBounds on one long paragraph', () => {
  // the segmenter is given a long paragraph in pieces (its time grows with the square of a string's length)
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  const whole = (body: string) => [...[...segmenter.segment(body)].map((p) => p.index), body.length];
  const kinds = ['It rained… Then it stopped.', 'He said “no.” She left!', 'Was it 3.5 percent? Yes.', 'See e.g. the notes… and so on.', '“Why?” he asked. ‘Because.’'];
  it('gives the bounds Intl.Segmenter gives on the whole paragraph', () => {
    let body = '';
    for (let i = 0; body.length < 70_000; i++) body += `${kinds[i % kinds.length]} Sentence ${i} goes on${i % 7 === 0 ? ' – with a dash' : ''}. `;
    const got = sentenceBounds(body, 'en');
    expect(got.length).toBeGreaterThan(2000);
    expect(got).toEqual(whole(body));
  });
  it('cuts a "sentence" longer than a piece at the piece end, and loses no text', () => {
    const body = 'word '.repeat(9_000) + 'end… Next one.';
    const got = sentenceBounds(body, 'en');
    expect(got[0]).toBe(0);
    expect(got[got.length - 1]).toBe(body.length);
    for (let i = 1; i < got.length; i++) expect(got[i]).toBeGreaterThan(got[i - 1] as number);
  });
});
