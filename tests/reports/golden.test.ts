import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reporters, type FormatName } from '../../src/reports/index.ts';
import { results } from './fixture.ts';

/**
 * Golden files: each report format's whole output for the fixture results (three files: findings of
 * each severity, a clean file, awkward text and path) is compared byte for byte with
 * tests/reports/golden/. After a deliberate change to a format, run
 * `UPDATE_GOLDEN=1 npx vitest run tests/reports/golden.test.ts` and review the diff of the files.
 */
const GOLDEN = join(import.meta.dirname, 'golden');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

const EXT: Record<FormatName, string> = { stylish: 'txt', json: 'json', sarif: 'sarif', github: 'txt', junit: 'xml', checkstyle: 'xml', compact: 'txt', html: 'html' };

/**
 * SARIF's tool section holds the package version and every rule's documentation from its meta; the
 * golden file should change neither with a release, nor when a rule is added or reworded (the SARIF
 * tests check those against the metas). So the version and each rule's texts become placeholders, only
 * the rules the results use are kept, and a result's ruleIndex is shown as the id it points to.
 */
function normalise(format: FormatName, out: string): string {
  if (format !== 'sarif') return out;
  type SarifRule = Record<string, unknown> & { id: string };
  const log = JSON.parse(out) as { runs: { tool: { driver: { version: string; rules: SarifRule[] } }; results: { ruleId: string; ruleIndex?: number | string }[] }[] };
  for (const run of log.runs) {
    const { driver } = run.tool;
    driver.version = '<version>';
    const used = new Set(run.results.map((r) => r.ruleId));
    for (const r of run.results) if (typeof r.ruleIndex === 'number') r.ruleIndex = `<index of ${driver.rules[r.ruleIndex]?.id}>`;
    driver.rules = driver.rules.filter((rule) => used.has(rule.id));
    for (const rule of driver.rules) for (const key of Object.keys(rule)) if (key !== 'id' && key !== 'defaultConfiguration') rule[key] = `<${key} from the rule's meta>`;
  }
  return `${JSON.stringify(log, null, 2)}\n`;
}

const cases = [
  ...(Object.keys(reporters) as FormatName[]).map((format) => ({ format, color: false, file: `${format}.${EXT[format]}` })),
  { format: 'stylish' as const, color: true, file: 'stylish.color.txt' },
];

describe('report formats match their golden files', () => {
  it.each(cases)('$file', ({ format, color, file }) => {
    const out = normalise(format, reporters[format](results, { color }));
    const path = join(GOLDEN, file);
    if (UPDATE) {
      mkdirSync(GOLDEN, { recursive: true });
      writeFileSync(path, out);
    }
    expect(existsSync(path), `${path} is missing: run with UPDATE_GOLDEN=1 to write it`).toBe(true);
    expect(out).toBe(readFileSync(path, 'utf8'));
  });

  it('cover every format', () => {
    expect(new Set(cases.map((c) => c.format))).toEqual(new Set(Object.keys(reporters)));
  });
});
