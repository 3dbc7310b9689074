import { LineIndex } from '../../src/document/line-index.ts';
import type { Finding } from '../../src/findings/finding.ts';
import type { FileResult } from '../../src/reports/types.ts';

type Fields = Omit<Finding, 'range' | 'text'>;

/** A finding on the `nth` (0-based) occurrence of `text` in `source`, with positions from LineIndex. */
export function findingAt(source: string, text: string, fields: Fields, nth = 0): Finding {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = source.indexOf(text, start + 1);
  if (start < 0) throw new Error(`fixture: "${text}" not in source`);
  const lines = new LineIndex(source);
  const end = start + text.length;
  return { ...fields, range: { start: lines.position(start), end: lines.position(end) }, text: source.slice(start, end) };
}

export const STORY = 'Prime Minister Keir Starrer met Cnn reporters.\nThe Gens Saddam Haftar spoke.\n';

/** A message with everything an escaper can get wrong: markup, quotes, a control character, an emoji, a line break. */
export const ODD_MESSAGE = 'Say <b> & "c" \'d\' 🙂 not \u0007 here,\nplease: 100%';
export const ODD = 'Odd one.\r\nFoo\r\nBar baz.\n';

/** Three files: one with an error and two warnings, a clean one, and one with awkward text and path. */
export const results: FileResult[] = [
  {
    path: 'docs/story.txt',
    source: STORY,
    dropped: [],
    findings: [
      findingAt(STORY, 'Keir Starrer', {
        ruleId: 'glossary/near-miss',
        severity: 'warning',
        message: '"Keir Starrer" looks like a misspelling of "Keir Starmer"',
        confidence: 0.8,
        suggestions: [{ text: 'Keir Starmer', confidence: 0.8 }],
      }),
      findingAt(STORY, 'Cnn', {
        ruleId: 'glossary/variant',
        severity: 'error',
        message: '"Cnn" is a known wrong form of "CNN"',
        confidence: 0.95,
        suggestions: [{ text: 'CNN', confidence: 0.95 }],
        fix: { start: 32, end: 35, text: 'CNN' },
      }),
      findingAt(STORY, 'Gens Saddam Haftar', {
        ruleId: 'title/abbreviation',
        severity: 'warning',
        message: '"Gens" is not an English title: write "Gen." before the name',
        confidence: 0.95,
        suggestions: [{ text: 'Gen. Saddam Haftar', confidence: 0.95 }],
        fix: { start: 51, end: 69, text: 'Gen. Saddam Haftar' },
      }),
    ],
  },
  { path: 'docs/clean.md', source: 'All good.\n', dropped: [], findings: [] },
  {
    path: 'notes\\odd name #1.txt',
    source: ODD,
    dropped: [],
    findings: [
      findingAt(ODD, 'Foo\r\nBar', {
        ruleId: 'custom/odd-rule',
        severity: 'info',
        message: ODD_MESSAGE,
        confidence: 0.5,
        suggestions: [],
      }),
    ],
  },
];
