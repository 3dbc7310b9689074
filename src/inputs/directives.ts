import type { Suppression } from '../document/document.js';
import { LineIndex } from '../document/line-index.js';

/** A comment found by an input format's parser: its whole extent in the file and the text inside it. */
export interface SourceComment {
  start: number;
  end: number;
  /** The comment's content, without `<!--` and `-->`. */
  body: string;
}

export type DirectiveKind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line';

/** A `translint-…` instruction read from a comment. */
export interface Directive {
  kind: DirectiveKind;
  /** Rule ids or prefixes ending in "/"; absent means every rule. */
  rules?: string[];
}

const DIRECTIVE = /^translint-(disable-next-line|disable-line|disable|enable)(?:\s+([^]*))?$/;

/**
 * Reads a comment body such as ` translint-disable glossary/variant title/ `. Rule ids are separated
 * by spaces or commas, as in ESLint. Anything else (an ordinary comment) gives undefined.
 */
export function parseDirective(body: string): Directive | undefined {
  const m = DIRECTIVE.exec(body.trim());
  if (!m) return undefined;
  const kind = m[1] as DirectiveKind;
  const rules = (m[2] ?? '').split(/[\s,]+/).filter((r) => r.length > 0);
  return rules.length > 0 ? { kind, rules } : { kind };
}

/**
 * Turns the directives among `comments` into the stretches of `text` where findings are dropped.
 * `disable` runs from the end of its comment to the start of the `enable` that ends it, or to the end
 * of the file. An `enable` with ids ends only those ids of disables that named them; a `disable`
 * without ids is ended only by an `enable` without ids, since "every rule but these" cannot be said
 * by a `Suppression`. `disable-line` covers the comment's own lines, `disable-next-line` the line after
 * the one the comment ends on.
 */
export function suppressionsFrom(text: string, comments: readonly SourceComment[]): Suppression[] {
  const lines = new LineIndex(text);
  const out: Suppression[] = [];
  let open: { start: number; rules?: string[] }[] = [];
  const close = (o: { start: number; rules?: string[] }, end: number) => {
    if (end > o.start) out.push(o.rules ? { start: o.start, end, rules: o.rules } : { start: o.start, end });
  };
  for (const c of [...comments].sort((a, b) => a.start - b.start)) {
    const d = parseDirective(c.body);
    if (!d) continue;
    if (d.kind === 'disable') {
      open.push(d.rules ? { start: c.end, rules: d.rules } : { start: c.end });
    } else if (d.kind === 'enable') {
      const still: typeof open = [];
      for (const o of open) {
        if (!d.rules) {
          close(o, c.start);
          continue;
        }
        const left = o.rules?.filter((r) => !d.rules?.includes(r));
        if (!o.rules || !left || left.length === o.rules.length) {
          still.push(o);
          continue;
        }
        close(o, c.start);
        if (left.length > 0) still.push({ start: c.end, rules: left });
      }
      open = still;
    } else {
      const endLine = lines.position(Math.max(c.start, c.end - 1)).line;
      const first = d.kind === 'disable-line' ? lines.position(c.start).line : endLine + 1;
      const last = d.kind === 'disable-line' ? endLine : endLine + 1;
      if (first > lines.lineCount) continue;
      close(d.rules ? { start: lines.lineStart(first), rules: d.rules } : { start: lines.lineStart(first) }, lineEnd(text, lines, last));
    }
  }
  for (const o of open) close(o, text.length);
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The offset just before the line break that ends a 1-based line (or the end of the text). */
function lineEnd(text: string, lines: LineIndex, line: number): number {
  if (line >= lines.lineCount) return text.length;
  let end = lines.lineStart(line + 1);
  if (text[end - 1] === '\n') end--;
  if (text[end - 1] === '\r') end--;
  return end;
}
