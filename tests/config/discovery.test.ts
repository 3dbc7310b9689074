import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findConfigFile } from '../../src/config/load.ts';
import { ConfigResolver } from '../../src/config/resolver.ts';
import { configError, tree } from './tmp.ts';

describe('findConfigFile', () => {
  const dir = tree({
    '.translintrc.yaml': 'sourceLang: de\n',
    'desk/paris/translint.config.json': '{"sourceLang": "fr"}',
    'desk/paris/story/notes.txt': '',
    'desk/rome/story.txt': '',
    'desk/madrid/.translintrc.yml': 'root: true\nsourceLang: es\n',
    'desk/madrid/a/b/story.txt': '',
  });

  it('finds the nearest file upward, in the folder itself first', () => {
    expect(findConfigFile(join(dir, 'desk/paris'))).toBe(join(dir, 'desk/paris/translint.config.json'));
    expect(findConfigFile(join(dir, 'desk/paris/story'))).toBe(join(dir, 'desk/paris/translint.config.json'));
    expect(findConfigFile(join(dir, 'desk/rome'))).toBe(join(dir, '.translintrc.yaml'));
    expect(findConfigFile(join(dir, 'desk/madrid/a/b'))).toBe(join(dir, 'desk/madrid/.translintrc.yml'));
  });

  it('stops at the filesystem root with nothing found', () => {
    const bare = tree({ 'a/b/c.txt': '' });
    // The temporary folder's ancestors (/tmp, /) have no configuration on a clean machine.
    expect(findConfigFile(join(bare, 'a/b'))).toBeUndefined();
    expect(findConfigFile('/')).toBeUndefined();
  });

  it('takes translint.config.json, then .translintrc.yaml, .yml, .json when a folder has several', () => {
    const several = tree({ '.translintrc.json': '{}', '.translintrc.yml': '', '.translintrc.yaml': '' });
    expect(findConfigFile(several)).toBe(join(several, '.translintrc.yaml'));
    writeFileSync(join(several, 'translint.config.json'), '{}');
    expect(findConfigFile(several)).toBe(join(several, 'translint.config.json'));
  });

  it('ignores a folder that has a config name', () => {
    const odd = tree({ '.translintrc.yaml/x': '', 'sub/.keep': '' });
    expect(findConfigFile(join(odd, 'sub'))).toBeUndefined();
  });
});

describe('ConfigResolver', () => {
  it('resolves each file with its nearest configuration; a root config keeps the parent out', () => {
    const dir = tree({
      '.translintrc.yaml': 'sourceLang: de\nminConfidence: 0.3\nignore: ["*.draft.txt"]\n',
      'paris/translint.config.json': '{"sourceLang": "fr"}',
      'madrid/.translintrc.yml': 'root: true\nsourceLang: es\n',
    });
    const r = new ConfigResolver().resolverFor(dir);
    expect(r.forFile('story.txt')).toEqual({ ignored: false, options: { sourceLang: 'de', minConfidence: 0.3 }, configPath: join(dir, '.translintrc.yaml') });
    expect(r.forFile('a/b/x.draft.txt')).toEqual({ ignored: true, options: { sourceLang: 'de', minConfidence: 0.3 }, configPath: join(dir, '.translintrc.yaml') });
    // The nearest file wins whole: the parent's minConfidence and ignore do not apply.
    expect(r.forFile(join(dir, 'paris/x.draft.txt'))).toEqual({ ignored: false, options: { sourceLang: 'fr' }, configPath: join(dir, 'paris/translint.config.json') });
    expect(r.forFile('madrid/deep/story.txt')).toEqual({ ignored: false, options: { sourceLang: 'es' }, configPath: join(dir, 'madrid/.translintrc.yml') });
  });

  it('uses an explicit config for every file instead of discovery', () => {
    const dir = tree({ '.translintrc.yaml': 'sourceLang: de\n', 'paris/.translintrc.yaml': 'sourceLang: fr\n', 'ci/strict.yaml': 'minConfidence: 0.9\n' });
    const r = new ConfigResolver().resolverFor(dir, 'ci/strict.yaml');
    expect(r.forFile('paris/story.txt')).toEqual({ ignored: false, options: { minConfidence: 0.9 }, configPath: join(dir, 'ci/strict.yaml') });
    expect(configError(() => new ConfigResolver().resolverFor(dir, 'ci/missing.yaml')).message).toBe('ci/missing.yaml: no such file');
  });

  it('gives empty options with no configuration, and treats stdin as a file in cwd that is never ignored', () => {
    const none = tree({ 'a.txt': '' });
    expect(new ConfigResolver().resolverFor(none).forFile('a.txt')).toEqual({ ignored: false, options: {} });
    const dir = tree({ '.translintrc.yaml': 'ignore: ["*"]\nallow: [Gaddafi]\n' });
    expect(new ConfigResolver().resolverFor(dir).forFile('-')).toEqual({ ignored: false, options: { allow: ['Gaddafi'] }, configPath: join(dir, '.translintrc.yaml') });
  });

  it('reads each configuration once, and names it relative to cwd in errors', () => {
    const dir = tree({ 'desk/.translintrc.yaml': 'sourceLang: de\n' });
    const resolver = new ConfigResolver();
    const r = resolver.resolverFor(dir);
    expect(r.forFile('desk/a.txt').options).toEqual({ sourceLang: 'de' });
    // Changed on disk after the first read: the cached configuration is still used for this run.
    writeFileSync(join(dir, 'desk/.translintrc.yaml'), 'sourceLang: fr\n');
    expect(r.forFile('desk/sub/b.txt').options).toEqual({ sourceLang: 'de' });
    expect(new ConfigResolver().resolverFor(dir).forFile('desk/b.txt').options).toEqual({ sourceLang: 'fr' });
    writeFileSync(join(dir, 'desk/.translintrc.yaml'), 'sourceLang: it\n');
    expect(configError(() => new ConfigResolver().resolverFor(dir).forFile('desk/c.txt')).message).toBe(
      'desk/.translintrc.yaml:1: sourceLang: must be one of de, fr, es, auto',
    );
  });
});
