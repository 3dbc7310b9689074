import { findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode, stripComments, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import { createRequire } from 'node:module';
import type { Node as YamlNode } from 'yaml';
import { ConfigError } from './errors.js';
import { yamlErrorText } from '../io/yaml-error.js';
import { lineAtPath } from '../io/yaml-path.js';
import { yamlValue } from '../io/yaml-value.js';

// loaded with the first YAML configuration, not at every start-up
const yaml = () => createRequire(import.meta.url)('yaml') as typeof import('yaml');

/** A key path into the parsed value: object keys and array indexes. */
export type KeyPath = readonly (string | number)[];

export interface ParsedConfig {
  value: unknown;
  /** The 1-based line of the key (or list item) at `path`, or of the nearest enclosing one found. */
  lineOf(path: KeyPath): number;
}

/** Parses YAML (by the `yaml` package) or JSON with comments (by `jsonc-parser`, as editors read tsconfig). */
export function parseConfigText(text: string, format: 'yaml' | 'json', file: string): ParsedConfig {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return format === 'yaml' ? parseYaml(body, file) : parseJson(body, file);
}

function parseYaml(text: string, file: string): ParsedConfig {
  const { isMap, isScalar, isSeq, LineCounter, parseDocument, visit } = yaml();
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const err = doc.errors[0];
  if (err) throw new ConfigError(file, lineCounter.linePos(err.pos[0]).line, yamlErrorText(err));
  const line = (node: YamlNode | null | undefined): number | undefined => (node?.range ? lineCounter.linePos(node.range[0]).line : undefined);
  return {
    // An empty file (or one with comments only) is an empty configuration, as a freshly created file should be.
    value: doc.contents === null ? {} : yamlValue({ visit }, doc, doc.contents as YamlNode, line, (at, detail) => new ConfigError(file, at, detail)),
    lineOf: (path) => lineAtPath({ isMap, isScalar, isSeq }, doc.contents as YamlNode | null, path, line) ?? 1,
  };
}

function parseJson(text: string, file: string): ParsedConfig {
  // Blank or comments only: an empty configuration, as for YAML.
  if (stripComments(text).trim() === '') return { value: {}, lineOf: () => 1 };
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: false, disallowComments: false });
  const lineAt = lineFinder(text);
  const err = errors[0];
  if (err) throw new ConfigError(file, lineAt(err.offset), `invalid JSON: ${words(printParseErrorCode(err.error))}`);
  if (root) checkDuplicateKeys(root, file, lineAt);
  return {
    value: root ? (getNodeValue(root) as unknown) : {},
    lineOf(path) {
      if (!root) return 1;
      for (let n = path.length; n > 0; n--) {
        const node = findNodeAtLocation(root, [...path.slice(0, n)]);
        if (!node) continue;
        // A value inside an object is reported at its key, as YAML is.
        const at = node.parent?.type === 'property' ? node.parent : node;
        return lineAt(at.offset);
      }
      return lineAt(root.offset);
    },
  };
}

/** JSON.parse keeps the last of two equal keys silently; a configuration with both is a mistake. */
function checkDuplicateKeys(node: JsonNode, file: string, lineAt: (offset: number) => number, path = ''): void {
  if (node.type === 'object') {
    const seen = new Set<string>();
    for (const prop of node.children ?? []) {
      const [key, value] = prop.children ?? [];
      if (!key) continue;
      const name = String(key.value);
      const where = path ? `${path}.${name}` : name;
      if (seen.has(name)) throw new ConfigError(file, lineAt(key.offset), `${where}: duplicate key`);
      seen.add(name);
      if (value) checkDuplicateKeys(value, file, lineAt, where);
    }
  } else if (node.type === 'array') {
    (node.children ?? []).forEach((child, i) => checkDuplicateKeys(child, file, lineAt, `${path}[${i}]`));
  }
}

/** Line numbers from offsets, by the YAML package's counter fed with the JSON text's line starts. */
function lineFinder(text: string): (offset: number) => number {
  const counter = new (yaml().LineCounter)();
  counter.addNewLine(0);
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) counter.addNewLine(i + 1);
  return (offset) => counter.linePos(offset).line;
}

/** "PropertyNameExpected" → "property name expected". */
function words(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
