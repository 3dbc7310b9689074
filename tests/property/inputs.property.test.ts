import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Document } from '../../src/document/document.ts';
import { unfilled } from '../../src/document/tokens.ts';
import { inputFormats } from '../../src/inputs/index.ts';
import { DocBuilder, htmlEscape, jsonEscape, markdownEscape, poEscape, xmlChars, xmlEscape } from './input-docs.ts';

// Random Unicode (lone surrogates included) mixed with every format's markup characters, so escaping
// matters in every run.
const SPECIAL = ['<', '>', '&', '"', "'", '\\', '*', '_', '#', '`', '[', ']', '|', '\n', '\r\n', '\r', '\t', ' ', 'é', '€', '\u00a0', ']]>', '&amp;', '</p>', '😀', 'Keir Starrer'];
const raw = fc
  .array(fc.oneof(fc.string({ unit: 'binary', maxLength: 8 }), fc.string({ unit: 'grapheme', maxLength: 8 }), fc.constantFrom(...SPECIAL)), { maxLength: 12 })
  .map((parts) => parts.join(''));
const pieces = fc.array(raw, { minLength: 1, maxLength: 5 });
const oneLine = (s: string) => s.replace(/[\r\n\u2028\u2029]/g, ' ');

interface Generated {
  doc: DocBuilder;
  format: keyof typeof inputFormats;
}

/** For each format: its document built from prose pieces and metadata pieces. */
const BUILDERS: Record<string, (prose: string[], meta: string[]) => Generated> = {
  text: (prose) => ({ format: 'text', doc: new DocBuilder((c) => c).add(prose.join('')) }),

  markdown: (prose, meta) => {
    const d = new DocBuilder(markdownEscape);
    // front matter is metadata; each piece is a paragraph that starts with an escape, so leading
    // spaces or tabs never make it an indented code block
    d.markup(`---\ntitle: ${JSON.stringify(oneLine(meta[0] ?? ''))}\n---\n\n`);
    prose.forEach((p, n) => d.markup(n % 2 ? '' : '# ').add('!').add(oneLine(p).replace(/\t/g, ' ')).markup('\n\n'));
    d.markup('`m').markup(oneLine(meta[1] ?? '').replace(/`/g, "'")).markup('`\n');
    return { format: 'markdown', doc: d };
  },

  html: (prose, meta) => {
    // the page title is RCDATA, not prose
    const d = new DocBuilder(htmlEscape).markup('<!doctype html><html><head><title>').meta(meta[0] ?? '').markup('</title></head><body>');
    for (const p of prose) d.markup('<p title="').meta(meta[1] ?? '').markup('">').add(p).markup('<em>').add(p).markup('</em></p>');
    d.markup('<code>').meta(meta[2] ?? '').markup('</code></body></html>');
    return { format: 'html', doc: d };
  },

  xliff: (prose, meta) => {
    const d = new DocBuilder(xmlEscape).markup('<?xml version="1.0"?>\n<xliff version="1.2"><file><body>\n');
    // an HTML tag carried as text in a target (`&lt;/p&gt;`) is markup of the content (src/inputs/xliff.ts)
    // and reads as blank: the generated prose holds none
    prose = prose.map((p) => p.replace(/</g, '< '));
    prose.forEach((p, n) => {
      d.markup(`<trans-unit id="t${n}"><source>`).meta(xmlChars(meta[n % meta.length] ?? '')).markup('</source><target>');
      d.add(xmlChars(p)).markup('<g id="1">').add(xmlChars(p)).markup('</g><ph id="2">').meta(xmlChars(meta[0] ?? '')).markup('</ph></target></trans-unit>\n');
    });
    return { format: 'xliff', doc: d.markup('</body></file></xliff>') };
  },

  po: (prose, meta) => {
    const d = new DocBuilder(poEscape).markup('msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\n');
    // a printf or brace placeholder in a msgstr ("%A", "{x}") is code the program fills in, and reads as
    // underscores (src/inputs/po.ts): the generated prose holds none
    prose = prose.map((p) => p.replace(/%/g, '% ').replace(/[{}]/g, ' '));
    prose.forEach((p, n) => {
      d.markup('# ').markup(oneLine(meta[n % meta.length] ?? '')).markup(`\nmsgid "k${n} `).meta(meta[0] ?? '').markup('"\nmsgstr ""\n"').add(p).markup('"\n"').add(p).markup('"\n\n');
    });
    return { format: 'po', doc: d };
  },

  json: (prose, meta) => {
    const d = new DocBuilder(jsonEscape).markup('{\n');
    prose.forEach((p, n) => d.markup('  "').meta(meta[n % meta.length] ?? '').markup(`${n}": ["`).add(p).markup('", {"k": "').add(p).markup('"}],\n'));
    return { format: 'json', doc: d.markup('  "end": true\n}\n') };
  },

  nitf: (prose, meta) => {
    const m = (n: number) => xmlChars(meta[n % meta.length] ?? '');
    const d = new DocBuilder(xmlEscape).markup('<?xml version="1.0" encoding="UTF-8"?>\n<nitf><head><title>').meta(m(0)).markup('</title><docdata><key-list><keyword key="').meta(m(1)).markup('"/></key-list></docdata></head>\n');
    d.markup('<body><body.head><hedline><hl1>').add(xmlChars(prose[0] ?? '')).markup('</hl1></hedline><dateline>').meta(m(2)).markup('</dateline><byline>').add(xmlChars(prose[1] ?? '')).markup('</byline></body.head>\n<body.content>');
    for (const p of prose) d.markup('<p>').add(xmlChars(p)).markup('<em>').add(xmlChars(p)).markup('</em></p>\n');
    d.markup('<media><media-reference source="').meta(m(0)).markup('"/><media-caption>').add(xmlChars(prose[0] ?? '')).markup('</media-caption><media-producer>').meta(m(1)).markup('</media-producer></media>');
    return { format: 'nitf', doc: d.markup('</body.content></body></nitf>\n') };
  },

  newsml: (prose, meta) => {
    const m = (n: number) => xmlChars(meta[n % meta.length] ?? '');
    const d = new DocBuilder(xmlEscape).markup('<?xml version="1.0"?>\n<newsMessage><header><origin>').meta(m(0)).markup('</origin></header><itemSet>\n');
    prose.forEach((p, n) => {
      d.markup(`<newsItem guid="${n}"><itemMeta><edNote>`).meta(m(n)).markup('</edNote></itemMeta><contentMeta><keyword>').meta(m(n + 1)).markup('</keyword><slugline>').meta(m(n + 2));
      d.markup('</slugline><headline>').add(xmlChars(p)).markup('</headline><by>').add(xmlChars(p)).markup('</by></contentMeta><contentSet><inlineXML>');
      if (n % 2) d.markup('<html><head><title>').meta(m(n)).markup('</title></head><body><p>').add(xmlChars(p)).markup('<code>').meta(m(n)).markup('</code></p></body></html>');
      else d.markup('<nitf><body><body.content><p>').add(xmlChars(p)).markup('<em>').add(xmlChars(p)).markup('</em></p></body.content></body></nitf>');
      d.markup('</inlineXML></contentSet></newsItem>\n');
    });
    return { format: 'newsml', doc: d.markup('</itemSet></newsMessage>\n') };
  },

  // generic XML (an Android strings.xml, a DITA topic): element text is prose, attributes, comments and code are not
  xml: (prose, meta) => {
    const m = (n: number) => xmlChars(meta[n % meta.length] ?? '');
    const d = new DocBuilder(xmlEscape).markup('<?xml version="1.0"?>\n<resources>\n');
    prose.forEach((p, n) => {
      d.markup(`<string name="s${n}" note="`).meta(m(n)).markup('">').add(xmlChars(p)).markup('<xliff:g id="1">').add(xmlChars(p)).markup('</xliff:g></string>\n');
      d.markup('<codeblock>').meta(m(n + 1)).markup('</codeblock>\n');
    });
    return { format: 'xml', doc: d.markup('</resources>\n') };
  },
};

/**
 * Segments lie inside the text, non-empty, sorted and disjoint. In the prose view (what rules read, the
 * same length as the text) literal prose reads as itself and lies in a segment; an escaped character of
 * prose reads as the character it stands for, within its escape (padded with spaces or fillers); markup and metadata inside a segment
 * read as blank, so no rule sees them.
 */
function checkSegments(parsed: Document, doc: DocBuilder): void {
  const { segments, text } = parsed;
  const view = parsed.prose ?? text;
  expect(text).toBe(doc.text);
  expect(view).toHaveLength(text.length);
  let last = 0;
  for (const s of segments) {
    expect(s.start).toBeGreaterThanOrEqual(last);
    if (text.length > 0) expect(s.end).toBeGreaterThan(s.start);
    expect(s.end).toBeLessThanOrEqual(text.length);
    last = s.end;
  }
  const covered = new Array<boolean>(text.length).fill(false);
  for (const s of segments) for (let i = s.start; i < s.end; i++) covered[i] = true;
  const escape = new Array<boolean>(text.length).fill(false);
  for (const e of doc.escaped) {
    for (let i = e.start; i < e.end; i++) escape[i] = true;
    if (!covered[e.start]) continue;
    const reads = view.slice(e.start, e.end);
    const want = /[\r\n]/.test(e.value) || e.value.length > e.end - e.start ? '' : e.value;
    // padded with spaces, or inside a word with the tokenizer's fillers (src/inputs/view.ts)
    if (unfilled(reads).trim() !== want.trim()) throw new Error(`escape ${JSON.stringify(text.slice(e.start, e.end))} reads ${JSON.stringify(reads)}, not ${JSON.stringify(e.value)}`);
  }
  for (let i = 0; i < text.length; i++) {
    const at = () => JSON.stringify(text.slice(i - 5, i + 5));
    if (doc.prose[i] && view[i] !== text[i]) throw new Error(`prose at offset ${i} (${at()}) reads ${JSON.stringify(view[i])}`);
    if (doc.prose[i] && !covered[i] && !/\s/.test(text[i] as string)) throw new Error(`prose at offset ${i} (${at()}) is in no segment`);
    if (covered[i] && !doc.prose[i] && !escape[i] && !/\s/.test(view[i] as string)) throw new Error(`markup at offset ${i} (${at()}) reads ${JSON.stringify(view[i])} in a segment`);
  }
}

const RUNS: Record<string, number> = { text: 300, markdown: 500, html: 500, xliff: 600, po: 500, json: 600, nitf: 1000, newsml: 800, xml: 600 };

describe('properties of every input format on generated documents', () => {
  it.each(Object.keys(BUILDERS))('%s: segments are sorted, disjoint, inside the text, and read exactly the prose', (name) => {
    const build = BUILDERS[name] as (prose: string[], meta: string[]) => Generated;
    fc.assert(
      fc.property(pieces, pieces, (prose, meta) => {
        const { doc, format } = build(prose, meta);
        checkSegments(inputFormats[format].parse(doc.text, `doc.${format}`), doc);
      }),
      { numRuns: RUNS[name] },
    );
  });

  it('names every format of the registry that this test can generate', () => {
    expect(Object.keys(BUILDERS).filter((n) => n in inputFormats)).toEqual(['text', 'markdown', 'html', 'xliff', 'po', 'json', 'nitf', 'newsml', 'xml']);
  });
});
