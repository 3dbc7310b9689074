import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/artefact/detached-hyphen.ts';
import { flagged, runRule } from '../../helpers/rule-tester.ts';
import { itFlagsItsExamples } from './examples.ts';
import { createChecker } from '../../../src/index.ts';
import { formatForPath } from '../../../src/inputs/index.ts';

describe('artefact/detached-hyphen', () => {
  it('joins a hyphen cut loose from the second half, with offsets and a safe fix', () => {
    const text = 'Trump officials have sought safe third -party agreements.';
    const run = runRule(rule, text);
    expect(flagged(run)).toEqual(['third -party → third-party']);
    const f = run.findings[0]!;
    expect([f.range.start.offset, f.range.end.offset]).toEqual([33, 45]);
    expect(f.confidence).toBe(0.9);
    expect(f.fix?.text).toBe('third-party');
  });

  it.each([
    ['a case-_insensitive_ system', []],
    ['the *long* -term plan', []],
    ['a well- known lawyer and a _long_ -term plan', [[2, 13]]],
  ])('reads markup the Markdown prose view blanks as no space (%s)', (text, expected) => {
    const doc = formatForPath('a.md').parse(text, 'a.md');
    const found = createChecker({ rules: ['artefact/detached-hyphen'], defaultGlossary: false }).check(doc).findings;
    expect(found.map((f) => [f.range.start.offset, f.range.end.offset])).toEqual(expected);
  });

  // [text, [start, end, suggestion] of each finding]
  const commandsAndChains: [string, [number, number, string][]][] = [
    ['Type java -version, then git -amend.', []],
    ['Use find . -name a.txt -type f -exec cat {} here.', []],
    ['Run conv -input ./in -output out.txt now.', []],
    // a program's option: a piece that is no English word, in capitals after a word in lower case, glued to digits, or on a prompt's line
    ['Compile it with -fexceptions, and link the -whl files.', []],
    ['Stop it with killall -HUP named, or -bzip2 the file.', []],
    ['    $ debchange -pi\n    $ git commit -a', []],
    ['the long -term plan: a zorblat -based one', [[4, 14, 'long-term'], [23, 37, 'zorblat-based']]],
    ['an up -to -date map', [[3, 15, 'up-to-date']]],
    ['a co -co -operation pact', [[2, 19, 'co-operation']]],
    ['the long -term plan and a -b option', [[4, 14, 'long-term']]],
    ['a tool -based job and a one -off fee', [[2, 13, 'tool-based'], [24, 32, 'one-off']]],
    ['the Zorblat -based app and a zorblat -dix -quo run', [[4, 18, 'Zorblat-based']]],
  ];
  it.each(commandsAndChains)('tells options on a command line from pieces of a compound (%s)', (text, expected) => {
    const run = runRule(rule, text);
    expect(run.findings.map((f) => [f.range.start.offset, f.range.end.offset, f.suggestions[0]?.text])).toEqual(expected);
  });

  it('handles numbers and prefixes before the hyphen', () => {
    expect(flagged(runRule(rule, 'the 28 -point plan and anti -drug programs over the long -term'))).toEqual([
      '28 -point → 28-point',
      'anti -drug → anti-drug',
      'long -term → long-term',
    ]);
  });

  it('suggests without fixing when the first half is not a known word', () => {
    const f = runRule(rule, 'a Berlin -based company').findings[0]!;
    expect([f.text, f.suggestions[0]?.text, f.confidence, f.fix]).toEqual(['Berlin -based', 'Berlin-based', 0.7, undefined]);
  });

  it('joins "x- y" into a compound or, for a line-break hyphen, into one word', () => {
    expect(flagged(runRule(rule, 'a well- known lawyer gave infor- mation about the self- employed'))).toEqual([
      'well- known → well-known',
      'infor- mation → information',
      'self- employed → self-employed',
    ]);
  });

  it('suggests but does not fix two plain words after "x- y" (it may be a dash without its space)', () => {
    const f = runRule(rule, 'He was tired- very tired.').findings[0]!;
    expect([f.suggestions[0]?.text, f.confidence, f.fix]).toEqual(['tired-very', 0.75, undefined]);
  });

  it('reads a hyphen before a word that starts a clause as a dash without its space', () => {
    const text = 'The film is quiet and will move you to tears- if you let it.';
    const run = runRule(rule, text);
    expect(run.findings.map((f) => [f.range.start.offset, f.range.end.offset, f.suggestions[0]?.text, f.fix])).toEqual([[39, 48, 'tears – if', undefined]]);
  });

  it('leaves a word set between hyphens in a title alone', () => {
    expect(runRule(rule, 'Lake Station Hotel -Agoda- Book your rooms at a special rate').findings).toEqual([]);
    expect(runRule(rule, 'Lake Station Hotel -Agoda Book your rooms').findings.map((f) => f.text)).toEqual(['Hotel -Agoda']);
  });

  it('leaves suspended hyphens, spaced dashes, minus signs and intact compounds alone', () => {
    const text =
      'pre- and post-war Europe, 18- to 24-year-olds, short- or long-term loans, first-, second- and third-class ' +
      'seats. The talks - which began in May - stalled. It was -5 degrees. A well-known, third-party deal. ' +
      'Options --verbose and -v. The score: 3 - 1.';
    expect(runRule(rule, text).findings).toEqual([]);
  });

  itFlagsItsExamples(rule);
});
