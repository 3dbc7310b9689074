/**
 * The one line to print for the first error the `yaml` package found in a file. The package catches its
 * own stack overflow on thousands of nested levels and reports it as RESOURCE_EXHAUSTION ("Maximum call
 * stack size exceeded"), which says nothing to the file's author.
 */
export function yamlErrorText(err: { readonly code: string; readonly message: string }): string {
  if (err.code === 'RESOURCE_EXHAUSTION') return 'nested too deep to read';
  return err.message.split('\n')[0] || 'YAML syntax error';
}

/** Alias expansions one value may make (the yaml package's default): a "billion laughs" of nested aliases is refused. */
const MAX_ALIAS_COUNT = 100;

/**
 * A YAML node's plain value with its aliases (`*name`) resolved against `doc` (a node's own toJSON leaves
 * an alias as `{ source }`), or `{ error }` when the aliases expand past MAX_ALIAS_COUNT.
 */
export function yamlValue(node: { toJS(doc: unknown, options: { maxAliasCount: number }): unknown }, doc: unknown): { value: unknown } | { error: string } {
  try {
    return { value: node.toJS(doc, { maxAliasCount: MAX_ALIAS_COUNT }) };
  } catch (e) {
    if (e instanceof ReferenceError) return { error: 'aliases that expand too far (more than 100 alias uses in one value)' };
    throw e;
  }
}
