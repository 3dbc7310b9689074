import type { Document, Node as YamlNode } from 'yaml';

/** The parts of the `yaml` package this needs (the package is loaded by the caller, on first use). */
type YamlParts = Pick<typeof import('yaml'), 'visit'>;

/**
 * A YAML node's value as plain JavaScript, its aliases resolved as the `yaml` package resolves them,
 * under the package's own bound on how far aliases may expand: an "alias bomb" (`a: &a [x, x, …]`,
 * `b: &b [*a, *a, …]`, … eight levels of nine: 43 million values) makes the package throw a
 * ReferenceError ("Excessive alias count indicates a resource exhaustion attack"), which became an
 * internal error with a stack trace. It is the file's error here, made by `fail` (a ConfigError, a
 * GlossaryError) at the line of the node's first alias. The configuration and the glossary loaders
 * both read YAML values through this.
 */
export function yamlValue(yaml: YamlParts, doc: Document, node: YamlNode, line: (node: YamlNode | null | undefined) => number | undefined, fail: (line: number | undefined, detail: string) => Error): unknown {
  try {
    return node.toJS(doc);
  } catch (e) {
    if (!(e instanceof ReferenceError)) throw e;
    let alias: YamlNode | undefined;
    yaml.visit(node, {
      Alias(_, a) {
        alias = a;
        return yaml.visit.BREAK;
      },
    });
    const detail = /^Excessive alias count/.test(e.message) ? 'aliases (*name) expand to too many values to read' : e.message.split('\n')[0] || 'an alias that cannot be read';
    throw fail(line(alias ?? node), detail);
  }
}
