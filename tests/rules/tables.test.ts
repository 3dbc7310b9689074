import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/rules/index.ts';
import { runRuleTable, type RuleTable } from '../helpers/rule-tester.ts';

/**
 * Every rule's table of valid and invalid cases (tests/rules/<group>/<name>.table.ts, in the style of
 * ESLint's RuleTester): exact ranges, messages, first suggestions and the text after the safe fixes.
 */
const DIR = import.meta.dirname;

function tableFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? tableFiles(join(dir, e.name)) : e.name.endsWith('.table.ts') ? [join(dir, e.name)] : []));
}

const files = tableFiles(DIR).sort();
const tables = await Promise.all(files.map(async (f) => ({ file: relative(DIR, f).split('\\').join('/'), table: ((await import(pathToFileURL(f).href)) as { default: RuleTable }).default })));

describe('rule tables', () => {
  it('cover every rule, one table each, named after the rule id', () => {
    expect(tables.map((t) => t.file)).toEqual(rules.map((r) => `${r.meta.id}.table.ts`).sort());
    for (const t of tables) expect(t.file).toBe(`${t.table.rule.meta.id}.table.ts`);
  });

  it('each have valid and invalid cases', () => {
    for (const { table } of tables) {
      expect(table.valid.length, table.rule.meta.id).toBeGreaterThan(0);
      expect(table.invalid.length, table.rule.meta.id).toBeGreaterThan(0);
    }
  });
});

for (const { table } of tables) runRuleTable(table);
