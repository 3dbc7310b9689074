/**
 * Runs the real checker over the quality corpus and guards the headline numbers
 * against regressions. The lead sets the thresholds in thresholds.json after measuring
 * (`npm run quality` prints the current values).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createChecker } from '../../src/index.ts';
import { QUALITY_DIR, runCorpus, type CorpusRun } from './corpus.ts';

interface Thresholds {
  /** minimum overall precision on annotated passages (0..1) */
  precision: number;
  /** minimum overall recall of catchable items (0..1) */
  recall: number;
  /** maximum findings per 1,000 words of clean prose */
  falseFlagsPer1000: number;
}

const thresholds = JSON.parse(readFileSync(join(QUALITY_DIR, 'thresholds.json'), 'utf8')) as Thresholds;

describe('quality corpus', () => {
  let run: CorpusRun;
  beforeAll(async () => {
    run = await runCorpus(createChecker);
  }, 120_000);

  it(`precision >= ${thresholds.precision}`, () => {
    expect(run.report.overall.precision ?? 0).toBeGreaterThanOrEqual(thresholds.precision);
  });

  it(`recall >= ${thresholds.recall}`, () => {
    expect(run.report.overall.recall ?? 0).toBeGreaterThanOrEqual(thresholds.recall);
  });

  it(`false flags per 1,000 clean words <= ${thresholds.falseFlagsPer1000}`, () => {
    expect(run.report.overall.falseFlagsPer1000 ?? 0).toBeLessThanOrEqual(thresholds.falseFlagsPer1000);
  });

  it('reports findings whose text matches their range', () => {
    for (const r of [...run.passageRuns, ...run.cleanRuns]) {
      const text = 'passage' in r ? r.passage.text : r.text;
      for (const f of r.findings) {
        if (f.text === undefined) continue;
        expect(text.slice(f.range.start.offset, f.range.end.offset)).toBe(f.text);
      }
    }
  });
});
