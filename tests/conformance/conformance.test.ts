import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DATA } from './corpora.ts';
import type { Report } from './run.ts';

// `npm run conformance` on a sample of every corpus in ../shared/data/conformance (at most 12 inputs
// per corpus, evenly spread over its sorted files, so every folder is visited; the full run is
// `npm run conformance`). Skipped when the data is absent.
const SAMPLE = 12;
const RUN = fileURLToPath(new URL('./run.ts', import.meta.url));

describe.skipIf(!existsSync(DEFAULT_DATA))('conformance on third-party files (sampled)', () => {
  // the describe body runs while tests are collected, skipped or not: run only when the data is there
  const report = existsSync(DEFAULT_DATA) ? conformance() : ({ rows: [], problems: [] } as unknown as Report);

  it('reads every corpus', () => {
    expect(report.rows.map((r) => r.corpus).sort()).toEqual(['commonmark', 'html5lib', 'markdown-it', 'newsml-g2', 'newsml-g2-python', 'nitf', 'okapi', 'po', 'xliff2-oasis']);
  });

  it('has no crash, time-out, bad range, finding in markup, refused valid file or unexplained refusal', () => {
    expect(report.problems).toEqual([]);
    for (const r of report.rows) expect([r.corpus, r.crashes, r.timeouts, r.badRanges, r.inMarkup, r.validRefused]).toEqual([r.corpus, 0, 0, 0, 0, 0]);
  });

  it('flags at most 1 per 1,000 words of the English-variant PO catalogues', () => {
    const po = report.rows.find((r) => r.corpus === 'po');
    // the words checked: the strings the catalogues change (a msgstr that copies its msgid is the
    // program's English, not checked again; see src/inputs/po.ts), about 3,200 of 25,400
    expect(po?.words).toBeGreaterThan(2_500);
    expect(po?.perThousand).toBeLessThanOrEqual(1);
  });
});

function conformance(): Report {
  const run = spawnSync(process.execPath, ['--import', 'tsx', RUN, '--json', '--sample', String(SAMPLE), '--timeout', '60000'], {
    cwd: fileURLToPath(new URL('../..', import.meta.url)),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 15 * 60_000,
  });
  return JSON.parse(run.stdout || '{"rows":[],"problems":["no output: ' + JSON.stringify(run.stderr).slice(1, 200) + '"]}') as Report;
}
