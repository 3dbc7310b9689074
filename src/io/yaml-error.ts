/**
 * The one line to print for the first error the `yaml` package found in a file. The package catches its
 * own stack overflow on thousands of nested levels and reports it as RESOURCE_EXHAUSTION ("Maximum call
 * stack size exceeded"), which says nothing to the file's author.
 */
export function yamlErrorText(err: { readonly code: string; readonly message: string }): string {
  if (err.code === 'RESOURCE_EXHAUSTION') return 'nested too deep to read';
  return err.message.split('\n')[0] || 'YAML syntax error';
}
