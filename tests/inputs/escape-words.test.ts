import { describe, expect, it } from 'vitest';
import type { Document } from '../../src/document/document.ts';
import { tokenize } from '../../src/document/tokens.ts';
import { createChecker } from '../../src/engine/checker.ts';
import { parseGlossary } from '../../src/glossary/load.ts';
import { parseHtml } from '../../src/inputs/html.ts';
import { inputFormats } from '../../src/inputs/index.ts';

// An entity or escape inside a word ("couldn&#8217;t", "d&eacute;tente") reads as part of the word, as
// the same word written in UTF-8 does: no half of it is flagged, a misspelling with an escape inside is
// flagged as the whole word (its range slices the file to the word as written), and a glossary term
// written with an entity still matches.

type Format = keyof typeof inputFormats;
const checker = createChecker({ defaultGlossary: false, rules: ['spelling/', 'artefact/'] });

/** `body` (prose with escapes written the format's way) in a file of the format. */
const WRAP: Record<string, (body: string) => string> = {
  html: (b) => `<html><body><p>${b}</p></body></html>\n`,
  markdown: (b) => `# Notes\n\n${b}\n`,
  xml: (b) => `<?xml version="1.0"?>\n<doc><p>${b}</p></doc>\n`,
  xliff: (b) =>
    `<?xml version="1.0"?>\n<xliff version="1.2"><file source-language="en" target-language="en" datatype="plaintext" original="a"><body>\n` +
    `<trans-unit id="1"><source>x</source><target>${b}</target></trans-unit>\n</body></file></xliff>\n`,
  json: (b) => `{"text": "${b}"}\n`,
  po: (b) => `msgid "x"\nmsgstr "${b}"\n`,
};

const flags = (format: Format, text: string) =>
  checker.check(inputFormats[format].parse(text, `a.${format}`)).findings.map((f) => [f.ruleId, f.text, f.range.start.offset, f.range.end.offset]);

// [format, an apostrophe inside a contraction, a letter inside a word, the letter "o" as an escape]
const CASES: [Format, string, string, string][] = [
  ['html', 'couldn&#8217;t', 'd&eacute;tente', '&#111;'],
  ['markdown', 'couldn&rsquo;t', 'd&eacute;tente', '&#x6f;'],
  ['xml', 'couldn&#8217;t', 'd&#233;tente', '&#111;'],
  ['xliff', 'couldn&apos;t', 'd&#xe9;tente', '&#111;'],
  ['json', 'couldn\\u2019t', 'd\\u00e9tente', '\\u006f'],
  ['po', "couldn\\x27t", 'd\\xe9tente', '\\157'],
];

describe('an escape inside a word', () => {
  it.each(CASES)('%s: a contraction and an accented word written with escapes are not flagged', (format, contraction, accented) => {
    const text = WRAP[format]!(`He ${contraction} agree, and the ${accented} was over by then.`);
    expect(flags(format, text)).toEqual([]);
  });

  it.each(CASES)('%s: a misspelling with an escape inside is flagged as the whole word', (format, _c, _a, o) => {
    const word = `loath${o}us`;
    const text = WRAP[format]!(`We would like to send you some of the most ${word} people.`);
    const at = text.indexOf(word);
    expect(flags(format, text)).toEqual([['spelling/non-word', word, at, at + word.length]]);
  });

  it.each([
    ['html', 'He said &#8220;hello&#8221; and left.'],
    ['xml', 'Keir&#160;Starrer met AT&amp;T and caf&#233;s.'],
  ] as [Format, string][])('%s: escapes beside a word, not inside one, read as before', (format, body) => {
    expect(flags(format, WRAP[format]!(body))).toEqual([]);
  });

  it.each([
    ['html', 'I don&rdquo;t know.', 'I don”t know.'],
    ['xml', 'I don&#8221;t know.', 'I don”t know.'],
    ['xliff', 'I don&#x201D;t know.', 'I don”t know.'],
  ] as [Format, string, string][])('%s: a closing quotation mark written as an entity between letters is an apostrophe, as in UTF-8', (format, escaped, plain) => {
    const esc = WRAP[format]!(escaped);
    const at = esc.indexOf('&');
    const entity = esc.slice(at, esc.indexOf(';', at) + 1);
    const rules = (text: string) => checker.check(inputFormats[format].parse(text, `a.${format}`)).findings.map((f) => [f.ruleId, f.message]);
    expect(flags(format, esc)).toEqual([['artefact/quotes', entity, at, at + entity.length]]);
    expect(rules(esc)).toEqual(rules(WRAP[format]!(plain)));
  });

  it.each([
    ['He couldn&#8217;t say', 'He couldn’t say'],
    ['the d&eacute;tente and r&eacute;sum&eacute;s', 'the détente and résumés'],
    ['r&eacute;&eacute;l and O&#8217;Brien', 'réél and O’Brien'],
    ['good&mdash;good, AT&amp;T, Keir&nbsp;Starrer', 'good—good, AT&T, Keir\u00a0Starrer'],
    ['infor&shy;mation, 10&#8239;000 and 4&times;4', 'infor\u00admation, 10\u202f000 and 4×4'],
  ])('html: %s reads as the same tokens as %s in UTF-8', (escaped, plain) => {
    const html = parseHtml(`<p>${escaped}</p>`, 'a.html');
    const utf8 = parseHtml(`<p>${plain}</p>`, 'b.html');
    const read = (doc: Document) => tokenize(doc.prose ?? doc.text, doc.segments).map((t) => [t.text, t.kind, t.spaceBefore]);
    expect(read(html)).toEqual(read(utf8));
  });
});

describe('a glossary term written with an entity', () => {
  const glossary = parseGlossary('- term: Munich\n  category: place\n  variants: [München, Munchen]\n- term: Zürich Insurance Group\n  category: organisation\n', 'yaml', 'g.yaml');
  const terms = createChecker({ glossaries: [glossary], defaultGlossary: false, rules: ['glossary/'] });
  const found = (format: Format, text: string) =>
    terms.check(inputFormats[format].parse(text, `a.${format}`)).findings.map((f) => [f.ruleId, f.text, f.range.start.offset, f.range.end.offset, f.message]);

  it.each([
    ['html', 'M&uuml;nchen'],
    ['xml', 'M&#xFC;nchen'],
    ['json', 'M\\u00fcnchen'],
  ] as [Format, string][])('%s: matches, and the plain variant is still found', (format, written) => {
    const text = WRAP[format]!(`From ${written} to Munchen.`);
    const at = text.indexOf(written);
    const plain = text.indexOf('Munchen');
    expect(found(format, text)).toEqual([
      ['glossary/variant', written, at, at + written.length, '"München" is a known wrong form of "Munich"'],
      ['glossary/variant', 'Munchen', plain, plain + 7, '"Munchen" is a known wrong form of "Munich"'],
    ]);
  });

  it('a near miss of a term is flagged whole, its message without the padding', () => {
    const text = WRAP.html!('The Z&uuml;rich Insurence Group said so.');
    const at = text.indexOf('Z&uuml;rich');
    const end = text.indexOf(' said');
    expect(found('html', text)).toEqual([
      ['glossary/near-miss', 'Z&uuml;rich Insurence Group', at, end, '"Zürich Insurence Group" looks like a misspelling of "Zürich Insurance Group"'],
    ]);
  });
});
