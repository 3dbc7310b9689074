import { describe, expect, it } from 'vitest';
import { FILLER, tokenize } from '../../src/document/tokens.ts';
import { createChecker } from '../../src/engine/checker.ts';
import { UNKNOWN_ENTITY } from '../../src/inputs/entities.ts';
import { InputError } from '../../src/inputs/errors.ts';
import { thrown } from '../helpers/thrown.ts';
import { formatForContent } from '../../src/inputs/index.ts';
import { parseXml } from '../../src/inputs/xml.ts';
import { spans } from './helpers.ts';

// An XML file of a vocabulary with no reader of its own: the text of its elements is prose.

const checker = createChecker();
const flagged = (text: string) => checker.check(parseXml(text, 'a.xml')).findings.map((f) => [f.ruleId, f.text]);

describe('generic XML', () => {
  it('reads each element as a block and phrase elements inside a sentence, with offsets into the file', () => {
    const text = '<?xml version="1.0"?>\n<topic id="t1"><title>Talks</title><body><p>Prime Minister <b>Keir</b> <ph>Starmer</ph> spoke.</p></body></topic>\n';
    const doc = parseXml(text, 'topic.dita.xml');
    expect(doc.format).toBe('xml');
    expect(spans(doc).map(([, , s]) => s)).toEqual(['Talks', 'Prime Minister <b>Keir</b> <ph>Starmer</ph> spoke.']);
    const at = text.indexOf('Keir');
    expect((doc.prose ?? doc.text).slice(at - 3, at + 21)).toBe(`   Keir${' '.repeat(9)}Starmer `);
  });

  it('does not read attributes, comments, processing instructions or code', () => {
    const text =
      '<?xml version="1.0"?>\n<?xml-stylesheet href="a"b.xsl"?>\n<doc note="Keir Starrer"><!-- Keir Starrer --><p>Fine words.</p><codeblock>Keir Starrer</codeblock><programlisting>x "y</programlisting></doc>\n'.replace('a"b', 'ab');
    expect(spans(parseXml(text)).map(([, , s]) => s)).toEqual(['Fine words.']);
    expect(flagged(text)).toEqual([]);
  });

  it('reads no element in another language, but the English around a quotation kept in the original (the root\'s language is the original\'s)', () => {
    const text = '<?xml version="1.0"?>\n<article xml:lang="de"><para>He said <quote xml:lang="de">die die Zeit</quote> was short.</para><para lang="fr">Une phrase.</para></article>\n';
    expect(spans(parseXml(text)).map(([, , s]) => s)).toEqual(['He said ', ' was short.']);
    expect(flagged(text)).toEqual([]);
    // English as Java writes it, and tags that name no one language, are read; a body's language is not asked
    const tags = '<doc><body xml:lang="de"><p xml:lang="en_US">A</p><p xml:lang="eng">B</p><p xml:lang="und">C</p><p xml:lang="mul">D</p><p xml:lang="zxx">E</p><p xml:lang="fr">F</p></body></doc>';
    expect(spans(parseXml(tags)).map(([, , s]) => s)).toEqual(['A', 'B', 'C', 'D', 'E']);
  });

  it('checks an Android strings file: names bent in the text, not quotation marks of its attributes', () => {
    const text =
      '<?xml version="1.0" encoding="utf-8"?>\n<resources xmlns:xliff="urn:oasis:names:tc:xliff:document:1.2">\n' +
      '  <string name="greeting">Hello, <xliff:g id="name" example="Bob">%s</xliff:g>! Keir Starrer says hi.</string>\n' +
      '  <string name="link" translatable="false">https://example.com/</string>\n</resources>\n';
    expect(flagged(text)).toEqual([['glossary/near-miss', 'Keir Starrer']]);
  });

  it('reads references to entities its DTD declares: a standard character entity (&mdash; of DocBook) as its character, others as a sign', () => {
    const text =
      '<?xml version="1.0"?>\n<!DOCTYPE article PUBLIC "-//OASIS//DTD DocBook XML V4.5//EN" "docbookx.dtd" [\n<!ENTITY prod "Acme">\n<!ENTITY % local "x">\n]>\n' +
      '<article><para>The new &prod; version&mdash;out today&nbsp;&mdash;fixes it. Keir Starrer said.</para></article>\n';
    const doc = parseXml(text, 'db.xml');
    const prose = doc.prose ?? doc.text;
    const at = text.indexOf('&mdash;');
    expect(prose.slice(at - 7, at + 10)).toBe(`version—${FILLER.repeat(6)}out`);
    const nbsp = text.indexOf('&nbsp;');
    expect(prose.slice(nbsp, nbsp + 13)).toBe('\u00a0           —');
    // declared in the internal subset, so not the standard &prod; (∏): what it stands for is not known
    const prod = text.indexOf('&prod;');
    expect(prose.slice(prod, prod + 6)).toBe(`${UNKNOWN_ENTITY}     `);
    expect(flagged(text)).toEqual([['glossary/near-miss', 'Keir Starrer']]);
    // without a DOCTYPE, an undefined entity is not well formed
    expect(() => parseXml('<doc>\n<p>One &mdash; two</p></doc>\n', 'bad.xml')).toThrow(/^bad\.xml:2: undefined entity/);
  });

  it.each([
    ['It was good &mdash; good enough, the plan &hellip; plan B.', []],
    ['It was good &foo; good enough, and good&foo;good.', []],
    ['It was good &mdash; good good enough.', [['artefact/repeated-word', 'good good']]],
  ])('an external DTD (DocBook): no rule joins the words around its entities in %s', (para, expected) => {
    const text =
      '<?xml version="1.0"?>\n<!DOCTYPE article PUBLIC "-//OASIS//DTD DocBook XML V4.5//EN" "http://www.oasis-open.org/docbook/xml/4.5/docbookx.dtd">\n' +
      `<article><para>${para}</para></article>\n`;
    const doc = parseXml(text, 'db.xml');
    const words = tokenize(doc.prose ?? doc.text, doc.segments).filter((t) => t.kind === 'word').map((t) => t.text);
    expect(words).not.toContain('goodgood');
    const found = createChecker({ defaultGlossary: false, rules: ['artefact/', 'spelling/'] }).check(doc).findings;
    expect(found.map((f) => [f.ruleId, f.text])).toEqual(expected);
  });

  it('refuses XML that is not well formed, with its line', () => {
    expect(() => parseXml('<doc>\n<p>One</p>\n<p>Two</doc>\n', 'bad.xml')).toThrow(InputError);
    expect(() => parseXml('<doc>\n<p>One</p>\n<p>Two</doc>\n', 'bad.xml')).toThrow(/^bad\.xml:3: /);
  });

  // saxes reads all after a "&" up to the next ";" as the entity's name, and so reported a bare "&" as an
  // unclosed tag at the end of the file, on the empty line after its last line break
  it.each([
    ['a bare "&"', '<doc>\n<p>x & y</p>\n<p>more</p>\n</doc>\n', 2, "'&' that begins no entity reference (an ampersand is written &amp;)"],
    ['"&lt" without its ";"', '<doc>\n<p>x &lt y</p>\n<p>more</p>\n</doc>\n', 2, "'&' that begins no entity reference (an ampersand is written &amp;)"],
    ['a bare "&" before a ";"', '<doc>\n<p>a & b; c</p>\n</doc>\n', 2, "'&' that begins no entity reference (an ampersand is written &amp;)"],
    ['a bare "&" in an attribute', '<doc>\n<p>ok</p>\n<a href="x?a=1&b=2">t</a>\n</doc>\n', 3, "'&' that begins no entity reference (an ampersand is written &amp;)"],
    ['a bare "&" after good references', '<doc>\n<p>a &amp; b &#38; c &#x26;</p>\n<p>c & d</p>\n</doc>', 3, "'&' that begins no entity reference (an ampersand is written &amp;)"],
    ['an unclosed element, the file ending in a line break', '<doc>\n<p>x</p>\n', 2, 'unclosed tag: doc'],
    ['an unclosed element, no final line break', '<doc>\n<p>x</p>', 2, 'unclosed tag: doc'],
    ['an end tag that closes nothing', '<doc>\n<p>One</p>\n<p>Two</doc>\n', 3, 'unexpected close tag.'],
    // a "&" in a comment or CDATA section is no reference (saxes tells only the element left open)
    ['a comment never closed, with a "&" in it', '<doc>\n<p>a</p>\n<!-- R&D\n', 3, 'unclosed tag: doc'],
    ['a CDATA section never closed, with a "&" in it', '<doc>\n<![CDATA[ R&D\n', 2, 'unclosed tag: doc'],
  ])('names the line of what is wrong: %s', (_, text, line, detail) => {
    const err = thrown(() => parseXml(text, 'bad.xml'), InputError);
    expect(err).toMatchObject({ line, detail, message: `bad.xml:${line}: ${detail}` });
  });

  it('is the format of a .xml file whose root is no known vocabulary; plain text when it has no root', () => {
    expect(formatForContent('strings.xml', '<resources/>').name).toBe('xml');
    expect(formatForContent('story.xml', '<nitf/>').name).toBe('nitf');
    expect(formatForContent('notes.xml', 'Keir Starrer spoke.').name).toBe('text');
  });
});

describe('fixes in generic XML', () => {
  it('writes a safe fix, and never a replacement that would need escaping in the file', async () => {
    const { unsafeInFormat } = await import('../../src/fix/escaping.ts');
    expect(unsafeInFormat('xml', 'Keir Starmer')).toBe(false);
    expect(unsafeInFormat('xml', 'AT&T')).toBe(true);
    expect(unsafeInFormat('xml', '<b>')).toBe(true);
  });

  describe('DITA: code is no prose', () => {
    // each case: one DITA body, the repeated words flagged in it with their exact ranges; the doubles inside code are not
    const topic = (body: string) => `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE concept PUBLIC "-//OASIS//DTD DITA Concept//EN" "concept.dtd">\n<concept id="c"><title>Setup</title><conbody>${body}</conbody></concept>\n`;
    const cases: [string, string, string[]][] = [
      ['a phrase of code inside a sentence', '<p>Run <codeph>make make</codeph> and and wait.</p>', ['and and']],
      ['a code block', '<p>Then then:</p><codeblock>select select from t</codeblock>', ['Then then']],
      ['preformatted text, a screen and a message block', '<pre>is is</pre><screen>was was</screen><msgblock>are are</msgblock><p>It it works.</p>', ['It it']],
      ['what a user types and a program prints', '<p>Type <userinput>go go</userinput> to see <systemoutput>ok ok</systemoutput> in in the log.</p>', ['in in']],
      ['file, command, variable and parameter names', '<p>Edit <filepath>a a</filepath> with <cmdname>vi vi</cmdname>, <varname>x x</varname> and <parmname>n n</parmname>.</p>', []],
      ['a message number, a syntax diagram and an API name', '<p>See <msgnum>E1 E1</msgnum> <apiname>get get</apiname>.</p><syntaxdiagram><groupseq><kwd>set set</kwd></groupseq></syntaxdiagram>', []],
      ['a message phrase is the text of a message, translated: prose', '<p>It says <msgph>File not not found</msgph>.</p>', ['not not']],
      ['phrases of prose keep being read', '<p>Press <uicontrol>the the</uicontrol> button, <b>or or</b> <term>are are</term>.</p>', ['the the', 'or or', 'are are']],
    ];
    const repeated = createChecker({ rules: ['artefact/repeated-word'], defaultGlossary: false });
    it.each(cases)('%s', (_name, body, expected) => {
      const text = topic(body);
      const found = repeated.check(parseXml(text, 'c.dita')).findings.map((f) => [f.range.start.offset, f.range.end.offset]);
      let from = 0;
      const places = expected.map((t) => {
        const at = text.indexOf(t, from);
        from = at + t.length;
        return [at, at + t.length];
      });
      expect(found).toEqual(places);
      expect(places.every(([a]) => (a as number) >= 0)).toBe(true);
    });

    it('reads .dita topics and .ditamap maps as XML, by their extension (any case)', () => {
      const text = topic('<p>Fine.</p>');
      expect([formatForContent('c.dita', text).name, formatForContent('m.DITAMAP', '<map><topicref href="c.dita"/></map>').name]).toEqual(['xml', 'xml']);
    });
  });
});
