import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { LineIndex } from '../../document/line-index.js';
import { toEntry } from '../entry.js';
import { GlossaryError } from '../errors.js';
import { otherCasings } from './casing.js';
import type { Imported } from './index.js';

/** A textlint-rule-terminology file: a JSON list whose first item is a string or a `[pattern, replacement]` pair. */
export function isTextlintTerminology(text: string): boolean {
  return /^\s*\[\s*(?:"|\[\s*")/.test(text);
}

/**
 * textlint-rule-terminology's `terms` JSON: a list of terms (`"JavaScript"`: any other casing is
 * wrong) and `[pattern, replacement]` pairs (`["Java[- ]?script", "JavaScript"]`; the pattern is a
 * regular expression, case-insensitive as the rule reads it). A match that is the replacement as
 * written is left, as textlint leaves it: glossary/variant never flags an entry's own term ("Github" is
 * flagged for ["Github", "GitHub"], "GitHub" is not). A replacement that uses the pattern's groups
 * (`"frontend$1"`) cannot be a fixed term: the entry flags with no fix. Read with jsonc-parser (the
 * project's JSON reader with offsets), so every error names its line.
 */
export function importTextlintTerminology(text: string, file: string): Imported {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: false, allowTrailingComma: true });
  const lines = new LineIndex(text);
  const lineOf = (node: Node | undefined) => lines.position(node?.offset ?? 0).line;
  const first = errors[0];
  if (first || !root) throw new GlossaryError(file, lines.position(first?.offset ?? 0).line, `invalid JSON: ${first ? printParseErrorCode(first.error) : 'no value'}`);
  if (root.type !== 'array') throw new GlossaryError(file, 1, 'a textlint-rule-terminology file is a list of terms');
  const warnings: string[] = [];
  const entries = (root.children ?? []).map((item) => {
    const line = lineOf(item);
    const where = { file, line };
    if (item.type === 'string') {
      const term = String(item.value);
      return toEntry({ term, variants: [otherCasings(term)], caseSensitive: true }, where);
    }
    const pair = item.children?.map((c) => c.value);
    if (item.type !== 'array' || pair?.length !== 2 || pair.some((v) => typeof v !== 'string' || v === '')) {
      throw new GlossaryError(file, line, 'each term is a string or a [pattern, replacement] pair of strings');
    }
    const [pattern, replacement] = pair as [string, string];
    const grouped = /\$\d/.test(replacement);
    if (grouped) warnings.push(`${file}:${line}: "${replacement}" uses the pattern's groups: flagged without a fix`);
    const variant = `/${pattern.replace(/\//g, '\\/')}/i`;
    return toEntry({ term: replacement.replace(/\$\d/g, ''), variants: [variant], ...(grouped ? { fix: 'warn' } : {}) }, where);
  });
  return { entries, allow: [], warnings };
}
