import { diffLines, diffWordsWithSpace } from 'diff';
import { escapeHtml } from './shared/html.js';

/** Unchanged lines shown around each change in the side-by-side view; longer runs fold away. */
const CONTEXT = 2;

interface Side {
  n: number;
  html: string;
}

interface Row {
  left?: Side;
  right?: Side;
  changed: boolean;
}

/** The lines of a diffLines part, without their line breaks (a CR before LF is not shown either). */
function linesOf(value: string): string[] {
  const lines = value.split('\n').map((l) => l.replace(/\r$/, ''));
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/** One changed line pair: removed words marked on the left, added words on the right. */
function wordPair(before: string, after: string): [string, string] {
  let left = '';
  let right = '';
  for (const c of diffWordsWithSpace(before, after)) {
    const text = escapeHtml(c.value);
    if (c.removed) left += `<del>${text}</del>`;
    else if (c.added) right += `<ins>${text}</ins>`;
    else {
      left += text;
      right += text;
    }
  }
  return [left, right];
}

function rowsOf(original: string, corrected: string): Row[] {
  const rows: Row[] = [];
  let l = 1;
  let r = 1;
  const parts = diffLines(original, corrected);
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    const lines = linesOf(p.value);
    if (p.removed && parts[i + 1]?.added) {
      // a replaced block: pair its lines in order, so a fixed word shows inside its own line
      const added = linesOf(parts[++i]!.value);
      for (let k = 0; k < Math.max(lines.length, added.length); k++) {
        const a = lines[k];
        const b = added[k];
        const [lh, rh] = a !== undefined && b !== undefined ? wordPair(a, b) : [`<del>${escapeHtml(a ?? '')}</del>`, `<ins>${escapeHtml(b ?? '')}</ins>`];
        const row: Row = { changed: true };
        if (a !== undefined) row.left = { n: l++, html: lh };
        if (b !== undefined) row.right = { n: r++, html: rh };
        rows.push(row);
      }
    } else if (p.removed) for (const a of lines) rows.push({ left: { n: l++, html: `<del>${escapeHtml(a)}</del>` }, changed: true });
    else if (p.added) for (const b of lines) rows.push({ right: { n: r++, html: `<ins>${escapeHtml(b)}</ins>` }, changed: true });
    else for (const t of lines) rows.push({ left: { n: l++, html: escapeHtml(t) }, right: { n: r++, html: escapeHtml(t) }, changed: false });
  }
  return rows;
}

function rowHtml(row: Row): string {
  const cell = (side: Side | undefined, which: string) =>
    side ? `<span class="ln">${side.n}</span><span class="${which}">${side.html}</span>` : `<span class="ln"></span><span class="${which} none"></span>`;
  return `<div class="row${row.changed ? ' changed' : ''}">${cell(row.left, 'old')}${cell(row.right, 'new')}</div>`;
}

/**
 * Original and corrected text in two columns, line by line, with the changed words marked; runs of
 * unchanged lines away from any change fold into a <details> (no script needed to open them).
 */
export function sideBySideHtml(original: string, corrected: string): string {
  if (original === corrected) return '<p class="none">No changes.</p>';
  const rows = rowsOf(original, corrected);
  const near = rows.map((_, i) => rows.slice(Math.max(0, i - CONTEXT), i + CONTEXT + 1).some((x) => x.changed));
  const out: string[] = ['<div class="sbs"><div class="row head"><span class="ln"></span><span>Original</span><span class="ln"></span><span>Corrected</span></div>'];
  for (let i = 0; i < rows.length; ) {
    if (near[i]) {
      out.push(rowHtml(rows[i++]!));
      continue;
    }
    const start = i;
    while (i < rows.length && !near[i]) i++;
    const folded = rows.slice(start, i).map(rowHtml).join('');
    out.push(`<details class="fold"><summary>${i - start} unchanged line${i - start === 1 ? '' : 's'}</summary>${folded}</details>`);
  }
  out.push('</div>');
  return out.join('');
}

/** The whole corrected text with removed words struck through and added words underlined. */
export function inlineDiffHtml(original: string, corrected: string): string {
  if (original === corrected) return '<p class="none">No changes.</p>';
  const parts = diffWordsWithSpace(original, corrected).map((c) => {
    const text = escapeHtml(c.value);
    return c.removed ? `<del>${text}</del>` : c.added ? `<ins>${text}</ins>` : text;
  });
  return `<pre class="text inline-diff">${parts.join('')}</pre>`;
}
