import { parseTree, type ParseError } from 'jsonc-parser';
import { LineIndex } from '../document/line-index.js';
import { oneLine } from './errors.js';

/**
 * JSON.parse's words for an error, one line, without the offset it may add ("… in JSON at position 12
 * (line 2 column 5)"): the caller names the line and column.
 */
export function jsonErrorText(error: Error): string {
  return oneLine(error.message.replace(/ in JSON at position \d+.*$/s, '').replace(/ at position \d+.*$/s, ''));
}

/**
 * Where JSON text that JSON.parse refused goes wrong, as a 1-based line and column: the offset JSON.parse
 * gives; the end of the text for "Unexpected end of JSON input"; else (`Unexpected token 'x', "…" is not
 * valid JSON` names none) the offset of the first error jsonc-parser finds, read strictly (no comments,
 * no trailing commas). Its parser recurses per level: on text nested deeper than the stack allows, no
 * place is known.
 */
export function jsonErrorAt(text: string, error: Error): { line: number; column: number } | undefined {
  const given = / at position (\d+)/.exec(error.message);
  let offset = given ? Number(given[1]) : /^Unexpected end of JSON input/.test(error.message) ? text.length : undefined;
  if (offset === undefined) {
    try {
      const errors: ParseError[] = [];
      parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
      offset = errors[0]?.offset;
    } catch (e) {
      if (!(e instanceof RangeError)) throw e;
    }
  }
  if (offset === undefined) return undefined;
  const { line, column } = new LineIndex(text).position(Math.min(offset, text.length));
  return { line, column };
}
