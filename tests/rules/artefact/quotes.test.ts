import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/artefact/quotes.ts';
import { createChecker } from '../../../src/engine/checker.ts';
import { formatForPath } from '../../../src/inputs/index.ts';
import { flagged, runRule } from '../../helpers/rule-tester.ts';
import { applyFixes } from '../../../src/fix/apply.ts';
import { itFlagsItsExamples } from './examples.ts';

function fixed(text: string): string {
  let out = text;
  for (const f of [...runRule(rule, text).findings].reverse()) if (f.fix) out = out.slice(0, f.fix.start) + f.fix.text + out.slice(f.fix.end);
  return out;
}

const RUBIO =
  '“We work with other countries to say:” We would like to send you some of the most loathous people to your ' +
  'countries – will you do that as a favor for us? “And the further from America, the better,” he said.';

describe('artefact/quotes', () => {
  it('swaps the reversed marks of the seed quotation, with offsets, into single marks inside the quotation', () => {
    const run = runRule(rule, RUBIO);
    expect(flagged(run)).toEqual([':”  → : ‘', '? “ → ?’ ']);
    const [a, b] = run.findings;
    expect([a!.range.start.offset, a!.range.end.offset]).toEqual([36, 39]);
    expect(RUBIO.slice(b!.range.start.offset, b!.range.end.offset)).toBe('? “');
    expect(a!.confidence).toBe(0.8);
    const once = fixed(RUBIO);
    expect(once).toBe(
      '“We work with other countries to say: ‘We would like to send you some of the most loathous people to your ' +
        'countries – will you do that as a favor for us?’ And the further from America, the better,” he said.',
    );
    // the fix leaves nothing for a second pass to find
    expect(runRule(rule, once).findings).toEqual([]);
  });

  it('opens a quotation after a colon with double marks when no other quotation is open', () => {
    const text = 'The minister told reporters:” We will not give in.” Then she left.';
    expect(flagged(runRule(rule, text))).toEqual([':”  → : “']);
    expect(runRule(rule, fixed(text)).findings).toEqual([]);
  });

  it('turns French and German marks into English ones', () => {
    expect(fixed('« We are ready to govern », added Jordan Bardella.')).toBe('“We are ready to govern”, added Jordan Bardella.');
    expect(fixed('He said »never again« and left.')).toBe('He said “never again” and left.');
    expect(fixed('Er sagte „never again“ and left.')).toBe('Er sagte “never again” and left.');
  });

  it('flags an unpaired straight quotation mark with low confidence, as info, without a fix', () => {
    const text = 'Scott Bessent said that the decision was "a step in the right direction, but came too late.';
    const run = runRule(rule, text);
    expect(run.findings.map((f) => [f.text, f.range.start.offset, f.confidence, f.severity, f.fix])).toEqual([['"', 41, 0.45, 'info', undefined]]);
  });

  it('flags a closing curly mark with no opening one and a quotation never closed', () => {
    expect(runRule(rule, 'He said no.” Then he left.').findings.map((f) => f.text)).toEqual(['”']);
    expect(runRule(rule, 'He called it “a disgrace and left.').findings.map((f) => f.text)).toEqual(['“']);
  });

  it('leaves balanced quotations, nested quotes and apostrophes alone', () => {
    const text =
      '“I say that we are not looking for other countries,” said Marco Rubio. She called it “a ‘gimmick’ of sorts.” ' +
      'The students’ union said: “We don’t agree.” It was the ’90s. He said "yes" and "no." He is 5\'10" tall. ' +
      'Rock ’n’ roll, isn’t it?';
    expect(runRule(rule, text).findings).toEqual([]);
  });

  it('accepts a quotation that runs on into the next paragraph', () => {
    const text = '“The first part of the quote.\n\n“The second part,” he said.\n\n"Straight first part.\n\n"Straight end," she said.';
    expect(runRule(rule, text).findings).toEqual([]);
  });

  it('pairs a quotation over lines of sentence-per-line text, and straight with curly marks', () => {
    const text =
      'The mayor said: "There are three days a year when the planes fly.\nThey carry dry ice ("snow seeds") and nitrogen.\n' +
      'As a result, the rain falls earlier."\nShe had "warned partners and will go on working with allies.”\n';
    expect(runRule(rule, text).findings).toEqual([]);
  });

  it('reads a straight mark after a digit as the end of an open quotation, else as an inch mark', () => {
    expect(runRule(rule, 'The offer "Buy 6 - receive 4" is not a good deal. The set has "0" and "1" modes. A 27" screen.').findings).toEqual([]);
  });

  it('opens a quotation after a CJK bracket', () => {
    expect(runRule(rule, '【Ankara, Kyodo】"The rescue team is our hope."').findings).toEqual([]);
  });

  it('flags a quoted phrase left open for paragraphs, at its opening mark', () => {
    const filler = 'The council met again on Tuesday and the plan went ahead without changes. '.repeat(40);
    const text = `He called it "a step forward.\n${filler}\nShe added "nothing" more.`;
    const run = runRule(rule, text);
    expect(run.findings.map((f) => [f.range.start.offset, f.message])).toEqual([[13, 'This quotation is never closed']]);
  });

  it('lets a quoted sentence run on past its paragraph, as sentence-per-line text and excerpts do', () => {
    const filler = 'The council met again on Tuesday and the plan went ahead without changes. '.repeat(40);
    // opened after a colon, after a sentence, or resumed after "he said,": nothing after it on its line
    for (const open of ['He said: "We must go on.', 'He left. “If you were there, you would know.', '"Rarity," he said, "such a thing, you see.']) {
      expect(runRule(rule, `${open}\n${filler}\nShe added "nothing" more.`).findings).toEqual([]);
    }
    // another mark after it on its line: the quotation should have closed there
    const run = runRule(rule, `He said: "We must go on. He called it "a plan.\n${filler}\nShe added "nothing" more.`);
    expect(run.findings.length).toBeGreaterThan(0);
  });

  it('takes a closing mark that starts a later line to end a quotation opened in a paragraph before', () => {
    expect(runRule(rule, 'The fighter spoke after the bout.\nI know I deserve this award.\nThank you," he said.').findings).toEqual([]);
    expect(runRule(rule, 'He spoke.\nShe said "yes" and then "no," adding more." Then he left.').findings.map((f) => f.range.start.offset)).toEqual([52]);
  });

  it('reads a straight mark with spaces on both sides as closing an open quotation, and flags the space', () => {
    const text = 'People began to use the term " black holes " and saw them.';
    const run = runRule(rule, text);
    expect(run.findings.map((f) => [f.range.start.offset, flagged({ findings: [f], dropped: [] })[0], f.message])).toEqual([
      // the finding starts at the mark (the engine trims leading space); the fix removes the space too
      [43, '" → "', 'A space before the closing quotation mark'],
    ]);
    expect(applyFixes(text, run.findings).output).toBe('People began to use the term " black holes" and saw them.');
    // several spaces after a word: all of them are the slip, and the fix takes them all away
    const spaced = '“ In another case.   ", he said, "Our firm acted."';
    const many = runRule(rule, spaced);
    expect(many.findings.map((f) => [f.range.start.offset, f.message])).toEqual([[21, 'A space before the closing quotation mark']]);
    expect(applyFixes(spaced, many.findings).output).toBe('“ In another case.", he said, "Our firm acted."');
    // a mark that starts an indented line is read as one at the line's start (taking the indent away would
    // make it one): no space to take away, and the same findings with the indent and without
    const at = (t: string) => runRule(rule, t).findings.map((f) => [t.slice(0, f.range.start.offset).trimEnd().length, f.message]);
    for (const eol of ['\n', '\r\n']) {
      expect(at(`He said " yes.${eol}  " No.`)).toEqual(at(`He said " yes.${eol}" No.`));
      expect(at(`He said " yes.${eol}  " No.`).map(([, m]) => m)).not.toContain('A space before the closing quotation mark');
    }
  });

  it('flags a closing mark used as an apostrophe and a closing mark where a quotation opens', () => {
    const run = runRule(rule, 'I”ll explain it. It is ”sick” to show it.');
    expect(run.findings.map((f) => [f.range.start.offset, flagged({ findings: [f], dropped: [] })[0]])).toEqual([
      [1, '” → ’'],
      [23, '” → “'],
    ]);
  });

  it('leaves the gershayim of a Hebrew abbreviation in Latin letters, and still flags a contraction or a name with the mark', () => {
    expect(runRule(rule, 'We remember our grandfather Moshe z”l every spring, b”h, at home.').findings).toEqual([]);
    const run = runRule(rule, 'It”s late, we”ll go, and O”Brien stays.');
    expect(run.findings.map((f) => flagged({ findings: [f], dropped: [] })[0])).toEqual(['” → ’', '” → ’', '” → ’']);
  });

  it('pairs quotation marks across inline markup and across paragraphs in HTML and Markdown', () => {
    for (const [path, text] of [
      ['a.md', 'He said *“we are ready* to govern,” and left.\n\n“Next paragraph.\n\n“Goes on,” she said.\n'],
      ['a.html', '<p>He said <em>“we are ready</em> to govern,” and left.</p>\n<p>“Next.</p><p>“Goes on,” she said.</p>'],
    ]) {
      const doc = formatForPath(path as string).parse(text as string, path as string);
      expect(createChecker({ rules: ['artefact/quotes'], defaultGlossary: false }).check(doc).findings).toEqual([]);
    }
    const doc = formatForPath('b.html').parse('<p>He said <em>“we are ready</em> to govern and left.</p>', 'b.html');
    expect(createChecker({ rules: ['artefact/quotes'], defaultGlossary: false }).check(doc).findings.map((f) => f.text)).toEqual(['“']);
  });

  // markup the prose view blanks is no space: `"<em>Save</em>"` closes after the word. [file, text, flagged marks as [start, end)]
  const markupCases: [string, string, [number, number][]][] = [
    ['a.html', '<p>Press "<em>Save</em>" or "<b>Cancel</b>" to go on.</p>', []],
    ['a.html', '<p>Colours "<em class="k">Red</em>",\n  "<em class="k">Dark blue</em>", and "<em>Green</em>" exist.</p>', []],
    ['a.html', '<p>"We are <b>ready!</b>" she said.</p>', []],
    ['a.md', 'Press "*Save*" or "**Cancel**" to go on, see "[the guide](http://example.org)" first.\n', []],
    ['a.md', 'In the menu, pick "`Word Count`" (the counter).\n', []],
    // an inline tag in Markdown is markup beside a mark, as in a page
    ['a.md', 'Say <b>"hi"</b> now, and <em>"bye"</em> then.\n', []],
    // inline HTML code in Markdown is code, not prose: the quotes of an attribute there are not read
    ['a.md', 'With <code>emptyAttrs: true</code>: <code>&lt;input checked=""&gt;</code> is written.\n', []],
    ['a.xml', '<?xml version="1.0"?><doc><p>Press "<em>Save</em>" to go on.</p></doc>', []],
    // marks written as entities, around a word, a tag or an element left out of the prose (which cuts the segment)
    ['a.html', '<p>He said &quot;Hello&quot; and <a href="x" title="y">left</a> "now".</p>', []],
    ['a.html', '<p>In the menu, pick &quot;<code>Word Count</code>&quot; (the counter), then &quot;<code>#, note</code>&quot;.</p>', []],
    ['a.html', '<p>Set it to &quot;<code>keep\nthe old one</code>&quot; for now.</p>', []],
    ['a.html', 'Pick "<code>Word Count</code>" and "<code>Lines</code>" here.', []],
    ['a.md', '[See **unified** for more examples »][unified]\n\n[unified]: https://x.test\n', []],
    // a quoted symbol written with entities
    ['a.html', '<p>exclam is &quot;!&quot;, and amp is &quot;&amp;&quot; in the list.</p>', []],
    // code a page shows ends the quotation on its letters, with no space before the mark
    ['a.html', '<p>Choose "Save as <code>PDF</code>" and then "Print".</p>', []],
    ['a.md', 'Choose "Save as `PDF`" and then "Print".\n', []],
    ['a.md', 'Write "Add `<br>`" here, then "press `?`" or "x".\n', []],
    ['a.html', '<p>Use "type <code>--</code>" or "<code>//</code>" and "x".</p>', []],
    // a mark before code, with a quotation left open in the paragraph before: read against the code after it
    ['a.html', '<p>He said "yes.</p>\n<p>Then "<code>cmd</code>", ok "x".</p>', [[11, 12]]],
    // the inline codes of a translation file stand for markup: no letters there
    ['a.xlf', '<?xml version="1.0"?><xliff version="1.2"><file source-language="en" target-language="en" datatype="plaintext" original="a"><body><trans-unit id="1"><source>Type "x".</source><target>Type "<bpt id="1">&lt;b&gt;</bpt>x<ept id="1">&lt;/b&gt;</ept>".</target></trans-unit></body></file></xliff>', []],
    // with no quotation open, a mark after "=" glued to the word after it opens one (code quoted in a page)
    ['a.html', '<p>Set <code>x</code> as in size=&quot;10&quot; or width=&quot;1/2&quot;.</p>', []],
    // other elements end what a mark is read against: no inch mark after "2019" or "12"
    ['a.html', '<dl><dt>2019</dt><dd>"Best Film" award</dd></dl>', []],
    ['a.md', '| Size | Label |\n|---|---|\n| 12 | "Large" |\n', []],
    ['a.nitf', '<nitf><body><body.head><hedline><hl1>Top 10</hl1><hl2>"Best" cities named</hl2></hedline></body.head></body></nitf>', []],
    ['a.xml', '<article><para>He said: "We will fight.</para>\n<para>"We shall never give in," he added.</para></article>', []],
    // plain text as before: a mark glued to a letter before it closes (here nothing: one info flag)
    ['a.txt', 'Each family"will get aid, and within a year, " large works" will start.\n', [[11, 12]]],
    // a real space before the mark is still a slip in marked-up text (markup right before it leaves it open: not flagged)
    ['a.html', '<p>The <em>term</em> "black holes " and more.</p>', [[34, 35]]],
    ['a.md', 'The term " black holes " and more.\n', [[23, 24]]],
    // a "<" or ">" inside code is no tag, and a space that ends inline code is the code's own
    ['a.html', '<p>Then "<kbd>Alt</kbd> + <kbd>></kbd>" goes on, and "<code>x > y</code>" compares.</p>', []],
    ['a.html', '<p>Use the "<code>-></code>" arrow, not "<code><-</code>".</p>', []],
    ['a.md', 'Set it to "`cd `"\nand then "` ls`" too.\n', []],
    ['a.md', 'Type "`a > b`" or "`<`" to compare.\n', []],
  ];
  it.each(markupCases)('reads markup beside a straight mark as nothing (%s: %s)', (path, text, ranges) => {
    const doc = formatForPath(path).parse(text, path);
    const found = createChecker({ rules: ['artefact/quotes'], defaultGlossary: false }).check(doc).findings;
    expect(found.map((f) => [f.range.start.offset, f.range.end.offset])).toEqual(ranges);
  });

  itFlagsItsExamples(rule);
});
