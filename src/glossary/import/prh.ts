import { createRequire } from 'node:module';
import type { Node as YamlNode } from 'yaml';
import { toEntry } from '../entry.js';
import { GlossaryError } from '../errors.js';
import { otherCasings } from './casing.js';
import type { Imported } from './index.js';
import { yamlErrorText } from '../../io/yaml-error.js';
import { yamlValue } from '../../io/yaml-value.js';

const require = createRequire(import.meta.url);
const yaml = () => require('yaml') as typeof import('yaml');

/** The keys of a prh file (prh's own schema). */
const PRH_KEYS = ['version', 'imports', 'targets', 'rules'];

/** A prh file: a YAML mapping with a `rules` list and no translint `entries`. */
export function isPrh(text: string): boolean {
  return /^rules\s*:/m.test(text) && !/^entries\s*:/m.test(text);
}

/**
 * prh (textlint-rule-prh, the proofreading helper) YAML: `rules: [{expected, pattern | patterns,
 * prh, specs, options}]`. Each rule is an entry: `expected` is the term, each pattern a variant (a
 * `/regex/flags` string stays a regular expression, any other string is literal text), `prh` the
 * note; a match that is `expected` itself is never flagged (glossary/variant leaves an entry's own
 * term). A rule without patterns gives prh's default, any other casing of `expected`. `specs` are
 * checked: every `from` must contain a variant. `imports` are refused (list each file with
 * `--glossary`), and so are keys prh does not know. YAML aliases are resolved. Errors name the file and the rule's line.
 */
export function importPrh(text: string, file: string): Imported {
  const { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, visit } = yaml();
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const err = doc.errors[0];
  if (err) throw new GlossaryError(file, lines.linePos(err.pos[0]).line, yamlErrorText(err));
  const lineOf = (node: unknown) => ((node as YamlNode | undefined)?.range ? lines.linePos((node as YamlNode).range![0]).line : undefined);
  const warnings: string[] = [];
  const valueOf = (node: YamlNode): unknown => yamlValue({ visit }, doc, node, lineOf, (line, detail) => new GlossaryError(file, line, detail));
  const root = doc.contents;
  if (!isMap(root)) throw new GlossaryError(file, 1, 'a prh file is a mapping with "rules"');
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    if (!PRH_KEYS.includes(key)) throw new GlossaryError(file, lineOf(pair.key) ?? 1, `unknown prh key "${key}" (allowed: ${PRH_KEYS.join(', ')})`);
    if (key === 'targets') warnings.push(`${file}:${lineOf(pair.key) ?? '?'}: prh "targets" are not followed: the rules apply to every file checked`);
  }
  const importsNode = root.get('imports', true) as YamlNode | undefined;
  const imports = importsNode && valueOf(importsNode);
  if (imports !== null && imports !== undefined && !(Array.isArray(imports) && imports.length === 0)) throw new GlossaryError(file, lineOf(importsNode), 'prh "imports" are not followed: give each file with --glossary');
  const named = root.get('rules', true);
  const rules = isAlias(named) ? named.resolve(doc) : named;
  if (!isSeq(rules)) throw new GlossaryError(file, lineOf(rules) ?? 1, 'prh "rules" must be a list');
  const entries = rules.items.map((item) => {
    const line = lineOf(item);
    const where = line === undefined ? { file } : { file, line };
    const fail = (detail: string): never => {
      throw new GlossaryError(file, line, detail);
    };
    const rule = valueOf(item as YamlNode) as Record<string, unknown>;
    if (typeof rule !== 'object' || rule === null || Array.isArray(rule)) fail('a prh rule must be a mapping with "expected"');
    if (typeof rule.expected !== 'string' || rule.expected.trim() === '') fail('a prh rule needs "expected" (the correct form)');
    const raw = rule.patterns ?? rule.pattern;
    const patterns = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
    if (patterns.some((p) => typeof p !== 'string')) fail('prh "pattern"/"patterns" must be strings');
    const expected = (rule.expected as string).trim();
    // prh's own default: any other casing of the expected form
    const variants = patterns.length > 0 ? (patterns as string[]) : [otherCasings(expected)];
    if (expected.includes('$')) warnings.push(`${file}:${line ?? '?'}: "${expected}" uses capture groups ($1): imported without a fix`);
    const entry = toEntry(
      { term: expected.replace(/\$\d/g, ''), variants, caseSensitive: true, ...(expected.includes('$') ? { fix: 'warn' } : {}), ...(typeof rule.prh === 'string' ? { note: rule.prh } : {}) },
      where,
    );
    checkSpecs(rule.specs, entry.variants.map((v) => (v.kind === 'regex' ? new RegExp(v.source, `u${v.flags}`) : v.text)), fail);
    return entry;
  });
  return { entries, allow: [], warnings };
}

/** prh `specs: [{from, to}]`: each `from` must hold one of the rule's variants, or the rule would never fire there. */
function checkSpecs(specs: unknown, variants: (string | RegExp)[], fail: (detail: string) => never): void {
  if (specs === undefined) return;
  if (!Array.isArray(specs)) fail('prh "specs" must be a list of {from, to}');
  for (const spec of specs as { from?: unknown }[]) {
    const from = spec?.from;
    if (typeof from !== 'string') fail('a prh spec needs "from"');
    const hit = variants.some((v) => (typeof v === 'string' ? from.toLowerCase().includes(v.toLowerCase()) : v.test(from)));
    if (!hit) fail(`prh spec "${from}" holds none of the rule's patterns`);
  }
}
