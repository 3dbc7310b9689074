import { sep } from 'node:path';
import { formatPatch, type StructuredPatchHunk } from 'diff';
import { lineChanges, splitLines, type LineChange } from './line-changes.js';

const CONTEXT = 3;

/**
 * The hunks of a line diff with `context` lines around each change, as the `diff` package's
 * structuredPatch builds them from its own line diff (changes closer than twice the context share a
 * hunk; a last line without a break gets "\ No newline at end of file").
 */
function hunksOf(parts: readonly LineChange[], context: number): StructuredPatchHunk[] {
  const hunks: StructuredPatchHunk[] = [];
  let oldStart = 0;
  let newStart = 0;
  let range: string[] = [];
  let oldLine = 1;
  let newLine = 1;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    const lines = splitLines(p.value);
    if (p.added || p.removed) {
      if (!oldStart) {
        const prev = i > 0 ? splitLines(parts[i - 1]!.value) : [];
        const before = context > 0 ? prev.slice(-context) : [];
        range = before.map((l) => ' ' + l);
        oldStart = oldLine - before.length;
        newStart = newLine - before.length;
      }
      for (const l of lines) range.push((p.added ? '+' : '-') + l);
      if (p.added) newLine += lines.length;
      else oldLine += lines.length;
      continue;
    }
    if (oldStart) {
      if (lines.length <= context * 2 && i < parts.length - 1) for (const l of lines) range.push(' ' + l);
      else {
        const size = Math.min(lines.length, context);
        for (const l of lines.slice(0, size)) range.push(' ' + l);
        hunks.push({ oldStart, oldLines: oldLine - oldStart + size, newStart, newLines: newLine - newStart + size, lines: range });
        oldStart = 0;
        newStart = 0;
        range = [];
      }
    }
    oldLine += lines.length;
    newLine += lines.length;
  }
  if (oldStart) hunks.push({ oldStart, oldLines: oldLine - oldStart, newStart, newLines: newLine - newStart, lines: range });
  for (const h of hunks) h.lines = h.lines.flatMap((l) => (l.endsWith('\n') ? [l.slice(0, -1)] : [l, '\\ No newline at end of file']));
  return hunks;
}

/**
 * A unified diff of one file, with a/ and b/ prefixes, that `git apply` and `patch -p1` accept when `path` is
 * relative and has no ".." (they refuse an absolute name and one that leaves their folder: the CLI gives a
 * file's path from the top of its git work tree or the working folder, patchPath). The line
 * diff is lineChanges' (linear in the text); the hunks are formatted by the `diff` package, which quotes a
 * name as git does when it holds a quote, a backslash, a control character or a non-ASCII letter
 * (`"a/tab\tname.txt"`). A name with a space gets a tab after it, as git writes it, so that `patch` reads
 * the whole name. `bom`: the file starts with a byte order mark that `original` and `fixed` leave out; it
 * is part of the first line, which the hunk must match. Backslashes are folder separators only on Windows.
 */
export function unifiedDiff(path: string, original: string, fixed: string, bom = false): string {
  if (original === fixed) return '';
  const name = (sep === '\\' ? path.replace(/\\/g, '/') : path).replace(/^\.\//, '');
  const mark = bom ? '\ufeff' : '';
  const hunks = hunksOf(lineChanges(mark + original, mark + fixed), CONTEXT);
  const patch = formatPatch({ oldFileName: `a/${name}`, newFileName: `b/${name}`, oldHeader: undefined, newHeader: undefined, hunks });
  // jsdiff starts with an "Index:"-style separator line; git needs none of it
  const out = patch.replace(/^=+\n/, '').replace(/^Index: .*\n=+\n/, '');
  return name.includes(' ') ? out.replace(/^(--- [^\n]*)\n(\+\+\+ [^\n]*)\n/, '$1\t\n$2\t\n') : out;
}
