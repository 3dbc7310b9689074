/**
 * Writes docs/rules/<id>.md for every rule, and docs/rules/README.md, from the rules' metas
 * (`npm run docs:rules`). tests/rules/docs.test.ts fails when a page is out of date.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rulePage, rulesIndex } from '../src/rules/doc-page.ts';
import { rules } from '../src/rules/index.ts';

const DOCS = fileURLToPath(new URL('../docs/rules/', import.meta.url));
for (const rule of rules) {
  const path = join(DOCS, `${rule.meta.id}.md`);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, rulePage(rule));
}
writeFileSync(join(DOCS, 'README.md'), rulesIndex(rules));
console.log(`docs:rules: wrote ${rules.length} rule pages and the index in docs/rules/`);
