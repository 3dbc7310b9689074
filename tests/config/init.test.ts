import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { initConfigText, writeInitConfig } from '../../src/config/init.ts';
import { loadConfig, parseConfig } from '../../src/config/load.ts';
import { resolveFileOptions } from '../../src/config/resolve.ts';
import schema from '../../src/config/translint.schema.json' with { type: 'json' };
import { configError, tree } from './tmp.ts';

describe('translint init', () => {
  it('starts with the editor schema line pointing into the installed package', () => {
    expect(initConfigText().split('\n')[0]).toBe('# yaml-language-server: $schema=./node_modules/translint/dist/config/translint.schema.json');
  });

  it('writes a starter file that loads, validates and changes nothing from the defaults', () => {
    const dir = tree({});
    const path = writeInitConfig(dir);
    expect(path).toBe(join(dir, '.translintrc.yaml'));
    expect(readFileSync(path, 'utf8')).toBe(initConfigText());
    const config = loadConfig(path);
    expect(config).toEqual({ path, dir, root: true, defaultGlossary: true, sourceLang: 'auto', minConfidence: 0, ignore: [], overrides: [] });
    expect(resolveFileOptions(config, join(dir, 'a.txt'))).toEqual({ ignored: false, options: { defaultGlossary: true, minConfidence: 0 } });
  });

  it('shows every key of the schema, and still validates with every example uncommented', () => {
    const text = initConfigText();
    for (const key of Object.keys(schema.properties).filter((k) => k !== '$schema')) expect(text).toMatch(new RegExp(`^(# )?${key.replace('$', '\\$')}:`, 'm'));
    const uncommented = text.replace(/^# (?=[a-z]+:|  )/gm, '');
    expect(uncommented).toContain('\nrules:\n  glossary/near-miss: warning\n');
    const dir = tree({ 'glossary/newsroom.yaml': '[]' });
    const config = parseConfig(uncommented, join(dir, '.translintrc.yaml'));
    expect(config.glossaries).toEqual([join(dir, 'glossary/newsroom.yaml')]);
    expect(config.overrides).toEqual([{ files: ['desk/paris/**'], sourceLang: 'fr' }, { files: ['opinion/'], rules: { 'glossary/near-miss': 'info' } }]);
    expect(resolveFileOptions(config, join(dir, 'drafts/a.txt')).ignored).toBe(true);
    expect(resolveFileOptions(config, join(dir, 'desk/paris/a.txt')).options.sourceLang).toBe('fr');
  });

  it('refuses to overwrite any existing configuration file', () => {
    const dir = tree({ 'translint.config.json': '{}' });
    expect(configError(() => writeInitConfig(dir)).message).toBe(`${join(dir, 'translint.config.json')}: a configuration file already exists; not overwritten`);
    writeFileSync(join(dir, 'translint.config.json'), '{"root": true}');
    expect(readFileSync(join(dir, 'translint.config.json'), 'utf8')).toBe('{"root": true}');
  });
});
