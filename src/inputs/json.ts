import { createScanner, parseTree, printParseErrorCode, SyntaxKind, type Node, type ParseError } from 'jsonc-parser';
import { createDocument, type Document, type Segment } from '../document/document.js';
import { LineIndex } from '../document/line-index.js';
import { InputError } from './errors.js';
import { markAsSpace, withProse } from './ranges.js';
import { ProseView } from './view.js';

const ESCAPE = /\\(?:u[0-9a-fA-F]{4}|.)/g;

/**
 * Arrays and objects nested deeper than this are refused: jsonc-parser's parseTree (and the walk
 * below) recurse once per level, and some 10,000 levels overflow the stack. Resource files nest a few
 * levels; 1,000 leaves room for any generated one.
 */
export const MAX_JSON_DEPTH = 1000;

/**
 * JSON resource files (`en.json`: objects of strings, nested to any depth, arrays too): every string
 * value is prose, keys are not. Each string's content inside the quotes is a segment, its escape
 * sequences read as the characters they stand for in the prose view (see view.ts). The document's kind
 * is `strings` (an application's messages). Strict JSON (no comments, no trailing commas); throws
 * `InputError` otherwise.
 */
export function parseJson(file: string, path?: string): Document {
  const text = markAsSpace(file);
  const deep = tooDeep(text);
  if (deep !== undefined) throw new InputError(path, new LineIndex(text).position(deep).line, `JSON nested more than ${MAX_JSON_DEPTH} levels deep`);
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (first || !root) {
    const offset = first?.offset ?? 0;
    const what = first ? words(printParseErrorCode(first.error)) : 'no JSON value';
    throw new InputError(path, new LineIndex(text).position(offset).line, `invalid JSON: ${what}`);
  }
  const segments: Segment[] = [];
  const view = new ProseView(text);
  const visit = (node: Node) => {
    if (node.type === 'string') {
      const start = node.offset + 1;
      const end = node.offset + node.length - 1;
      view.withEscapes(start, end, ESCAPE, unescape);
      if (end > start) segments.push({ start, end });
    }
    else if (node.type === 'property') {
      const value = node.children?.[1];
      if (value) visit(value);
    } else for (const child of node.children ?? []) visit(child);
  };
  visit(root);
  const prose = view.build();
  return createDocument(file, { ...(path !== undefined ? { path } : {}), segments: withProse(prose, segments), format: 'json', bom: false, kind: 'strings', prose, escapes: view.escapes });
}

/**
 * Where nesting first goes deeper than MAX_JSON_DEPTH, by jsonc-parser's scanner (a loop, no recursion);
 * undefined when it never does. Only a closing bracket of the kind last opened takes a level off: the
 * parser's error recovery skips a stray one and goes on nesting ("[}," x 20,000 is 20,000 levels to it).
 */
function tooDeep(text: string): number | undefined {
  const scanner = createScanner(text, true);
  const open: SyntaxKind[] = [];
  for (let kind = scanner.scan(); kind !== SyntaxKind.EOF; kind = scanner.scan()) {
    if (kind === SyntaxKind.OpenBraceToken || kind === SyntaxKind.OpenBracketToken) {
      if (open.push(kind) > MAX_JSON_DEPTH) return scanner.getTokenOffset();
    } else if ((kind === SyntaxKind.CloseBraceToken && open.at(-1) === SyntaxKind.OpenBraceToken) || (kind === SyntaxKind.CloseBracketToken && open.at(-1) === SyntaxKind.OpenBracketToken)) open.pop();
  }
  return undefined;
}

/** What a JSON escape stands for. */
function unescape(esc: string): string {
  if (esc[1] === 'u') return String.fromCharCode(parseInt(esc.slice(2), 16));
  const map: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f' };
  return map[esc.charAt(1)] ?? esc.charAt(1);
}

/** "CommaExpected" -> "comma expected". */
function words(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
