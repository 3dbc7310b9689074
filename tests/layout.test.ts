import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../src/rules/index.ts';
import { ROOT } from './helpers/cli.ts';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

describe('layout', () => {
  it.each(rules.map((r) => [r.meta.id, r] as const))('rule %s lives at its id, has a test, examples and README docs', (id, rule) => {
    expect(existsSync(join(ROOT, 'src/rules', `${id}.ts`))).toBe(true);
    expect(existsSync(join(ROOT, 'tests/rules', `${id}.test.ts`))).toBe(true);
    expect(rule.meta.description.length).toBeGreaterThan(20);
    expect(rule.meta.confidence.length).toBeGreaterThan(20);
    expect(rule.meta.examples.length).toBeGreaterThan(0);
    for (const ex of rule.meta.examples) expect(ex.text).toContain(ex.flagged);
    expect(readme).toContain(`\`${id}\``);
  });

  it('has no two rules with the same id', () => {
    const ids = rules.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
