import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rulePage, rulesIndex } from '../../src/rules/doc-page.ts';
import { rules } from '../../src/rules/index.ts';
import { ROOT } from '../helpers/cli.ts';

const DOCS = join(ROOT, 'docs/rules');
const STALE = 'out of date: run `npm run docs:rules` and commit docs/rules/';

function pages(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? pages(join(dir, e.name)) : e.name.endsWith('.md') ? [join(dir, e.name)] : []));
}

describe('docs/rules: one page per rule, made from its meta', () => {
  it.each(rules.map((r) => [r.meta.id, r] as const))('docs/rules/%s.md is up to date', (id, rule) => {
    const path = join(DOCS, `${id}.md`);
    expect(existsSync(path), `docs/rules/${id}.md is missing: ${STALE}`).toBe(true);
    expect(readFileSync(path, 'utf8'), `docs/rules/${id}.md is ${STALE}`).toBe(rulePage(rule));
  });

  it('the index lists every rule, and no page is left for a rule that is gone', () => {
    expect(readFileSync(join(DOCS, 'README.md'), 'utf8'), `docs/rules/README.md is ${STALE}`).toBe(rulesIndex(rules));
    const expected = [...rules.map((r) => `${r.meta.id}.md`), 'README.md'].sort();
    expect(pages(DOCS).map((p) => relative(DOCS, p).split('\\').join('/')).sort()).toEqual(expected);
  });

  it('a page shows the meta: severity, description, confidence and each example', () => {
    const rule = rules.find((r) => r.meta.id === 'glossary/variant')!;
    const page = rulePage(rule);
    expect(page).toContain('Default severity: **error**');
    expect(page).toContain(rule.meta.description);
    expect(page).toContain(rule.meta.confidence);
    expect(page).toContain('| `He met Wladimir Putin.` | `Wladimir Putin` | `Vladimir Putin` |');
    expect(page).toContain('[src/rules/glossary/variant.ts](../../../src/rules/glossary/variant.ts)');
  });
});
