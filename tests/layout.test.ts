import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../src/rules/index.ts';
import { ROOT } from './helpers/cli.ts';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

describe('layout', () => {
  it.each(rules.map((r) => [r.meta.id, r] as const))('rule %s lives at its id, has a test, examples and README docs', (id, rule) => {
    expect(existsSync(join(ROOT, 'src/rules', `${id}.ts`))).toBe(true);
    // its table of valid and invalid cases (run by tests/rules/tables.test.ts), or a test of its own
    expect(['test', 'table'].some((k) => existsSync(join(ROOT, 'tests/rules', `${id}.${k}.ts`)))).toBe(true);
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

/** Every .ts file under a folder of src/, relative to the repository. */
function sources(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) out.push(...sources(rel));
    else if (entry.name.endsWith('.ts')) out.push(rel);
  }
  return out;
}

/** The modules a file loads at run time (static and dynamic imports; `import type` loads nothing), resolved to src/ paths. */
function runtimeImports(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const specs = [...text.matchAll(/^import (?!type )[^;]*?from '([^']+)'/gms), ...text.matchAll(/import\('([^']+)'\)/g)].map((m) => m[1] as string);
  return specs.filter((s) => s.startsWith('.')).map((s) => posix.join(posix.dirname(file), s).replace(/\.js$/, '.ts'));
}

const FRONT_ENDS = ['src/cli', 'src/stream', 'src/watch', 'src/server'];
/** The steps of the use case (src/pipeline): a front end reaches them only through it. Error classes and name lists are shared. */
const STEPS = [/^src\/engine\//, /^src\/document\//, /^src\/fix\/(?!diff\.ts$)/, /^src\/inputs\/(?!errors\.ts$|names\.ts$)/];

describe('layout: one use case behind every front end', () => {
  it.each(FRONT_ENDS.flatMap(sources))('%s reaches decoding, formats, checking and fixing only through src/pipeline', (file) => {
    expect(runtimeImports(file).filter((i) => STEPS.some((s) => s.test(i)))).toEqual([]);
  });

  it.each(['src/watch', 'src/server', 'src/stream', 'src/pipeline', 'src/io'].flatMap(sources))('%s does not import the CLI', (file) => {
    expect(runtimeImports(file).filter((i) => i.startsWith('src/cli/'))).toEqual([]);
  });

  it('the use case and the shared I/O live in their own folders, exported by the library', () => {
    const index = readFileSync(join(ROOT, 'src/index.ts'), 'utf8');
    expect(index).toContain("from './pipeline/index.js'");
    for (const f of ['src/pipeline/pipeline.ts', 'src/io/read.ts', 'src/io/files.ts', 'src/io/ignore.ts']) expect(existsSync(join(ROOT, f))).toBe(true);
  });
});
