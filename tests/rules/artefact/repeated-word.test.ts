import { formatForPath } from '../../../src/inputs/index.ts';
import { createChecker } from '../../../src/engine/checker.ts';
import { describe, expect, it } from 'vitest';
import furniture from '../../../src/rules/artefact/page-furniture.ts';
import rule from '../../../src/rules/artefact/repeated-word.ts';
import { flagged, runRule } from '../../helpers/rule-tester.ts';
import { itFlagsItsExamples } from './examples.ts';

describe('artefact/repeated-word', () => {
  it('flags a doubled word with its offsets and a safe fix', () => {
    const text = '"Nobody got everything, but the the result is fair," he said.';
    const run = runRule(rule, text);
    expect(flagged(run)).toEqual(['the the → the']);
    const f = run.findings[0]!;
    expect([f.range.start.offset, f.range.end.offset]).toEqual([28, 35]);
    expect(f.confidence).toBe(0.9);
    expect(f.fix).toEqual({ start: 28, end: 35, text: 'the' });
  });

  it('ignores case, keeps the first copy, and crosses a single line break', () => {
    expect(flagged(runRule(rule, 'The the plan failed.'))).toEqual(['The the → The']);
    expect(flagged(runRule(rule, 'officials are\nare worried'))).toEqual(['are\nare → are']);
  });

  it('gives particles a lower confidence and no automatic fix', () => {
    const f = runRule(rule, 'He came in in a hurry.').findings[0]!;
    expect(f.confidence).toBe(0.7);
    expect(f.fix).toBeUndefined();
  });

  it('leaves legitimate doubles alone', () => {
    const text = 'He had had enough. She said that that was wrong. Bye bye, they said. It was very very cold.';
    expect(runRule(rule, text).findings).toEqual([]);
  });

  it('leaves names, numbers, abbreviations, contractions and deliberate repetition alone', () => {
    const text =
      'Walla Walla voters and Boutros Boutros-Ghali met. The vote was 12 12. The Women\'s S.P.C.A. met on 61st St. ' +
      'I promise you you\'ll like it. The signal went beep beep beep.';
    expect(runRule(rule, text).findings).toEqual([]);
  });

  it('does not join words across punctuation or a paragraph break', () => {
    expect(runRule(rule, 'He said no. No one came. It was close, close to midnight.\n\nClose\n\nclose ties').findings).toEqual([]);
  });

  it('leaves "close / close" lines to artefact/page-furniture', () => {
    const text = 'close\nclose\n\nThe Trump administration weighs migrants';
    const run = runRule(rule, text);
    expect(run.findings).toEqual([]);
    expect(run.dropped.map((d) => d.text)).toEqual(['close\nclose']);
    expect(runRule(furniture, text).findings.map((f) => f.text)).toEqual(['close\nclose\n\n']);
  });

  // [file, text, flagged ranges]: tags, escapes and emphasis between leave a double; code or a placeholder does not
  const markup: [string, string, [number, number][]][] = [
    ['a.md', 'Keep the **the** end, and the <b>the</b> end.\n', [[5, 14], [26, 36]]],
    ['a.html', '<p>Keep the <b>the</b> end, and the&#32;the one.</p>', [[8, 18], [32, 43]]],
    ['a.md', 'Set the `x` the same, and text `y` text.\n', []],
    // a word set as a variable or typewriter text after the same word in prose: a name and what it names
    ['a.html', '<p>Inputs are the salt <var>salt</var> and the <b>Bower</b> <tt>bower install</tt> line, but <b>the</b> the.</p>', [[96, 107]]],
    ['a.html', '<p>Keep the <a href="#" title="a > b">the</a> end.</p>', [[8, 41]]],
    ['a.xlf', '<?xml version="1.0"?><xliff version="1.2"><file source-language="en" target-language="en" datatype="plaintext" original="a"><body><trans-unit id="1"><source>item {n} item</source><target>item <ph id="1">{n}</ph> item</target></trans-unit></body></file></xliff>', []],
  ];
  it.each(markup)('reads what stands between the words in a marked-up file (%s: %s)', (path, text, ranges) => {
    const doc = formatForPath(path).parse(text, path);
    const found = createChecker({ rules: ['artefact/repeated-word'], defaultGlossary: false }).check(doc).findings;
    expect(found.map((f) => [f.range.start.offset, f.range.end.offset])).toEqual(ranges);
  });

  itFlagsItsExamples(rule);
});
