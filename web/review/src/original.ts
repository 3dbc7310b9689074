import { alignedRows, type Alignment, type Offsets } from './aligned-rows.js';
import type { Decision, Finding } from './model.js';
import { h } from './render.js';

export type { Alignment } from './aligned-rows.js';

/**
 * The original beside the story, row by row; the story's side marks the findings in it (click one to
 * select it). All text goes in as text nodes (render.ts `h`), never as HTML.
 */
export function renderAligned(
  root: HTMLElement,
  original: string,
  story: string,
  alignment: Alignment,
  findings: readonly Finding[],
  decisions: readonly Decision[],
  current: number,
): void {
  const head = h('div', { class: 'arow ahead', role: 'row' }, h('div', { role: 'columnheader' }, `Original (${alignment.lang})`), h('div', { role: 'columnheader' }, 'Story'));
  const rows = alignedRows(original, story, alignment.pairs).map((row) => {
    const hasCurrent = row.target !== undefined && findings.some((f, i) => i === current && overlaps(f, row.target as Offsets));
    const cls = `arow${row.sure ? '' : row.source && row.target ? ' unsure' : ' alone'}${hasCurrent ? ' current' : ''}`;
    const note = row.sure ? undefined : row.source && row.target ? 'unsure match' : row.source ? 'only in the original' : 'only in the story';
    const orig = h('div', { class: 'orig', lang: alignment.lang, role: 'cell' }, row.source && original.slice(row.source.start, row.source.end));
    const tell = note ? h('span', { class: 'note', lang: 'en' }, note) : undefined;
    const mine = h('div', { class: 'mine', lang: 'en', role: 'cell' });
    if (row.target) mine.append(storyPiece(story, row.target, findings, decisions, current));
    if (tell) (row.source ? orig : mine).prepend(tell);
    return h('div', { class: cls, role: 'row' }, orig, mine);
  });
  root.replaceChildren(head, ...rows);
}

function overlaps(f: Finding, o: Offsets): boolean {
  return f.range.start.offset < o.end && f.range.end.offset > o.start;
}

function storyPiece(story: string, o: Offsets, findings: readonly Finding[], decisions: readonly Decision[], current: number): DocumentFragment {
  const frag = document.createDocumentFragment();
  const inside = findings
    .map((f, i) => ({ f, i }))
    .filter(({ f }) => overlaps(f, o))
    .sort((a, b) => a.f.range.start.offset - b.f.range.start.offset);
  let pos = o.start;
  for (const { f, i } of inside) {
    const start = Math.max(o.start, f.range.start.offset);
    const end = Math.min(o.end, f.range.end.offset);
    if (start < pos) continue;
    frag.append(document.createTextNode(story.slice(pos, start)));
    const d = decisions[i] ?? { kind: 'pending' };
    frag.append(
      h('mark', { class: `sev-${f.severity} state-${d.kind}${i === current ? ' current' : ''}`, 'data-index': String(i), title: `${f.ruleId}: ${f.message}` }, story.slice(start, end)),
    );
    pos = end;
  }
  frag.append(document.createTextNode(story.slice(pos, o.end)));
  return frag;
}
