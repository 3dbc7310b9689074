import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import schema from '../../src/config/translint.schema.json' with { type: 'json' };
import { rules } from '../../src/rules/index.ts';
import { ROOT } from '../helpers/cli.ts';
import { tree } from './tmp.ts';

type SchemaNode = { title?: string; description?: string; $ref?: string; properties?: Record<string, SchemaNode> };
const definitions = schema.definitions as Record<string, SchemaNode>;

describe('the configuration schema', () => {
  it('is a valid draft-07 schema with an $id', () => {
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.$id).toBe('urn:translint:config:1');
    expect(new Ajv().validateSchema(schema)).toBe(true);
  });

  it('gives every key a title and a description, for editors', () => {
    const keys = { ...(schema.properties as Record<string, SchemaNode>), ...(definitions.override?.properties ?? {}) };
    for (const [key, node] of Object.entries(keys)) {
      const target = node.$ref ? definitions[node.$ref.replace('#/definitions/', '')] : node;
      expect(target?.title, key).toBeTruthy();
      expect((target?.description ?? '').length, key).toBeGreaterThan(20);
    }
  });

  it('lists every rule id and group for completion, and nothing else', () => {
    const ids = rules.map((r) => r.meta.id as string);
    const expected = [...new Set(ids.flatMap((id) => [id.slice(0, id.indexOf('/') + 1), id]))].sort();
    // When this fails after adding a rule: add "<id>" (and its "<group>/") to definitions.rules.properties.
    expect(Object.keys(definitions.rules?.properties ?? {}).sort()).toEqual(expected);
  });
});

describe('the built package', () => {
  it('ships the schema beside the built code, which loads it on this Node', () => {
    // `npm test` builds first (pretest); the schema reaches dist because validate.ts imports it.
    const built = join(ROOT, 'dist/config/translint.schema.json');
    expect(existsSync(built), 'run npm run build').toBe(true);
    expect(JSON.parse(readFileSync(built, 'utf8'))).toEqual(schema);
    const dir = tree({ '.translintrc.yaml': 'rules:\n  glossary/variant: warn\n' });
    const script = `import { loadConfig } from ${JSON.stringify(join(ROOT, 'dist/config/index.js'))};
try { loadConfig('.translintrc.yaml'); } catch (e) { console.log(e.name + ' ' + e.message); }`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: dir, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('ConfigError .translintrc.yaml:2: rules.glossary/variant: must be one of error, warning, info, off\n');
  });
});
