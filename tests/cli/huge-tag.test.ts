import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translint } from '../helpers/cli.ts';
import { post, start, type Running } from '../server/helpers.ts';

// A TSV unit whose target starts with one "tag" of 12 MB: the inline-code pattern of the bilingual rules
// ran out of stack on it, and the whole `check` run stopped ("translint: Maximum call stack size
// exceeded", the other file's report lost); the service answered 500. A tag's attributes are now capped
// (unit-text.ts, MAX_TAG_ATTRIBUTES): this one is text, and the placeholder after it is still compared.
// (A failure while one input is checked is that input's error: tests/pipeline/pipeline-errors.test.ts.)
// 12 MB takes 5-15 s to check, as other text of its size: each test has a time limit of its own, not a bound.
const TAG = `<b ${'y=z '.repeat(3_000_000)}>`;
const HUGE_TAG = `Hallo {name}\t${TAG} {nom}\n`;
// where "{nom}" stands: after "Hallo {name}", the tab, the tag and a space
const NOM = 'Hallo {name}\t'.length + TAG.length + 1;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'translint-huge-tag-'));
  writeFileSync(join(dir, 'g.json'), JSON.stringify([{ term: 'Keir Starmer', variants: ['Keir Starrer'] }]));
  writeFileSync(join(dir, 'good.txt'), 'Keir Starrer spoke on Monday.\n');
  writeFileSync(join(dir, 'huge.tsv'), HUGE_TAG);
});

interface Report {
  files: { path: string; findings: { ruleId: string; text: string; range: { start: { offset: number }; end: { offset: number } } }[] }[];
  failures: unknown[];
}
const summary = (files: Report['files']) => files.map((f) => [f.path, f.findings.map((x) => [x.ruleId, x.text, x.range.start.offset, x.range.end.offset])]);

describe('a TSV unit with one 12 MB tag', () => {
  it('check: both files reported, the tag read as text, the placeholder after it compared', () => {
    const r = translint(['check', '--no-default-glossary', '-g', 'g.json', '--no-progress', '--format', 'json', 'good.txt', 'huge.tsv'], { cwd: dir });
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as Report;
    expect(summary(out.files)).toEqual([
      ['good.txt', [['glossary/variant', 'Keir Starrer', 0, 12]]],
      ['huge.tsv', [['bilingual/placeholders', '{nom}', NOM, NOM + 5]]],
    ]);
    expect(out.failures).toEqual([]);
    expect(r.status).toBe(1);
  }, 120_000);

  describe('serve', () => {
    let s: Running;
    beforeAll(async () => {
      // (a time budget of its own: the 10 s default is near what 12 MB takes on a busy machine)
      s = await start({ defaultGlossary: false, maxBodyBytes: 16 * 1024 * 1024, maxTimeMs: 100_000 });
    });
    afterAll(() => s.app.close());

    it('answers 200 with the finding, nothing logged', async () => {
      const r = await post(`${s.url}/v1/check`, { text: HUGE_TAG, format: 'tsv', diff: false });
      expect(r.status).toBe(200);
      const findings = r.json.findings as Report['files'][number]['findings'];
      expect(findings.map((x) => [x.ruleId, x.text, x.range.start.offset, x.range.end.offset])).toEqual([['bilingual/placeholders', '{nom}', NOM, NOM + 5]]);
      expect(s.logs).toEqual([]);
    }, 120_000);
  });
});
