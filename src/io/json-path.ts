import { parseTree, type Node as JsonNode } from 'jsonc-parser';
import { LineIndex } from '../document/line-index.js';

/**
 * The 1-based line of the key (or list item) at a path in JSON text, as lineAtPath (yaml-path.ts) gives it
 * for YAML: `['entries', 3, 'fix']` is the line of the key "fix" in the fourth item of "entries", or of the
 * deepest key or item on the way that is there (the root's own line when not even the first is). The text,
 * which JSON.parse has read already, is parsed again (jsonc-parser) only when the first line is asked for:
 * these lines are for error messages. Undefined when no place is known (nested deeper than its parser goes).
 */
export function jsonLines(text: string): (path: readonly (string | number)[]) => number | undefined {
  let root: JsonNode | undefined | null = null;
  let lines: LineIndex | undefined;
  return (path) => {
    if (root === null) {
      try {
        root = parseTree(text, [], { disallowComments: true, allowTrailingComma: false });
      } catch (e) {
        // (its parser recurses per level, as json-error.ts notes)
        if (!(e instanceof RangeError)) throw e;
        root = undefined;
      }
      lines = new LineIndex(text);
    }
    if (!root || !lines) return undefined;
    const line = (node: JsonNode) => (lines as LineIndex).position(node.offset).line;
    let node: JsonNode | undefined = root;
    let found = line(root);
    for (const seg of path) {
      if (node.type === 'object') {
        // JSON.parse keeps the last of a key written twice
        const pair: JsonNode | undefined = node.children?.findLast((p) => p.children?.[0]?.value === String(seg));
        if (!pair) break;
        found = line(pair);
        node = pair.children?.[1];
      } else if (node.type === 'array' && typeof seg === 'number') {
        node = node.children?.[seg];
        if (node) found = line(node);
      } else break;
      if (!node) break;
    }
    return found;
  };
}
