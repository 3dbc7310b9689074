import { createColors } from 'picocolors';
import { lineChanges } from '../fix/line-changes.js';
import { blockPhraseDiff } from '../fix/phrases.js';

/**
 * A terminal view of the changed lines, each change phrase by phrase: the replaced text struck out in
 * red, an arrow, the replacement in green ("the Foreign Ministry → State Department said"); a deletion
 * is the struck-out text alone, an insertion the green text alone.
 */
export function coloredWordDiff(path: string, original: string, fixed: string, color: boolean): string {
  const c = createColors(color);
  if (original === fixed) return '';
  const out: string[] = [c.bold(path)];
  const parts = lineChanges(original, fixed);
  let line = 1;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    if (p.removed && parts[i + 1]?.added) {
      const words = blockPhraseDiff(p.value, parts[i + 1]!.value)
        .map((w) => ('same' in w ? w.same : replacement(c, w.removed, w.added)))
        .join('');
      out.push(`${c.dim(String(line).padStart(5))} ${words.replace(/\n$/, '')}`);
      i++;
    } else if (p.removed || p.added) {
      out.push(`${c.dim(String(line).padStart(5))} ${(p.removed ? c.red : c.green)(p.value.replace(/\n$/, ''))}`);
    }
    if (!p.added) line += p.count;
  }
  return out.join('\n') + '\n';
}

/** One replacement in colour: struck-out red, an arrow, green; either side may be empty. */
export function replacement(c: ReturnType<typeof createColors>, removed: string, added: string): string {
  const from = removed === '' ? '' : c.red(c.strikethrough(removed));
  const to = added === '' ? '' : c.green(added);
  return from !== '' && to !== '' ? `${from}${c.dim(' → ')}${to}` : from + to;
}
