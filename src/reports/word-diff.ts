import { diffLines } from 'diff';
import { createColors } from 'picocolors';
import { wordDiff } from '../fix/diff.js';

/** A terminal view of the changed lines with removed words red and added words green. */
export function coloredWordDiff(path: string, original: string, fixed: string, color: boolean): string {
  const c = createColors(color);
  if (original === fixed) return '';
  const out: string[] = [c.bold(path)];
  const parts = diffLines(original, fixed);
  let line = 1;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    const count = p.count ?? p.value.split('\n').length - 1;
    if (p.removed && parts[i + 1]?.added) {
      const words = wordDiff(p.value, parts[i + 1]!.value)
        .map((w) => (w.removed ? c.red(c.strikethrough(w.value)) : w.added ? c.green(c.underline(w.value)) : w.value))
        .join('');
      out.push(`${c.dim(String(line).padStart(5))} ${words.replace(/\n$/, '')}`);
      i++;
    } else if (p.removed || p.added) {
      out.push(`${c.dim(String(line).padStart(5))} ${(p.removed ? c.red : c.green)(p.value.replace(/\n$/, ''))}`);
    }
    if (!p.added) line += count;
  }
  return out.join('\n') + '\n';
}
