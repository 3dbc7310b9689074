import type { Node as YamlNode } from 'yaml';

/** The parts of the `yaml` package the walk needs (the package is loaded by the caller, on first use). */
type YamlKinds = Pick<typeof import('yaml'), 'isMap' | 'isScalar' | 'isSeq'>;

/**
 * The 1-based line of the key (or list item) at `path` below `root`, or of the deepest one on the way
 * that is there (the root's own line when not even the first is): `['fix']` is the line of the key
 * `fix:`, `['variants', 2]` that of the third item of `variants`. `line` gives a node's line.
 */
export function lineAtPath(yaml: YamlKinds, root: YamlNode | null | undefined, path: readonly (string | number)[], line: (node: YamlNode | null | undefined) => number | undefined): number | undefined {
  let node = root ?? null;
  let found = line(node);
  for (const seg of path) {
    if (yaml.isMap(node)) {
      const pair = node.items.find((p) => yaml.isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) break;
      found = line(pair.key as YamlNode) ?? found;
      node = pair.value as YamlNode | null;
    } else if (yaml.isSeq(node) && typeof seg === 'number') {
      node = (node.items[seg] as YamlNode | undefined) ?? null;
      if (!node) break;
      found = line(node) ?? found;
    } else break;
  }
  return found;
}
