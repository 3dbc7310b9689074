import { describe, expect, it } from 'vitest';
import { junit } from '../../src/reports/junit.ts';
import { findingAt, results } from './fixture.ts';
import { isWellFormed, readElements } from './xml-check.ts';

const out = junit(results, { color: false });

describe('junit', () => {
  it('writes a testsuite per file, a testcase per finding and a passing testcase for a clean file', () => {
    expect(out).toBe(`<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="translint" tests="5" failures="3" errors="0">
  <testsuite name="docs/story.txt" tests="3" failures="3" errors="0" skipped="0">
    <testcase name="glossary/near-miss at 1:16" classname="docs/story.txt" file="docs/story.txt">
      <failure message="&quot;Keir Starrer&quot; looks like a misspelling of &quot;Keir Starmer&quot;" type="warning">docs/story.txt:1:16: warning: &quot;Keir Starrer&quot; looks like a misspelling of &quot;Keir Starmer&quot;
Flagged: &quot;Keir Starrer&quot;
Suggestion: &quot;Keir Starmer&quot;
Confidence: 0.8
Rule: glossary/near-miss</failure>
    </testcase>
    <testcase name="glossary/variant at 1:33" classname="docs/story.txt" file="docs/story.txt">
      <failure message="&quot;Cnn&quot; is a known wrong form of &quot;CNN&quot;" type="error">docs/story.txt:1:33: error: &quot;Cnn&quot; is a known wrong form of &quot;CNN&quot;
Flagged: &quot;Cnn&quot;
Suggestion: &quot;CNN&quot; (applied by --fix)
Confidence: 0.95
Rule: glossary/variant</failure>
    </testcase>
    <testcase name="title/abbreviation at 2:5" classname="docs/story.txt" file="docs/story.txt">
      <failure message="&quot;Gens&quot; is not an English title: write &quot;Gen.&quot; before the name" type="warning">docs/story.txt:2:5: warning: &quot;Gens&quot; is not an English title: write &quot;Gen.&quot; before the name
Flagged: &quot;Gens Saddam Haftar&quot;
Suggestion: &quot;Gen. Saddam Haftar&quot; (applied by --fix)
Confidence: 0.95
Rule: title/abbreviation</failure>
    </testcase>
  </testsuite>
  <testsuite name="docs/clean.md" tests="1" failures="0" errors="0" skipped="0">
    <testcase name="no problems" classname="docs/clean.md" file="docs/clean.md"/>
  </testsuite>
  <testsuite name="notes\\odd name #1.txt" tests="1" failures="0" errors="0" skipped="0">
    <testcase name="custom/odd-rule at 2:1" classname="notes\\odd name #1.txt" file="notes\\odd name #1.txt">
      <system-out>notes\\odd name #1.txt:2:1: info: Say &lt;b&gt; &amp; &quot;c&quot; &apos;d&apos; 🙂 not \\u0007 here,
please: 100%
Flagged: &quot;Foo\\r\\nBar&quot;
Confidence: 0.5
Rule: custom/odd-rule</system-out>
    </testcase>
  </testsuite>
</testsuites>
`);
  });

  it('is well-formed XML whatever the message holds', () => {
    expect(isWellFormed(out)).toBe(true);
    expect(isWellFormed(out.replace('\\u0007', '\u0007'))).toBe(false);
  });

  it('reads back as the messages, with <, &, quotes, emoji and line breaks intact and a control character escaped', () => {
    const odd = results[0]!.findings.map((f) => ({ ...f, severity: 'error' as const, message: 'A <b> & "c" \'d\' 🙂 \u0000\u001b[31m\r\n  end \uD83D' }));
    const xml = junit([{ ...results[0]!, findings: odd.slice(0, 1) }], { color: false });
    expect(isWellFormed(xml)).toBe(true);
    const failure = readElements(xml).find((e) => e.name === 'failure');
    // a line break in an attribute is written as a character reference, which a reader does not turn into a space
    expect(failure?.attributes.message).toBe('A <b> & "c" \'d\' 🙂 \\u0000\\u001B[31m\r\n  end \\uD83D');
    expect(failure?.text.split('\n').slice(0, 2)).toEqual(['docs/story.txt:1:16: error: A <b> & "c" \'d\' 🙂 \\u0000\\u001B[31m\r', '  end \\uD83D']);
  });

  it('names a file with a line break, a tab or a control character so that a reader gets the name back', () => {
    const path = 'new\nline\r\ttab\u0001.txt';
    const xml = junit([{ ...results[0]!, path }, { path, source: '', findings: [], dropped: [] }], { color: false, failures: [{ path: 'x\ny.txt', message: 'unreadable' }] });
    expect(isWellFormed(xml)).toBe(true);
    const read = readElements(xml);
    const shown = 'new\nline\r\ttab\\u0001.txt';
    expect(read.filter((e) => e.name === 'testsuite').map((e) => e.attributes.name)).toEqual([shown, shown, 'x\ny.txt']);
    const cases = read.filter((e) => e.name === 'testcase');
    expect(cases.map((e) => [e.attributes.classname, e.attributes.file])).toEqual([...Array(4).fill([shown, shown]), ['x\ny.txt', 'x\ny.txt']]);
    expect(cases[0]!.attributes.name).toBe('glossary/near-miss at 1:16');
  });

  it('says "(delete)" for an empty suggestion', () => {
    const source = 'close\nclose\nStory.';
    const f = findingAt(source, 'close\nclose\n', { ruleId: 'x/y', severity: 'warning', message: 'm', confidence: 0.9, suggestions: [{ text: '', confidence: 0.9 }], fix: { start: 0, end: 12, text: '' } });
    expect(junit([{ path: 'a.txt', source, findings: [f], dropped: [] }], { color: false })).toContain(
      '<failure message="m" type="warning">a.txt:1:1: warning: m\nFlagged: &quot;close\\nclose\\n&quot;\nSuggestion: (delete) (applied by --fix)\nConfidence: 0.9\nRule: x/y</failure>',
    );
  });

  it('reports an empty run as an empty testsuites element', () => {
    expect(junit([], { color: false })).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="translint" tests="0" failures="0" errors="0"/>\n');
  });
});

describe('junit file names', () => {
  const one = (path: string) => [{ path, source: '', findings: [], dropped: [] }];
  const names = (path: string, cwd?: string, root?: string) => {
    const doc = junit(one(path), { color: false, ...(cwd !== undefined ? { cwd } : {}), ...(root !== undefined ? { root } : {}) });
    return [...doc.matchAll(/(?:name|classname|file)="([^"]*)"/g)].map((m) => m[1]).filter((n) => n !== 'translint' && n !== 'no problems');
  };
  it.each([
    // [path as typed, cwd, root, name in the suite, the testcase's classname and file]
    ['docs/a.txt', '/w/repo', undefined, 'docs/a.txt'],
    ['./docs/a.txt', '/w/repo', undefined, 'docs/a.txt'],
    ['/w/repo/docs/a.txt', '/w/repo', undefined, 'docs/a.txt'],
    // (on POSIX a backslash is part of a file's name, not a folder separator)
    ['docs\\a.txt', '/w/repo', undefined, 'docs\\a.txt'],
    // run from a subfolder of a CI job's checkout (reportRoot): from the repository's root, as SARIF names it
    ['a.txt', '/w/repo/docs', '/w/repo', 'docs/a.txt'],
    ['../README.md', '/w/repo/docs', '/w/repo', 'README.md'],
    // outside the checkout: absolute
    ['../../elsewhere/a.txt', '/w/repo/docs', '/w/repo', '/w/elsewhere/a.txt'],
    ['<stdin>', '/w/repo', undefined, '&lt;stdin&gt;'],
  ] as const)('%s from %s (root %s) is %s', (path, cwd, root, name) => {
    expect(names(path, cwd, root)).toEqual([name, name, name]);
  });
});
