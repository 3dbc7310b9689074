import { readFileSync } from 'node:fs';
import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { DomUtils, parseDocument } from 'htmlparser2';
import type * as Sarif from 'sarif';
import { describe, expect, it } from 'vitest';
import type { Severity } from '../../src/findings/finding.ts';
import { reporters, type FormatName } from '../../src/reports/index.ts';
import type { FileFailure, FileResult } from '../../src/reports/types.ts';
import { findingAt, results } from './fixture.ts';
import { isWellFormed, parseXml } from './xml-check.ts';

/**
 * Inputs that could not be checked (ReportOptions.failures): one of a file that also has results (its
 * fixes could not be written), one at a line with an awkward path and message, one with no line.
 */
const failures: FileFailure[] = [
  { path: 'docs/story.txt', message: 'docs/story.txt: changed on disk since it was read; not fixed' },
  { path: 'in, out/a:b 100%.xlf', line: 7, message: 'in, out/a:b 100%.xlf:7: closing </b> does not match "<p>" & more' },
  { path: 'gone.txt', message: 'gone.txt: no such file or directory' },
];

const schema = JSON.parse(readFileSync(new URL('../fixtures/sarif/sarif-2.1.0-rtm.5.json', import.meta.url), 'utf8')) as object;
const ajv = new ajvDraft04.default({ allErrors: true, unicodeRegExp: false });
ajvFormats.default(ajv);
const validate = ajv.compile(schema);

/** The report of `input` given `list` as its failures ('none': no failures option at all). */
const report = (format: FormatName, input: readonly FileResult[] = results, list: readonly FileFailure[] | 'none' = failures) =>
  reporters[format](input, { color: false, cwd: '/work', ...(list !== 'none' ? { failures: list } : {}) });

describe('failures in reports', () => {
  it('json: a top-level failures list (line only when known), before the summary; empty when all were checked', () => {
    const out = JSON.parse(report('json')) as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(['version', 'files', 'failures', 'summary']);
    expect(out.failures).toEqual([
      { path: 'docs/story.txt', message: 'docs/story.txt: changed on disk since it was read; not fixed' },
      { path: 'in, out/a:b 100%.xlf', message: 'in, out/a:b 100%.xlf:7: closing </b> does not match "<p>" & more', line: 7 },
      { path: 'gone.txt', message: 'gone.txt: no such file or directory' },
    ]);
    // the findings are all still there
    expect((out.summary as { findings: number }).findings).toBe(4);
    expect(JSON.parse(report('json', results, 'none')).failures).toEqual([]);
    expect(JSON.parse(report('json', results, [])).failures).toEqual([]);
  });

  it('sarif: the invocation failed, with one error notification per failure at its file and line; valid SARIF 2.1.0', () => {
    const log = JSON.parse(report('sarif')) as Sarif.Log;
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    const run = log.runs[0] as Sarif.Run;
    expect(run.results).toHaveLength(4);
    const at = (uri: string, line?: number) => [{ physicalLocation: { artifactLocation: { uri }, ...(line ? { region: { startLine: line } } : {}) } }];
    expect(run.invocations).toEqual([
      {
        executionSuccessful: false,
        toolExecutionNotifications: [
          { level: 'error', message: { text: failures[0]!.message }, locations: at('docs/story.txt') },
          { level: 'error', message: { text: failures[1]!.message }, locations: at('in%2C%20out/a%3Ab%20100%25.xlf', 7) },
          { level: 'error', message: { text: failures[2]!.message }, locations: at('gone.txt') },
        ],
      },
    ]);
    for (const list of ['none' as const, []]) {
      const clean = JSON.parse(report('sarif', results, list)) as Sarif.Log;
      expect(validate(clean), JSON.stringify(validate.errors)).toBe(true);
      expect(clean.runs[0]!.invocations).toEqual([{ executionSuccessful: true }]);
    }
    // a line the schema cannot take (0) is left out rather than making the log invalid
    const zero = JSON.parse(report('sarif', [], [{ path: 'a.po', line: 0, message: 'a.po:0: broken' }])) as Sarif.Log;
    expect(validate(zero), JSON.stringify(validate.errors)).toBe(true);
    expect(zero.runs[0]!.invocations![0]!.toolExecutionNotifications![0]!.locations).toEqual(at('a.po'));
  });

  it('junit: a testcase in error per failure, in its file suite or a suite of its own, counted in errors', () => {
    const out = report('junit');
    expect(isWellFormed(out)).toBe(true);
    const doc = parseXml(out) as { testsuites: Record<string, string> & { testsuite: (Record<string, string> & { testcase: unknown })[] } };
    const { testsuites } = doc;
    expect([testsuites['@_tests'], testsuites['@_failures'], testsuites['@_errors']]).toEqual(['8', '3', '3']);
    const suites = testsuites.testsuite.map((s) => {
      const cases = (Array.isArray(s.testcase) ? s.testcase : [s.testcase]) as Record<string, unknown>[];
      return [s['@_name'], s['@_tests'], s['@_failures'], s['@_errors'], cases.map((c) => [c['@_name'], c.error === undefined ? (c.failure === undefined ? 'pass' : 'failure') : c.error])];
    });
    const error = (f: FileFailure) => ({ '@_message': f.message, '@_type': 'error', '#text': f.message });
    expect(suites).toEqual([
      ['docs/story.txt', '4', '3', '1', [['file error', error(failures[0]!)], ['glossary/near-miss at 1:16', 'failure'], ['glossary/variant at 1:33', 'failure'], ['title/abbreviation at 2:5', 'failure']]],
      ['docs/clean.md', '1', '0', '0', [['no problems', 'pass']]],
      ['notes\\odd name #1.txt', '1', '0', '0', [['custom/odd-rule at 2:1', 'pass']]],
      ['in, out/a:b 100%.xlf', '1', '0', '1', [['file error at line 7', error(failures[1]!)]]],
      ['gone.txt', '1', '0', '1', [['file error', error(failures[2]!)]]],
    ]);
  });

  it('junit: a failed file with no results is no passing "no problems" case', () => {
    const only = report('junit', [{ path: 'a.txt', source: '', findings: [], dropped: [] }], [{ path: 'a.txt', message: 'a.txt: not fixed' }]);
    expect(only).toContain('<testsuites name="translint" tests="1" failures="0" errors="1">');
    expect(only).not.toContain('no problems');
  });

  it('checkstyle: an error with source "translint" first in the file, with its line when known; files by their absolute paths, as Checkstyle names them', () => {
    const out = report('checkstyle', results.slice(0, 2));
    expect(isWellFormed(out)).toBe(true);
    expect(out).toBe(`<?xml version="1.0" encoding="UTF-8"?>
<checkstyle version="4.3">
  <file name="/work/docs/story.txt">
    <error severity="error" message="docs/story.txt: changed on disk since it was read; not fixed" source="translint"/>
    <error line="1" column="16" severity="warning" message="&quot;Keir Starrer&quot; looks like a misspelling of &quot;Keir Starmer&quot;" source="translint.glossary/near-miss"/>
    <error line="1" column="33" severity="error" message="&quot;Cnn&quot; is a known wrong form of &quot;CNN&quot;" source="translint.glossary/variant"/>
    <error line="2" column="5" severity="warning" message="&quot;Gens&quot; is not an English title: write &quot;Gen.&quot; before the name" source="translint.title/abbreviation"/>
  </file>
  <file name="/work/docs/clean.md"/>
  <file name="/work/in, out/a:b 100%.xlf">
    <error line="7" severity="error" message="in, out/a:b 100%.xlf:7: closing &lt;/b&gt; does not match &quot;&lt;p&gt;&quot; &amp; more" source="translint"/>
  </file>
  <file name="/work/gone.txt">
    <error severity="error" message="gone.txt: no such file or directory" source="translint"/>
  </file>
</checkstyle>
`);
  });

  it('github: an ::error annotation per failure first, escaped as the others', () => {
    const out = report('github', results.slice(0, 2));
    expect(out).toBe(
      [
        '::error file=docs/story.txt,title=translint (file error)::docs/story.txt: changed on disk since it was read; not fixed',
        '::error file=in%2C out/a%3Ab 100%25.xlf,line=7,title=translint (file error)::in, out/a:b 100%25.xlf:7: closing </b> does not match "<p>" & more',
        '::error file=gone.txt,title=translint (file error)::gone.txt: no such file or directory',
        '::error file=docs/story.txt,line=1,endLine=1,col=33,endColumn=36,title=translint (glossary/variant)::"Cnn" is a known wrong form of "CNN" → CNN',
        '::warning file=docs/story.txt,line=2,endLine=2,col=5,endColumn=23,title=translint (title/abbreviation)::"Gens" is not an English title: write "Gen." before the name → Gen. Saddam Haftar',
        '::warning file=docs/story.txt,line=1,endLine=1,col=16,endColumn=28,title=translint (glossary/near-miss)::"Keir Starrer" looks like a misspelling of "Keir Starmer" → Keir Starmer',
        'translint: 3 problems (1 error, 2 warnings, 0 info) in 2 files; 3 files could not be checked',
        '',
      ].join('\n'),
    );
  });

  it('github: failures take error slots first; the findings left out are counted in the notice', () => {
    const source = 'e0\ne1\ne2\n';
    const findings = ['e0', 'e1', 'e2'].map((t) => findingAt(source, t, { ruleId: 'x/y', severity: 'error' as Severity, message: t, confidence: 0.5, suggestions: [] }));
    const many = Array.from({ length: 8 }, (_, i): FileFailure => ({ path: `bad${i}.xml`, message: `bad${i}.xml: broken` }));
    const errors = (out: string) => out.split('\n').filter((l) => l.startsWith('::error ')).map((l) => l.slice(l.lastIndexOf('::') + 2));
    const out = report('github', [{ path: 'a.txt', source, findings, dropped: [] }], many);
    expect(errors(out)).toEqual([...many.map((f) => f.message), 'e0', 'e1']);
    expect(out).toContain('::notice::translint: 1 more finding not shown as annotations (1 error, 0 warnings, 0 info);');
  });

  it('github: at most 10 failures as annotations, the rest counted in the notice; the summary says how many failed', () => {
    const many = Array.from({ length: 12 }, (_, i): FileFailure => ({ path: `bad${i}.xml`, message: `bad${i}.xml: broken` }));
    const out = report('github', [], many);
    const lines = out.trimEnd().split('\n');
    expect(lines.filter((l) => l.startsWith('::error ')).map((l) => l.slice(l.lastIndexOf('::') + 2))).toEqual(many.slice(0, 10).map((f) => f.message));
    expect(lines.at(-2)).toMatch(/^::notice::translint: 2 more files that could not be checked and 0 more findings not shown as annotations/);
    expect(lines.at(-1)).toBe('translint: no problems in 0 files; 12 files could not be checked');
  });

  it('html: a visible list at the top, before the documents, escaped', () => {
    const out = report('html');
    const doc = parseDocument(out);
    const section = DomUtils.findOne((e) => e.name === 'section' && e.attribs.class === 'failures', doc.children, true);
    expect(section).not.toBeNull();
    expect(DomUtils.textContent(DomUtils.findOne((e) => e.name === 'h2', [section!], true)!)).toBe('3 files could not be checked');
    expect(DomUtils.findAll((e) => e.name === 'li', [section!]).map((li) => DomUtils.textContent(li))).toEqual(failures.map((f) => f.message));
    expect(out).toContain('closing &lt;/b&gt; does not match &quot;&lt;p&gt;&quot; &amp; more');
    expect(out.indexOf('class="failures"')).toBeLessThan(out.indexOf('<section class="doc"'));
    expect(report('html', results, [failures[2]!])).toContain('<h2>1 file could not be checked</h2>');
    expect(report('html', results, [])).not.toContain('class="failures"');
  });

  it.each(['stylish', 'compact'] as const)('%s leaves failures to stderr: the same report with or without them', (format) => {
    expect(report(format)).toBe(report(format, results, 'none'));
  });

  it.each(Object.keys(reporters) as FormatName[])('%s is pure: the failures and results given are not changed, and the output repeats', (format) => {
    const given = structuredClone(failures);
    const first = report(format, results, given);
    expect(given).toEqual(failures);
    expect(report(format, results, given)).toBe(first);
  });
});
