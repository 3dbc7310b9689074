import { createRequire } from 'node:module';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { ConfigError } from './errors.js';
import type { KeyPath, ParsedConfig } from './parse.js';
import schema from './translint.schema.json' with { type: 'json' };

let compiled: ValidateFunction | undefined;

/**
 * The schema validator, made on first use: loading ajv and compiling the schema takes ~90 ms, which
 * a run without a configuration file should not pay. allErrors so that the error reported is the
 * first one in the file, not the first the schema meets.
 */
function validateSchema(): ValidateFunction {
  if (!compiled) {
    const { Ajv } = createRequire(import.meta.url)('ajv') as typeof import('ajv');
    compiled = new Ajv({ allErrors: true, verbose: true }).compile(schema);
  }
  return compiled;
}

/** Throws a ConfigError for the first (by line) value that breaks the schema. */
export function validateConfig(parsed: ParsedConfig, file: string): void {
  const validate = validateSchema();
  if (validate(parsed.value)) return;
  const problems = (validate.errors ?? [])
    .filter((e) => e.keyword !== 'propertyNames')
    .map((e, order) => {
      const path = errorPath(parsed.value, e);
      return { path, line: parsed.lineOf(path), order, message: describe(e) };
    })
    .sort((a, b) => a.line - b.line || a.order - b.order);
  const first = problems[0];
  if (!first) throw new ConfigError(file, 1, 'does not follow the configuration schema');
  throw new ConfigError(file, first.line, first.path.length > 0 ? `${formatPath(first.path)}: ${first.message}` : first.message);
}

/** `["rules", "glossary/variant"]` → `rules.glossary/variant`; `["overrides", 0, "files"]` → `overrides[0].files`. */
export function formatPath(path: KeyPath): string {
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}

/** The key path an error is about, with array indexes as numbers; a wrong or unknown key is the key itself. */
function errorPath(data: unknown, e: ErrorObject): (string | number)[] {
  const path: (string | number)[] = [];
  let node = data;
  for (const raw of e.instancePath.split('/').slice(1)) {
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const step = Array.isArray(node) ? Number(seg) : seg;
    path.push(step);
    node = (node as Record<string | number, unknown> | undefined)?.[step];
  }
  if (e.keyword === 'additionalProperties') path.push(String((e.params as { additionalProperty: string }).additionalProperty));
  if (e.propertyName !== undefined) path.push(e.propertyName);
  return path;
}

const TYPE_NAMES: Record<string, string> = {
  array: 'a list',
  object: 'a mapping of keys to values',
  string: 'a string',
  number: 'a number',
  boolean: 'true or false',
};

function describe(e: ErrorObject): string {
  const parent = (e.parentSchema ?? {}) as { properties?: Record<string, unknown>; minimum?: number; maximum?: number };
  switch (e.keyword) {
    case 'enum':
      return `must be one of ${(e.params as { allowedValues: unknown[] }).allowedValues.join(', ')}`;
    case 'type': {
      const type = String((e.params as { type: string }).type);
      return `must be ${TYPE_NAMES[type] ?? type}`;
    }
    case 'minimum':
    case 'maximum':
      return `must be between ${parent.minimum ?? '-∞'} and ${parent.maximum ?? '∞'}`;
    case 'additionalProperties':
      return `unknown key (allowed: ${Object.keys(parent.properties ?? {}).filter((k) => k !== '$schema').join(', ')})`;
    case 'required':
      return `missing "${(e.params as { missingProperty: string }).missingProperty}"`;
    case 'minItems':
      return 'must list at least one pattern';
    case 'not':
      return 'negated patterns ("!…") are not supported; list only what to match';
    case 'minLength':
      return 'must not be empty';
    case 'pattern':
      if (e.propertyName !== undefined) return 'not a rule id or prefix (like "glossary/variant" or "glossary/")';
      return `must match ${(e.params as { pattern: string }).pattern}`;
    default:
      return e.message ?? 'is not valid';
  }
}
