import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createChecker, parseGlossary } from '../../src/index.ts';
import { parseTsv } from '../../src/inputs/tsv.ts';

const RULES = join(import.meta.dirname, '../../src/rules');

/**
 * Rule modules whose owners are moving their compiled state into `prepare` (see Rule in
 * src/rules/types.ts). Remove a file from here when it is converted: the test fails while a listed
 * file is already clean, so the list only shrinks.
 */
const PENDING = new Set([
  'glossary/term-tokens.ts',
]);

const MUTATORS = ['set', 'add', 'delete', 'clear', 'push', 'pop', 'shift', 'unshift', 'splice', 'sort', 'reverse', 'fill'];

/**
 * The module-level bindings of a file that hold state across calls, with why. The code is formatted
 * (prettier), so a module-level declaration starts its line: `let`/`var` there is state; a `const` is
 * state when the code changes it (a mutating method, an assignment into it, a global regular
 * expression's `exec`/`test`/`lastIndex`).
 */
function moduleState(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const m of text.matchAll(/^(?:export )?(let|var|const) ([A-Za-z_$][\w$]*)(.*)$/gm)) {
    const [, kind, name, rest] = m as unknown as [string, string, string, string];
    const init = rest.slice(rest.indexOf('=') + 1);
    if (kind !== 'const') {
      found.push(`${name}: a module-level ${kind}`);
      continue;
    }
    const uses = new RegExp(`(?<![\\w$.])${name.replace(/\$/g, '\\$')}(?:\\.(\\w+)\\s*\\(|\\.lastIndex|\\[[^\\]]*\\]\\s*=(?!=))`, 'g');
    const statefulRegex = /^\/.*\/[a-z]*[gy][a-z]*;?$/.test(init.trim());
    for (const u of text.matchAll(uses)) {
      const method = u[1];
      if (method === undefined) found.push(`${name}: ${u[0].includes('lastIndex') ? 'lastIndex' : 'an assignment into it'}`);
      else if (MUTATORS.includes(method) || (statefulRegex && (method === 'exec' || method === 'test'))) found.push(`${name}.${method}(): changes a module-level constant`);
    }
  }
  return [...new Set(found)];
}

function ruleFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? ruleFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

describe('rules keep no module-level state', () => {
  const files = ruleFiles(RULES).map((f) => relative(RULES, f).split('\\').join('/'));

  it.each(files.filter((f) => !PENDING.has(f)))('%s holds no mutable module-level state', (file) => {
    expect(moduleState(join(RULES, file))).toEqual([]);
  });

  it.each([...PENDING])('%s is still listed as pending because it holds state', (file) => {
    expect(moduleState(join(RULES, file)), `${file} is clean now: remove it from PENDING`).not.toEqual([]);
  });

  it('finds state where there is some (the check itself can fail)', () => {
    expect(moduleState(join(RULES, 'glossary/term-tokens.ts')).length).toBeGreaterThan(0);
  });

  it('gives two checkers with different glossaries in one process independent results', () => {
    const tsv = 'Das Außenministerium teilte mit.\tThe foreign office said.';
    const glossary = (term: string) => parseGlossary(JSON.stringify([{ term, source: { de: 'Außenministerium' } }]), 'json', `${term}.json`);
    const checker = (term: string) => createChecker({ defaultGlossary: false, glossaries: [glossary(term)], rules: ['bilingual/key-term'] });
    const run = (c: ReturnType<typeof checker>) => c.check(parseTsv(tsv, 'story.tsv')).findings.map((f) => f.message);
    const a = checker('State Department');
    const b = checker('Federal Foreign Office');
    const first = run(a);
    expect(first).toEqual(['source has "Außenministerium": the target should say "State Department"']);
    expect(run(b)).toEqual(['source has "Außenministerium": the target should say "Federal Foreign Office"']);
    expect(run(a)).toEqual(first);
    expect(run(createChecker({ defaultGlossary: false, rules: ['bilingual/key-term'] }))).toEqual([]);
  });
});
