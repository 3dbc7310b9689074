import { describe, expect, it } from 'vitest';
import type { Document } from '../../src/document/document.ts';
import { rewritesOnlyProse } from '../../src/document/writable.ts';
import { parseHtml } from '../../src/inputs/html.ts';
import { parseJson } from '../../src/inputs/json.ts';
import { parseMarkdown } from '../../src/inputs/markdown.ts';
import { parsePo } from '../../src/inputs/po.ts';
import { parseText } from '../../src/inputs/text.ts';
import { parseTsv } from '../../src/inputs/tsv.ts';
import { parseXliff } from '../../src/inputs/xliff.ts';

const xliff = (target: string) =>
  `<?xml version="1.0"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="de" trgLang="en"><file id="f"><unit id="1"><segment><source>Quelle</source><target>${target}</target></segment></unit></file></xliff>\n`;

/** [how the file is read, the file, the stretch (its first occurrence), with escapes as prose, without] */
const CASES: [string, (t: string) => Document, string, string, boolean, boolean][] = [
  ['plain text', (t) => parseText(t), 'The envoy met Gens Haftar.', 'Gens Haftar', true, true],
  ['plain text: a line break', (t) => parseText(t), 'The envoy met Gens\nHaftar.', 'Gens\nHaftar', true, true],
  ['HTML: a tag inside', (t) => parseHtml(t), '<p>The envoy met <b>Gens</b> Haftar.</p>', 'Gens</b> Haftar', false, false],
  ['HTML: an empty element inside', (t) => parseHtml(t), '<p>The envoy met Keir<wbr>Starrer.</p>', 'Keir<wbr>Starrer', false, false],
  ['HTML: a comment inside', (t) => parseHtml(t), '<p>The envoy met Keir <!-- c --> Starrer.</p>', 'Keir <!-- c --> Starrer', false, false],
  ['HTML: words between tags', (t) => parseHtml(t), '<p>The envoy met <b>Gens Haftar</b>.</p>', 'Gens Haftar', true, true],
  ['HTML: an entity inside', (t) => parseHtml(t), '<p>The envoy met Keir&nbsp;Starrer.</p>', 'Keir&nbsp;Starrer', true, false],
  ['HTML: an entity alone', (t) => parseHtml(t), '<p>He said &raquo;no&laquo; twice.</p>', '&raquo;', true, false],
  ['HTML: inline code inside', (t) => parseHtml(t), '<p>Run the <code>ls</code> tool.</p>', 'the <code>ls</code> tool', false, false],
  ['HTML: from one paragraph into the next', (t) => parseHtml(t), '<p>It ended.</p><p>Then it rained.</p>', 'ended.</p><p>Then', false, false],
  ['Markdown: emphasis inside', (t) => parseMarkdown(t), 'The envoy met **Gens** Haftar.\n', 'Gens** Haftar', false, false],
  ['Markdown: an autolink inside', (t) => parseMarkdown(t), 'Read the brief and <https://example.org/b> and the notes.\n', 'and <https://example.org/b> and', false, false],
  ['Markdown: a blank line between paragraphs', (t) => parseMarkdown(t), 'It ended.\n\nThen it rained.\n', '\n\nThen', true, true],
  ['Markdown: a line of a block quote carried on, its quote marker dropped with the line break', (t) => parseMarkdown(t), '> The envoy met Keir\n> Starrer today.\n', 'Keir\n> Starrer', true, false],
  ['Markdown: a list marker is no continuation', (t) => parseMarkdown(t), '- The envoy met Keir\n- Starrer today.\n', 'Keir\n- Starrer', false, false],
  ['PO: a string carried on to the next line, its quotation marks dropped with the line break', (t) => parsePo(t), 'msgid "x"\nmsgstr ""\n"The prime minister Keir "\n"Starrer arrived."\n', 'Keir "\n"Starrer', true, false],
  ['PO: from one entry into the next', (t) => parsePo(t), 'msgid "a"\nmsgstr "It ended"\n\nmsgid "b"\nmsgstr "then it rained"\n', 'ended"\n\nmsgid "b"\nmsgstr "then', false, false],
  ['JSON: an escape inside', (t) => parseJson(t), '{"a": "Keir\\u0020Starrer spoke"}', 'Keir\\u0020Starrer', true, false],
  ['JSON: from one string into the next', (t) => parseJson(t), '{"a": "It ended", "b": "then it rained"}', 'ended", "b": "then', false, false],
  ['TSV: from one target into the next row', (t) => parseTsv(t), 'Quelle eins\tThe first one\nQuelle zwei\tThe second\n', 'one\nQuelle zwei\tThe', false, false],
  ['XLIFF 2.0: an end code inside', (t) => parseXliff(t), xliff('The envoy met <sc id="1"/>Keir<ec startRef="1"/> Starrer.'), 'Keir<ec startRef="1"/> Starrer', false, false],
  ['XLIFF 2.0: plain target words', (t) => parseXliff(t), xliff('The envoy met <sc id="1"/>Keir<ec startRef="1"/> Starrer.'), 'The envoy', true, true],
];

describe('rewritesOnlyProse', () => {
  it.each(CASES)('%s', (_name, parse, text, stretch, withEscapes, withoutEscapes) => {
    const doc = parse(text);
    const start = text.indexOf(stretch);
    expect(start).toBeGreaterThanOrEqual(0);
    expect(rewritesOnlyProse(doc, start, start + stretch.length, true)).toBe(withEscapes);
    expect(rewritesOnlyProse(doc, start, start + stretch.length, false)).toBe(withoutEscapes);
  });

  it('an empty stretch rewrites nothing', () => {
    const doc = parseHtml('<p>a <b>b</b></p>');
    expect(rewritesOnlyProse(doc, 5, 5, false)).toBe(true);
  });
});
