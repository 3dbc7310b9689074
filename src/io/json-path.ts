import { parseTree, visit, type JSONPath, type Node as JsonNode } from 'jsonc-parser';
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

/**
 * The 1-based line where each item of a JSON list starts: of the root, if it is a list, or else of the list
 * under the root object's `key` (the last one, if the key is written twice: JSON.parse keeps the last). Read
 * with jsonc-parser's visitor, which tells the line of each token; what is inside an item is parsed but not
 * reported. For text that JSON.parse accepts; undefined for text nested deeper than the visitor goes (it
 * recurses per level).
 */
export function jsonListLines(text: string, key: string): number[] | undefined {
  let lines: number[] = [];
  // the depth of the list: 0 if it is the root, 1 if it is under `key`
  let depth = 0;
  const item = (line: number, path: JSONPath) => {
    if (path.length === depth + 1 && (depth === 0 || path[0] === key)) lines[path[depth] as number] = line + 1;
  };
  // the root and the list are entered; any other value at the list's depth, and what is inside an item, is
  // parsed but not reported (the visitor is told so by `false`)
  const begin = (isList: boolean) => (_offset: number, _length: number, line: number, _column: number, pathOf: () => JSONPath) => {
    const path = pathOf();
    if (path.length === 0) depth = isList ? 0 : 1;
    if (path.length < depth) return true;
    if (path.length === depth) {
      const theList = isList && (depth === 0 || path[0] === key);
      if (theList) lines = [];
      return theList;
    }
    item(line, path);
    return false;
  };
  const end = () => undefined;
  try {
    visit(
      text,
      {
        onArrayBegin: begin(true),
        onObjectBegin: begin(false),
        // (the visitor counts the levels it is told to skip only when it has these)
        onArrayEnd: end,
        onObjectEnd: end,
        onLiteralValue: (_value, _offset, _length, line, _column, pathOf) => item(line, pathOf()),
      },
      { disallowComments: true, allowTrailingComma: false },
    );
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    return undefined;
  }
  return lines;
}
