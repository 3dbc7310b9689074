import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load.ts';
import { rules } from '../../src/rules/index.ts';
import { ROOT } from '../helpers/cli.ts';
import { tree } from './tmp.ts';

/**
 * The configuration the documentation shows is what translint reads: every code span or YAML block in
 * README.md and docs/ (the rule pages are made from the rules' metas) that sets a rule's severity by its
 * id or group ("style/house": "off") is loaded as a configuration file and must load. A snippet that
 * writes the rules under another key (`severities:`) stops with `unknown key`, as it would for a user.
 */
const ids = rules.map((r) => r.meta.id as string);
const groups = [...new Set(ids.map((id) => id.slice(0, id.indexOf('/') + 1)))];
const RULE_KEY = new RegExp(`(?:^|[{,\\s])"?(?:${[...ids, ...groups].map((k) => k.replace(/[/-]/g, '\\$&')).join('|')})"?\\s*:`, 'm');

function markdown(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? markdown(join(dir, e.name)) : e.name.endsWith('.md') ? [join(dir, e.name)] : []));
}

/** Code that sets a rule's severity: fenced YAML blocks and inline code spans, with the file they are in. */
function snippets(): { file: string; code: string }[] {
  const out: { file: string; code: string }[] = [];
  for (const path of [join(ROOT, 'README.md'), ...markdown(join(ROOT, 'docs'))]) {
    const file = relative(ROOT, path);
    const text = readFileSync(path, 'utf8');
    const blocks = [...text.matchAll(/^( *)```ya?ml\n([\s\S]*?)^\1```/gm)].map((m) => (m[2] as string).replace(new RegExp(`^${m[1]}`, 'gm'), ''));
    const spans = [...text.replace(/^( *)```[\s\S]*?^\1```/gm, '').matchAll(/`([^`\n]+)`/g)].map((m) => m[1] as string);
    for (const code of [...blocks, ...spans]) if (RULE_KEY.test(code)) out.push({ file, code });
  }
  return out;
}

describe('configuration shown in the documentation', () => {
  const found = snippets();

  it('finds the snippets: the README example, each rule page, the inline ones', () => {
    expect(new Set(found.filter((s) => s.file.startsWith('docs/rules/')).map((s) => s.file)).size).toBe(rules.length);
    expect(found.some((s) => s.file === 'README.md' && s.code.includes('overrides:'))).toBe(true);
    expect(found.map((s) => s.code)).toContain('rules: {"style/house": "off"}');
  });

  it.each(found.map((s) => [s.file, s.code.split('\n').find((l) => RULE_KEY.test(l)) ?? '', s.code] as const))('%s (%s) loads as a configuration', (_, __, code) => {
    const dir = tree({ 'glossary/newsroom.yaml': '[]' });
    expect(() => parseConfig(code, join(dir, '.translintrc.yaml'))).not.toThrow();
  });

  it('would catch a snippet under another key', () => {
    const dir = tree({});
    expect(RULE_KEY.test('severities: {"style/house": "off"}')).toBe(true);
    expect(() => parseConfig('severities: {"style/house": "off"}', join(dir, '.translintrc.yaml'))).toThrow(/severities: unknown key/);
  });
});
