import { readFileSync } from 'node:fs';
import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import type * as Sarif from 'sarif';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings/finding.ts';
import { sarif } from '../../src/reports/sarif.ts';
import type { FileResult } from '../../src/reports/types.ts';
import { rules } from '../../src/rules/index.ts';
import { findingAt, results, STORY } from './fixture.ts';

// the SARIF 2.1.0 schema (release 2.1.0-rtm.5, draft-04, MIT, from Microsoft's @microsoft/jest-sarif),
// vendored as a fixture: no npm package ships the OASIS file itself, and its definitions and required
// properties are the same as the multitool's copy of the final 2.1.0 schema
const schema = JSON.parse(readFileSync(new URL('../fixtures/sarif/sarif-2.1.0-rtm.5.json', import.meta.url), 'utf8')) as object;
// unicodeRegExp off: the schema's language-tag pattern has a stray "]" that only unicode mode rejects
const ajv = new ajvDraft04.default({ allErrors: true, unicodeRegExp: false });
ajvFormats.default(ajv);
const validate = ajv.compile(schema);
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

function run(input: readonly FileResult[]): Sarif.Run {
  const log = JSON.parse(sarif(input, { color: false })) as Sarif.Log;
  return log.runs[0] as Sarif.Run;
}

const variant = rules.findIndex((r) => r.meta.id === 'glossary/variant');
const nearMiss = rules.findIndex((r) => r.meta.id === 'glossary/near-miss');
const title = rules.findIndex((r) => r.meta.id === 'title/abbreviation');

describe('sarif', () => {
  it('validates against the SARIF 2.1.0 schema, with findings and without', () => {
    expect(validate(JSON.parse(sarif(results, { color: false }))), JSON.stringify(validate.errors)).toBe(true);
    expect(validate(JSON.parse(sarif([], { color: false }))), JSON.stringify(validate.errors)).toBe(true);
  });

  it('is checked strictly enough to catch a bad region or an unencoded uri', () => {
    const log = JSON.parse(sarif(results, { color: false })) as Sarif.Log;
    const loc = log.runs[0]?.results?.[0]?.locations?.[0]?.physicalLocation;
    if (!loc?.region || !loc.artifactLocation) throw new Error('no location');
    loc.region.startLine = 0;
    loc.artifactLocation.uri = 'notes/odd name.txt';
    expect(validate(log)).toBe(false);
    expect(validate.errors?.map((e) => e.message)).toEqual(['must match format "uri-reference"', 'must be >= 1']);
  });

  it('starts with the schema and version and describes translint', () => {
    const log = JSON.parse(sarif(results, { color: false })) as Sarif.Log;
    expect(log.$schema).toBe('https://docs.oasis-open.org/sarif/sarif/v2.1.0/os/schemas/sarif-schema-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const { driver } = log.runs[0]!.tool;
    expect([driver.name, driver.version, driver.informationUri]).toEqual(['translint', pkg.version, 'https://www.npmjs.com/package/translint']);
    expect(log.runs[0]!.columnKind).toBe('utf16CodeUnits');
  });

  it('lists every registered rule, then rules seen only in findings', () => {
    const { driver } = run(results).tool;
    expect(driver.rules?.map((r) => r.id)).toEqual([...rules.map((r) => r.meta.id), 'custom/odd-rule']);
    expect(driver.rules?.[variant]).toEqual({
      id: 'glossary/variant',
      shortDescription: { text: 'A known wrong form of a glossary term; suggests the preferred term.' },
      help: {
        text:
          'A known wrong form of a glossary term; suggests the preferred term.\n\n' +
          'Confidence: High (0.95) for a literal variant matched with exact case, 0.9 case-insensitively, 0.8 for a regular-expression variant; 0.1 lower when the entry depends on context words.\n\n' +
          'In "He met Wladimir Putin." translint flags "Wladimir Putin" and suggests "Vladimir Putin".',
        markdown:
          'A known wrong form of a glossary term; suggests the preferred term.\n\n' +
          '**Confidence:** High (0.95) for a literal variant matched with exact case, 0.9 case-insensitively, 0.8 for a regular-expression variant; 0.1 lower when the entry depends on context words.\n\n' +
          '**Example:** In "He met Wladimir Putin." translint flags "Wladimir Putin" and suggests "Vladimir Putin".',
      },
      defaultConfiguration: { level: 'error' },
      properties: { tags: ['translation', 'glossary'] },
    });
    expect(driver.rules?.[nearMiss]?.defaultConfiguration).toEqual({ level: 'warning' });
    expect(driver.rules?.at(-1)).toEqual({ id: 'custom/odd-rule' });
  });

  it('reports each finding with its region, fingerprint, confidence and proposed fix', () => {
    const region = (startLine: number, startColumn: number, endLine: number, endColumn: number, charOffset: number, charLength: number) => ({
      startLine,
      startColumn,
      endLine,
      endColumn,
      charOffset,
      charLength,
    });
    const at = (uri: string, r: Sarif.Region) => [{ physicalLocation: { artifactLocation: { uri }, region: r } }];
    const change = (uri: string, r: Sarif.Region, text: string) => [{ artifactLocation: { uri }, replacements: [{ deletedRegion: r, insertedContent: { text } }] }];
    expect(run(results).results).toEqual([
      {
        ruleId: 'glossary/near-miss',
        ruleIndex: nearMiss,
        level: 'warning',
        message: { text: '"Keir Starrer" looks like a misspelling of "Keir Starmer"' },
        locations: at('docs/story.txt', { ...region(1, 16, 1, 28, 15, 12), snippet: { text: 'Keir Starrer' } }),
        partialFingerprints: { 'translint/v1': '069d7d2a0b79b19192f02eb5fff1d41e' },
        properties: { confidence: 0.8 },
        fixes: [
          {
            description: { text: 'Suggestion: replace "Keir Starrer" with "Keir Starmer" (not applied by --fix).' },
            artifactChanges: change('docs/story.txt', region(1, 16, 1, 28, 15, 12), 'Keir Starmer'),
          },
        ],
      },
      {
        ruleId: 'glossary/variant',
        ruleIndex: variant,
        level: 'error',
        message: { text: '"Cnn" is a known wrong form of "CNN"' },
        locations: at('docs/story.txt', { ...region(1, 33, 1, 36, 32, 3), snippet: { text: 'Cnn' } }),
        partialFingerprints: { 'translint/v1': '6c0d11d38793004687543ceb6f7e892e' },
        properties: { confidence: 0.95 },
        fixes: [
          {
            description: { text: 'Replace "Cnn" with "CNN" (safe: translint --fix applies it).' },
            artifactChanges: change('docs/story.txt', region(1, 33, 1, 36, 32, 3), 'CNN'),
          },
        ],
      },
      {
        ruleId: 'title/abbreviation',
        ruleIndex: title,
        level: 'warning',
        message: { text: '"Gens" is not an English title: write "Gen." before the name' },
        locations: at('docs/story.txt', { ...region(2, 5, 2, 23, 51, 18), snippet: { text: 'Gens Saddam Haftar' } }),
        partialFingerprints: { 'translint/v1': '77b542d0b090a64b293a165df7cbe076' },
        properties: { confidence: 0.95 },
        fixes: [
          {
            description: { text: 'Replace "Gens Saddam Haftar" with "Gen. Saddam Haftar" (safe: translint --fix applies it).' },
            artifactChanges: change('docs/story.txt', region(2, 5, 2, 23, 51, 18), 'Gen. Saddam Haftar'),
          },
        ],
      },
      {
        ruleId: 'custom/odd-rule',
        ruleIndex: rules.length,
        level: 'note',
        message: { text: 'Say <b> & "c" \'d\' 🙂 not \u0007 here,\nplease: 100%' },
        locations: at('notes%5Codd%20name%20%231.txt', { ...region(2, 1, 3, 4, 10, 8), snippet: { text: 'Foo\r\nBar' } }),
        partialFingerprints: { 'translint/v1': 'b4c2b76c2672756c26315d4a914d89af' },
        properties: { confidence: 0.5 },
      },
    ]);
  });

  it('keeps fingerprints when lines are added elsewhere and changes them when the sentence changes', () => {
    const cnn = (source: string, nth = 0): Finding =>
      findingAt(source, 'Cnn', { ruleId: 'glossary/variant', severity: 'error', message: 'm', confidence: 0.95, suggestions: [] }, nth);
    const print = (source: string, findings: Finding[]) =>
      run([{ path: 'a.txt', source, findings, dropped: [] }]).results?.map((r) => r.partialFingerprints?.['translint/v1']);
    const before = print(STORY, [cnn(STORY)]);
    const moved = `A new first line.\n\n${STORY}More text at the end with Cnn.\n`;
    expect(print(moved, [cnn(moved)])).toEqual(before);
    expect(run([{ path: 'a.txt', source: moved, findings: [cnn(moved)], dropped: [] }]).results?.[0]?.locations?.[0]?.physicalLocation?.region?.startLine).toBe(3);
    const edited = STORY.replace('met Cnn reporters', 'met Cnn journalists');
    expect(print(edited, [cnn(edited)])).not.toEqual(before);
    // the same text in the same context twice: told apart by an occurrence number
    const twice = 'He met Cnn.\nHe met Cnn.\n';
    const [first, second] = print(twice, [cnn(twice), cnn(twice, 1)]) ?? [];
    expect(first).toMatch(/^[0-9a-f]{32}$/);
    expect(second).toMatch(/^[0-9a-f]{32}$/);
    expect(first).not.toBe(second);
  });

  it('gives the fix its own region when it does not cover exactly the flagged text', () => {
    const f = findingAt(STORY, 'Cnn', { ruleId: 'glossary/variant', severity: 'error', message: 'm', confidence: 0.9, suggestions: [{ text: 'CNN', confidence: 0.9 }] });
    f.fix = { start: 28, end: 35, text: 'CNN' };
    const [res] = run([{ path: 'a.txt', source: STORY, findings: [f], dropped: [] }]).results ?? [];
    expect(res?.fixes).toEqual([
      {
        description: { text: 'Replace "met Cnn" with "CNN" (safe: translint --fix applies it).' },
        artifactChanges: [
          {
            artifactLocation: { uri: 'a.txt' },
            replacements: [{ deletedRegion: { startLine: 1, startColumn: 29, endLine: 1, endColumn: 36, charOffset: 28, charLength: 7 }, insertedContent: { text: 'CNN' } }],
          },
        ],
      },
    ]);
  });

  it('describes a removal as a deletion, with line breaks quoted', () => {
    const source = 'close\nclose\nStory.';
    const f = findingAt(source, 'close\nclose\n', { ruleId: 'x/y', severity: 'warning', message: 'm', confidence: 0.9, suggestions: [{ text: '', confidence: 0.9 }] });
    const [res] = run([{ path: 'a.txt', source, findings: [f], dropped: [] }]).results ?? [];
    expect(res?.fixes?.[0]?.description?.text).toBe('Suggestion: delete "close\\nclose\\n" (not applied by --fix).');
    expect(res?.fixes?.[0]?.artifactChanges[0]?.replacements?.[0]).toEqual({
      deletedRegion: { startLine: 1, startColumn: 1, endLine: 3, endColumn: 1, charOffset: 0, charLength: 12 },
      insertedContent: { text: '' },
    });
  });

  it('reports no results for clean files', () => {
    expect(run([{ path: 'a.txt', source: 'Fine.\n', findings: [], dropped: [] }]).results).toEqual([]);
  });
});
