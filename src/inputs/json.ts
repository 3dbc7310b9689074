import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { createDocument, type Document, type Segment } from '../document/document.js';
import { LineIndex } from '../document/line-index.js';
import { InputError } from './errors.js';
import { literalPieces, withProse } from './ranges.js';

const ESCAPE = /\\(?:u[0-9a-fA-F]{4}|.)/g;

/**
 * JSON resource files (`en.json`: objects of strings, nested to any depth, arrays too): every string
 * value is prose, keys are not. Segments are the string contents inside the quotes, escape sequences
 * split off. Strict JSON (no comments, no trailing commas); throws `InputError` otherwise.
 */
export function parseJson(text: string, path?: string): Document {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (first || !root) {
    const offset = first?.offset ?? 0;
    const what = first ? words(printParseErrorCode(first.error)) : 'no JSON value';
    throw new InputError(path, new LineIndex(text).position(offset).line, `invalid JSON: ${what}`);
  }
  const segments: Segment[] = [];
  const visit = (node: Node) => {
    if (node.type === 'string') for (const s of literalPieces(text, node.offset + 1, node.offset + node.length - 1, ESCAPE)) segments.push(s);
    else if (node.type === 'property') {
      const value = node.children?.[1];
      if (value) visit(value);
    } else for (const child of node.children ?? []) visit(child);
  };
  visit(root);
  return createDocument(text, { ...(path !== undefined ? { path } : {}), segments: withProse(text, segments), format: 'json' });
}

/** "CommaExpected" -> "comma expected". */
function words(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
