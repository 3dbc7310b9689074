import { lineChanges } from '../fix/line-changes.js';
import { linePhrases, phraseDiff } from '../fix/phrases.js';
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

/** One changed line pair: each replaced phrase marked on the left, its replacement on the right. */
function wordPair(before: string, after: string): [string, string] {
  let left = '';
  let right = '';
  for (const p of phraseDiff(before, after)) {
    if ('same' in p) {
      left += escapeHtml(p.same);
      right += escapeHtml(p.same);
      continue;
    }
    if (p.removed !== '') left += `<del>${escapeHtml(p.removed)}</del>`;
    if (p.added !== '') right += `<ins>${escapeHtml(p.added)}</ins>`;
  }
  return [left, right];
}

/** One replacement inline: the replaced phrase struck out, an arrow, the new phrase (either may be empty). */
function replacementHtml(removed: string, added: string): string {
  const del = removed === '' ? '' : `<del>${escapeHtml(removed)}</del>`;
  const ins = added === '' ? '' : `<ins>${escapeHtml(added)}</ins>`;
  return del !== '' && ins !== '' ? `${del}<span class="to" aria-label="replaced by"> → </span>${ins}` : del + ins;
}

function rowsOf(original: string, corrected: string): Row[] {
  const rows: Row[] = [];
  let l = 1;
  let r = 1;
  const parts = lineChanges(original, corrected);
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

/** The whole corrected text with each change phrase by phrase: "<del>Foreign Ministry</del> → <ins>State Department</ins>". */
export function inlineDiffHtml(original: string, corrected: string): string {
  if (original === corrected) return '<p class="none">No changes.</p>';
  const parts: string[] = [];
  // phrase by phrase within each changed block of lines, the unchanged lines as they are
  for (const w of linePhrases(original, corrected)) parts.push('same' in w ? escapeHtml(w.same) : replacementHtml(w.removed, w.added));
  return `<pre class="text inline-diff">${parts.join('')}</pre>`;
}
