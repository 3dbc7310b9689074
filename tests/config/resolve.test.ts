import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load.ts';
import { mergeCliOptions, resolveFileOptions } from '../../src/config/resolve.ts';

const DIR = '/news';
const config = (yaml: string) => parseConfig(yaml, join(DIR, '.translintrc.yaml'));

describe('resolveFileOptions', () => {
  it('maps the keys to check options, leaving sourceLang unset for auto', () => {
    const c = config('defaultGlossary: false\nrules:\n  glossary/: warning\nsourceLang: auto\nminConfidence: 0.4\nallow: [Haftar]\n');
    expect(resolveFileOptions(c, '/news/a.txt')).toEqual({
      ignored: false,
      options: { defaultGlossary: false, severities: { 'glossary/': 'warning' }, minConfidence: 0.4, allow: ['Haftar'] },
    });
  });

  it('applies matching overrides in order: later values win, lists add up, rules merge', () => {
    const c = config(
      [
        'sourceLang: de',
        'minConfidence: 0.2',
        'allow: [A]',
        'rules: {glossary/: warning, title/abbreviation: error}',
        'overrides:',
        '  - files: ["paris/**"]',
        '    sourceLang: fr',
        '    allow: [B]',
        '    rules: {glossary/: info}',
        '  - files: ["**/opinion/*.md"]',
        '    sourceLang: auto',
        '    minConfidence: 0.8',
        '    allow: [C]',
        '',
      ].join('\n'),
    );
    expect(resolveFileOptions(c, '/news/rome/a.md').options).toEqual({ sourceLang: 'de', minConfidence: 0.2, allow: ['A'], severities: { 'glossary/': 'warning', 'title/abbreviation': 'error' } });
    expect(resolveFileOptions(c, '/news/paris/a.md').options).toEqual({ sourceLang: 'fr', minConfidence: 0.2, allow: ['A', 'B'], severities: { 'glossary/': 'info', 'title/abbreviation': 'error' } });
    expect(resolveFileOptions(c, '/news/paris/opinion/a.md').options).toEqual({ minConfidence: 0.8, allow: ['A', 'B', 'C'], severities: { 'glossary/': 'info', 'title/abbreviation': 'error' } });
    expect(resolveFileOptions(c, '/news/paris/opinion/a.txt').options.minConfidence).toBe(0.2);
  });

  it('concatenates glossaries from overrides, each resolved against the config folder', () => {
    const c = parseConfig('glossaries: [package.json]\noverrides:\n  - files: [src]\n    glossaries: [./tsconfig.json]\n', join(process.cwd(), '.translintrc.yaml'));
    expect(resolveFileOptions(c, join(process.cwd(), 'src/x.txt')).options.glossaries).toEqual([join(process.cwd(), 'package.json'), join(process.cwd(), 'tsconfig.json')]);
    expect(resolveFileOptions(c, join(process.cwd(), 'tests/x.txt')).options.glossaries).toEqual([join(process.cwd(), 'package.json')]);
  });

  it.each([
    ['drafts', 'drafts/a.txt', true],
    ['drafts', 'desk/drafts/deep/a.txt', true],
    ['drafts/', 'drafts/a.txt', true],
    ['/drafts', 'drafts/a.txt', true],
    ['/drafts', 'desk/drafts/a.txt', false],
    ['desk/*.md', 'desk/a.md', true],
    ['desk/*.md', 'desk/x/a.md', false],
    ['desk/*.md', 'other/desk/a.md', false],
    ['*.md', 'a.md', true],
    ['*.md', 'x/y/a.md', true],
    ['*.md', 'a.txt', false],
    ['**/*.generated.md', 'x/a.generated.md', true],
    ['*.md', '.hidden.md', true],
    ['a?.txt', 'ab.txt', true],
    ['{x,y}/**', 'y/z/a.txt', true],
  ])('ignore %s on %s: %s', (pattern, file, ignored) => {
    expect(resolveFileOptions(config(`ignore: ["${pattern}"]\n`), join(DIR, file)).ignored).toBe(ignored);
  });

  it('matches relative paths against the working directory, and nothing outside the config folder', () => {
    const c = parseConfig('ignore: ["*.md"]\nsourceLang: de\noverrides:\n  - files: ["**"]\n    sourceLang: fr\n', join(process.cwd(), 'tests/.translintrc.yaml'));
    expect(resolveFileOptions(c, 'tests/a.md')).toEqual({ ignored: true, options: { sourceLang: 'fr' } });
    expect(resolveFileOptions(c, 'README.md')).toEqual({ ignored: false, options: { sourceLang: 'de' } });
  });
});

describe('mergeCliOptions', () => {
  it('lets given CLI values win, concatenates glossaries and allow lists, merges severities', () => {
    const fromConfig = { glossaries: ['/a.yaml'], defaultGlossary: false, minConfidence: 0.5, sourceLang: 'de' as const, severities: { 'glossary/': 'info' as const, 'title/': 'off' as const }, allow: ['X'] };
    expect(mergeCliOptions(fromConfig, { glossaries: ['b.yaml'], minConfidence: 0.9, sourceLang: undefined, severities: { 'glossary/': 'error' }, allow: ['Y'], rules: ['glossary/'] })).toEqual({
      glossaries: ['/a.yaml', 'b.yaml'],
      defaultGlossary: false,
      minConfidence: 0.9,
      sourceLang: 'de',
      severities: { 'glossary/': 'error', 'title/': 'off' },
      allow: ['X', 'Y'],
      rules: ['glossary/'],
    });
  });

  it('takes either side alone', () => {
    expect(mergeCliOptions({}, { glossaries: ['b.yaml'], defaultGlossary: true })).toEqual({ glossaries: ['b.yaml'], defaultGlossary: true });
    expect(mergeCliOptions({ glossaries: ['/a.yaml'], sourceLang: 'fr' }, {})).toEqual({ glossaries: ['/a.yaml'], sourceLang: 'fr' });
    expect(mergeCliOptions({ defaultGlossary: false }, { defaultGlossary: true }).defaultGlossary).toBe(true);
  });
});
