import { describe, expect, it } from 'vitest';
import { checkstyle } from '../../src/reports/checkstyle.ts';
import { results } from './fixture.ts';
import { isWellFormed, readElements } from './xml-check.ts';

const out = checkstyle(results, { color: false });

describe('checkstyle', () => {
  it('writes a file element per file and an error element per finding', () => {
    expect(out).toBe(`<?xml version="1.0" encoding="UTF-8"?>
<checkstyle version="4.3">
  <file name="docs/story.txt">
    <error line="1" column="16" severity="warning" message="&quot;Keir Starrer&quot; looks like a misspelling of &quot;Keir Starmer&quot;" source="translint.glossary/near-miss"/>
    <error line="1" column="33" severity="error" message="&quot;Cnn&quot; is a known wrong form of &quot;CNN&quot;" source="translint.glossary/variant"/>
    <error line="2" column="5" severity="warning" message="&quot;Gens&quot; is not an English title: write &quot;Gen.&quot; before the name" source="translint.title/abbreviation"/>
  </file>
  <file name="docs/clean.md"/>
  <file name="notes\\odd name #1.txt">
    <error line="2" column="1" severity="info" message="Say &lt;b&gt; &amp; &quot;c&quot; &apos;d&apos; 🙂 not \\u0007 here,&#10;please: 100%" source="translint.custom/odd-rule"/>
  </file>
</checkstyle>
`);
  });

  it('is well-formed and reads back as the message, line break intact and control character escaped', () => {
    expect(isWellFormed(out)).toBe(true);
    const errors = readElements(out).filter((e) => e.name === 'error');
    expect(errors[3]?.attributes).toEqual({
      line: '2',
      column: '1',
      severity: 'info',
      message: 'Say <b> & "c" \'d\' 🙂 not \\u0007 here,\nplease: 100%',
      source: 'translint.custom/odd-rule',
    });
  });

  it('names a file with a line break, a tab or a control character so that a reader gets the name back', () => {
    const path = '/w/new\nline\r\ttab\u0001.txt';
    const xml = checkstyle([{ ...results[0]!, path }], { color: false, failures: [{ path: '/w/x\ny.txt', message: 'unreadable' }] });
    expect(isWellFormed(xml)).toBe(true);
    expect(readElements(xml).filter((e) => e.name === 'file').map((e) => e.attributes.name)).toEqual(['/w/new\nline\r\ttab\\u0001.txt', '/w/x\ny.txt']);
  });

  it('writes an empty checkstyle element for no files', () => {
    expect(checkstyle([], { color: false })).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<checkstyle version="4.3"/>\n');
  });
});

describe('checkstyle file names', () => {
  const name = (path: string, cwd?: string) => /<file name="([^"]*)"/.exec(checkstyle([{ path, source: '', findings: [], dropped: [] }], { color: false, ...(cwd !== undefined ? { cwd } : {}), root: '/w/repo' }))?.[1];
  it.each([
    // [path as typed, cwd, name]: absolute, as Checkstyle and ESLint write it, whatever the repository's root
    ['docs/a.txt', '/w/repo', '/w/repo/docs/a.txt'],
    ['./docs/a.txt', '/w/repo', '/w/repo/docs/a.txt'],
    ['a.txt', '/w/repo/docs', '/w/repo/docs/a.txt'],
    ['../b/a.txt', '/w/repo/docs', '/w/repo/b/a.txt'],
    ['/w/repo/docs/a.txt', '/w/repo/docs', '/w/repo/docs/a.txt'],
    ['<stdin>', '/w/repo', '&lt;stdin&gt;'],
    // no folder to resolve against: as typed
    ['docs/a.txt', undefined, 'docs/a.txt'],
  ] as const)('%s from %s is %s', (path, cwd, expected) => {
    expect(name(path, cwd)).toBe(expected);
  });
});
