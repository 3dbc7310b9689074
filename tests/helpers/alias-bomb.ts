/**
 * YAML of eight keys, each a list of nine aliases of the one before (`a: &a [x, …]`, `b: &b [*a, …]`,
 * …): 43 million values once expanded. Each line starts with `indent`.
 */
export function aliasBomb(indent = ''): string {
  const names = 'abcdefgh';
  return [...names].map((n, i) => `${indent}${n}: &${n} [${Array.from({ length: 9 }, () => (i === 0 ? 'x' : `*${names[i - 1]}`)).join(', ')}]\n`).join('');
}
