import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createChecker, parseGlossary } from '../../src/index.ts';
import { formatForPath } from '../../src/inputs/index.ts';
import { ROOT } from '../helpers/cli.ts';

const checker = createChecker({ defaultGlossary: false, glossaries: [parseGlossary('[{"term":"Keir Starmer","variants":["Keir Starrer"]}]', 'json')] });

// Each sample has the misspelling in prose (found at these offsets and lines), and the same words in
// code, attributes, URLs, keys, sources or comments, where nothing may be found: `written` counts
// every "Keir Starrer" in the file. `suppressed` counts those under a translint-disable comment.
const SAMPLES: [file: string, format: string, found: [offset: number, line: number][], suppressed: number, written: number][] = [
  ['starmer-kigali.md', 'markdown', [[70, 5], [155, 7], [290, 10]], 1, 10],
  // the <title> is RCDATA, not prose; "Keir&nbsp;Starrer" is found as the plain words (with no fix: it spans an entity)
  ['starmer-kigali.html', 'html', [[394, 12], [563, 14]], 1, 10],
  ['starmer-kigali.xlf', 'xliff', [[314, 7], [628, 12]], 1, 8],
  ['starmer-kigali.po', 'po', [[292, 12], [472, 19], [529, 20], [641, 24], [694, 25]], 0, 8],
  // "Keir\u00a0Starrer" is found as the plain words (with no fix: it spans an escape)
  ['starmer-kigali.json', 'json', [[21, 2], [103, 4], [205, 5], [240, 6]], 0, 4],
  ['starmer-kigali.txt', 'text', [[0, 1], [80, 3]], 0, 2],
  ['keir-starrer.nitf', 'nitf', [[832, 24], [1447, 33], [1610, 34], [1854, 37]], 0, 11],
  ['keir-starrer.newsml', 'newsml', [[1360, 24], [1888, 35], [2057, 36]], 0, 7],
];

describe('the checker over one sample per input format', () => {
  it.each(SAMPLES)('%s (%s): finds the misspelling in prose only, at offsets that slice the file', (file, format, found, suppressed, written) => {
    const path = join(ROOT, 'corpora', 'samples', file);
    const text = readFileSync(path, 'utf8');
    const doc = formatForPath(path).parse(text, path);
    expect(doc.format).toBe(format);
    const result = checker.check(doc);
    for (const f of result.findings) {
      expect(f.text).toBe(text.slice(f.range.start.offset, f.range.end.offset));
      // bilingual rules report on placeholders and whole targets, markup included; the others on prose only
      if (!f.ruleId.startsWith('bilingual/')) expect(doc.segments.some((s) => s.start <= f.range.start.offset && f.range.end.offset <= s.end)).toBe(true);
    }
    const glossary = result.findings.filter((f) => f.ruleId === 'glossary/variant');
    expect(glossary.map((f) => [f.range.start.offset, f.range.start.line])).toEqual(found);
    // a finding that spans markup or an escape slices the file (markup included) and is never fixed automatically
    for (const f of glossary) expect(f.text === 'Keir Starrer' ? f.fix?.text : f.fix).toBe(f.text === 'Keir Starrer' ? 'Keir Starmer' : undefined);
    expect(result.dropped.filter((d) => d.reason.includes('translint-disable')).length).toBe(suppressed);
    expect(text.split('Keir Starrer').length - 1).toBe(written);
  });
});

describe('a text read with its byte-order mark, as a caller of the library that reads files itself passes it', () => {
  it.each(SAMPLES)('%s (%s): the same document and findings as without it, the mark kept out of the text', (file) => {
    const path = join(ROOT, 'corpora', 'samples', file);
    const text = readFileSync(path, 'utf8');
    const format = formatForPath(path);
    const plain = format.parse(text, path);
    const marked = format.parse(`\uFEFF${text}`, path);
    expect(marked.bom).toBe(true);
    expect(marked.text).toBe(text);
    expect(marked.segments).toEqual(plain.segments);
    expect(marked.units).toEqual(plain.units);
    // the prose view and the spans kept beside it (escapes, code, terms, suppressions) are the same too
    for (const key of ['prose', 'escapes', 'code', 'terms', 'suppressions'] as const) expect(marked[key]).toEqual(plain[key]);
    const findings = checker.check(marked).findings;
    expect(findings.map((f) => [f.ruleId, f.range.start.offset, f.text])).toEqual(checker.check(plain).findings.map((f) => [f.ruleId, f.range.start.offset, f.text]));
    for (const f of findings) expect(text.slice(f.range.start.offset, f.range.end.offset)).toBe(f.text);
  });
});
