import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, parseConfig } from '../../src/config/load.ts';
import { rules } from '../../src/rules/index.ts';
import { aliasBomb } from '../helpers/alias-bomb.ts';
import { configError, tree } from './tmp.ts';

const DIR = '/project';

/** The one-line error for this YAML (or JSON, by name) configuration text. */
function errorFor(text: string, name = '.translintrc.yaml'): string {
  return configError(() => parseConfig(text, join(DIR, name), name)).message;
}

describe('loading a configuration', () => {
  it('reads every key from YAML, glossary paths made absolute against the config folder', () => {
    const dir = tree({
      'cfg/.translintrc.yaml': [
        'root: true',
        'glossaries: [terms.yaml, ../shared/names.csv]',
        'defaultGlossary: false',
        'rules:',
        '  glossary/near-miss: info',
        '  title/: off',
        'sourceLang: de',
        'minConfidence: 0.5',
        'allow: [Gaddafi, Tripoli Post]',
        'ignore: [drafts/]',
        'overrides:',
        '  - files: ["paris/**"]',
        '    sourceLang: fr',
        '    glossaries: [fr.yaml]',
        '',
      ].join('\n'),
      'cfg/terms.yaml': '[]',
      'cfg/fr.yaml': '[]',
      'shared/names.csv': 'term\n',
    });
    expect(loadConfig(join(dir, 'cfg/.translintrc.yaml'))).toEqual({
      path: join(dir, 'cfg/.translintrc.yaml'),
      dir: join(dir, 'cfg'),
      root: true,
      glossaries: [join(dir, 'cfg/terms.yaml'), join(dir, 'shared/names.csv')],
      defaultGlossary: false,
      rules: { 'glossary/near-miss': 'info', 'title/': 'off' },
      sourceLang: 'de',
      minConfidence: 0.5,
      allow: ['Gaddafi', 'Tripoli Post'],
      ignore: ['drafts/'],
      overrides: [{ files: ['paris/**'], sourceLang: 'fr', glossaries: [join(dir, 'cfg/fr.yaml')] }],
    });
  });

  it('reads JSON with comments and a $schema key, and a BOM', () => {
    const text = '\ufeff{\n  "$schema": "./node_modules/translint/dist/config/translint.schema.json",\n  // news desk\n  "sourceLang": "es"\n}\n';
    expect(parseConfig(text, join(DIR, 'translint.config.json'))).toEqual({ path: join(DIR, 'translint.config.json'), dir: DIR, root: false, sourceLang: 'es', ignore: [], overrides: [] });
  });

  it('takes an empty or comment-only file as an empty configuration', () => {
    const empty = { path: join(DIR, '.translintrc.yml'), dir: DIR, root: false, ignore: [], overrides: [] };
    expect(parseConfig('# nothing yet\n', join(DIR, '.translintrc.yml'))).toEqual(empty);
    expect(parseConfig('// nothing yet\n', join(DIR, '.translintrc.json'))).toEqual({ ...empty, path: join(DIR, '.translintrc.json') });
  });

  it('names a missing file and an unknown extension', () => {
    expect(configError(() => loadConfig('/nonexistent/.translintrc.yaml', 'x.yaml')).message).toBe('x.yaml: no such file');
    expect(errorFor('{}', 'translint.toml')).toBe('translint.toml: unknown configuration format ".toml" (use .yaml, .yml or .json)');
  });

  it('names the file, line and key of a pattern picomatch refuses', () => {
    const long = 'a'.repeat(70_000);
    expect(errorFor(`ignore:\n  - drafts\n  - ${long}\n`, '.translintrc.yaml')).toMatch(/^\.translintrc\.yaml:3: ignore\[1\]: invalid pattern "a{60}…" \(Input length: \d+, exceeds maximum allowed length: 65536\)$/);
    expect(errorFor(`overrides:\n  - files: ["${long}"]\n    rules: {}\n`, '.translintrc.yaml')).toMatch(/^\.translintrc\.yaml:2: overrides\[0\]\.files\[0\]: invalid pattern "a{60}…" \(Input length: \d+, exceeds maximum allowed length: 65536\)$/);
  });

  it('names the file when brackets nest deeper than the parser can follow (a ConfigError, not a stack overflow)', () => {
    const deep = `{"rules": ${'['.repeat(50000)}${']'.repeat(50000)}}`;
    expect(configError(() => parseConfig(deep, join(DIR, 'deep.json'), 'deep.json')).message).toBe('deep.json: nested too deep to read');
    expect(configError(() => parseConfig(deep, join(DIR, 'deep.yaml'), 'deep.yaml')).message).toBe('deep.yaml:1: nested too deep to read');
    const indented = 'a:\n' + Array.from({ length: 3000 }, (_, i) => `${'  '.repeat(i + 1)}b:\n`).join('');
    expect(configError(() => parseConfig(indented, join(DIR, 'deep.yaml'), 'deep.yaml')).message).toMatch(/^deep\.yaml:\d+: nested too deep to read$/);
  });
});

describe('YAML aliases in a configuration', () => {
  it('an alias bomb is the file\'s error, at the line of its first alias, not an internal error', () => {
    expect(errorFor(aliasBomb())).toBe('.translintrc.yaml:2: aliases (*name) expand to too many values to read');
    expect(errorFor(`root: true\nrules:\n  glossary/variant: error\n${aliasBomb()}`)).toBe('.translintrc.yaml:5: aliases (*name) expand to too many values to read');
  });

  it('aliases that expand to a few values are read as before', () => {
    const config = parseConfig('rules: &strict\n  glossary/variant: error\noverrides:\n  - files: ["*.md"]\n    rules: *strict\n', join(DIR, '.translintrc.yaml'));
    expect(config.rules).toEqual({ 'glossary/variant': 'error' });
    expect(config.overrides.map((o) => o.rules)).toEqual([{ 'glossary/variant': 'error' }]);
  });
});

describe('invalid configurations: one line with file, line, key, what is wrong and what is allowed', () => {
  it.each([
    ['rules value', 'root: true\nrules:\n  glossary/variant: warn\n', '.translintrc.yaml:3: rules.glossary/variant: must be one of error, warning, info, off'],
    ['rules not a map', 'rules: [glossary/]\n', '.translintrc.yaml:1: rules: must be a mapping of keys to values'],
    ['rule key shape', 'rules:\n  Glossary: off\n', '.translintrc.yaml:2: rules.Glossary: not a rule id or prefix (like "glossary/variant" or "glossary/")'],
    ['misspelt rule', 'rules:\n  glossary/varaint: off\n', '.translintrc.yaml:2: rules.glossary/varaint: unknown rule (did you mean "glossary/variant"?)'],
    ['misspelt group', 'rules:\n  glosary/: off\n', '.translintrc.yaml:2: rules.glosary/: unknown rule group (did you mean "glossary/"?)'],
    ['sourceLang', 'sourceLang: it\n', '.translintrc.yaml:1: sourceLang: must be one of de, fr, es, auto'],
    ['minConfidence range', 'allow: []\nminConfidence: 1.5\n', '.translintrc.yaml:2: minConfidence: must be between 0 and 1'],
    ['minConfidence below', 'minConfidence: -0.1\n', '.translintrc.yaml:1: minConfidence: must be between 0 and 1'],
    ['minConfidence type', 'minConfidence: high\n', '.translintrc.yaml:1: minConfidence: must be a number'],
    ['defaultGlossary', 'defaultGlossary: yes\n', '.translintrc.yaml:1: defaultGlossary: must be true or false'],
    ['root', 'root: 1\n', '.translintrc.yaml:1: root: must be true or false'],
    ['glossaries type', 'glossaries: terms.yaml\n', '.translintrc.yaml:1: glossaries: must be a list'],
    ['glossaries item', 'glossaries:\n  - a.yaml\n  - 3\n', '.translintrc.yaml:3: glossaries[1]: must be a string'],
    ['allow empty item', 'allow:\n  - a\n  - ""\n', '.translintrc.yaml:3: allow[1]: must not be empty'],
    ['ignore negation', 'ignore:\n  - drafts/\n  - "!drafts/keep.md"\n', '.translintrc.yaml:3: ignore[1]: negated patterns ("!…") are not supported; list only what to match'],
    ['unknown key', 'sourceLang: de\nglossary: [a.yaml]\n', '.translintrc.yaml:2: glossary: unknown key (allowed: root, glossaries, defaultGlossary, rules, sourceLang, minConfidence, allow, ignore, overrides)'],
    ['override without files', 'overrides:\n  - sourceLang: fr\n', '.translintrc.yaml:2: overrides[0]: missing "files"'],
    ['override empty files', 'overrides:\n  - files: []\n', '.translintrc.yaml:2: overrides[0].files: must list at least one pattern'],
    ['override with ignore', 'overrides:\n  - files: [a]\n    ignore: [b]\n', '.translintrc.yaml:3: overrides[0].ignore: unknown key (allowed: files, glossaries, defaultGlossary, rules, sourceLang, minConfidence, allow)'],
    ['override rule', 'overrides:\n  - files: [a]\n  - files: [b]\n    rules:\n      title/abbreviation: never\n', '.translintrc.yaml:5: overrides[1].rules.title/abbreviation: must be one of error, warning, info, off'],
    ['override unknown rule', 'overrides:\n  - files: [a]\n    rules:\n      title/abbrev: off\n', '.translintrc.yaml:4: overrides[0].rules.title/abbrev: unknown rule (did you mean "title/abbreviation"?)'],
    ['not a map', '- a\n', '.translintrc.yaml:1: must be a mapping of keys to values'],
    ['duplicate key', 'root: true\nroot: false\n', '.translintrc.yaml:2: Map keys must be unique'],
    ['first error by line wins', 'sourceLang: xx\nminConfidence: 7\n', '.translintrc.yaml:1: sourceLang: must be one of de, fr, es, auto'],
    ['missing glossary', 'allow: []\nglossaries:\n  - missing.yaml\n', `.translintrc.yaml:3: glossaries[0]: no such glossary file: ${join(DIR, 'missing.yaml')}`],
  ])('YAML: %s', (_name, text, message) => {
    expect(errorFor(text)).toBe(message);
  });

  it.each([
    ['rules value', '{\n  "rules": {\n    "glossary/variant": "warn"\n  }\n}\n', '.translintrc.json:3: rules.glossary/variant: must be one of error, warning, info, off'],
    ['unknown key', '{\n  "root": true,\n  "ignores": []\n}\n', '.translintrc.json:3: ignores: unknown key (allowed: root, glossaries, defaultGlossary, rules, sourceLang, minConfidence, allow, ignore, overrides)'],
    ['override item', '{"overrides": [\n  {"files": ["a"]},\n  {"files": ["b"],\n   "minConfidence": 2}\n]}\n', '.translintrc.json:4: overrides[1].minConfidence: must be between 0 and 1'],
    ['missing files', '{"overrides": [\n  {"allow": ["x"]}\n]}', '.translintrc.json:2: overrides[0]: missing "files"'],
    ['duplicate key', '{\n  "rules": {},\n  "rules": {}\n}\n', '.translintrc.json:3: rules: duplicate key'],
    ['syntax', '{\n  "root": true\n  "allow": []\n}\n', '.translintrc.json:3: invalid JSON: comma expected'],
    ['not an object', '[]', '.translintrc.json:1: must be a mapping of keys to values'],
  ])('JSON: %s', (_name, text, message) => {
    expect(errorFor(text, '.translintrc.json')).toBe(message);
  });

  it('lists the known rule groups when a group is far from all of them', () => {
    const groups = [...new Set(rules.map((r) => r.meta.id.split('/')[0] + '/'))].sort();
    expect(groups).toContain('glossary/');
    expect(errorFor('rules:\n  zzzzzz/: off\n')).toBe(`.translintrc.yaml:2: rules.zzzzzz/: unknown rule group (known: ${groups.join(', ')})`);
  });

  it('carries file, line and detail on the error', () => {
    const e = configError(() => parseConfig('sourceLang: it\n', join(DIR, '.translintrc.yaml'), '.translintrc.yaml'));
    expect([e.name, e.file, e.line, e.detail]).toEqual(['ConfigError', '.translintrc.yaml', 1, 'sourceLang: must be one of de, fr, es, auto']);
  });
});
