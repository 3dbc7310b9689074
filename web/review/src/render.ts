import { escapingNote } from '../../../src/fix/escaping.js';
import { DELETE_LABEL, phraseDiff } from '../../../src/fix/phrases.js';
import { acceptable, replaceable, replacementOf, type Decision, type Finding } from './model.js';

/**
 * Every piece of document text reaches the page through text nodes (`textContent`,
 * `createTextNode`), never through HTML parsing: wire copy may hold markup, and this page must not
 * run or render it.
 */
type Child = Node | string | false | undefined;

/** An element with attributes and children; strings become text nodes. */
export function h(tag: string, attrs: Record<string, string | boolean> = {}, ...children: Child[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === false) continue;
    el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) {
    if (c === false || c === undefined) continue;
    el.append(typeof c === 'string' ? document.createTextNode(c) : c);
  }
  return el;
}

/** Line breaks and an empty replacement made visible in the list, where layout would hide them. */
export function visible(s: string): string {
  return s === '' ? DELETE_LABEL : s.replace(/\n/g, '⏎');
}

const STATE_LABEL: Record<Decision['kind'], string> = { pending: 'open', accepted: 'accepted', rejected: 'rejected', edited: 'edited' };

/** The checked text with each finding marked; an applied replacement follows its struck-out original. */
export function renderHighlighted(root: HTMLElement, source: string, findings: readonly Finding[], decisions: readonly Decision[], current: number, format?: string): void {
  const frag = document.createDocumentFragment();
  const order = findings.map((f, i) => ({ f, i })).sort((a, b) => a.f.range.start.offset - b.f.range.start.offset);
  let pos = 0;
  for (const { f, i } of order) {
    const start = f.range.start.offset;
    const end = f.range.end.offset;
    if (start < pos) continue;
    frag.append(document.createTextNode(source.slice(pos, start)));
    const d = decisions[i] ?? { kind: 'pending' };
    const repl = replacementOf(f, d, format);
    const mark = h(
      'mark',
      {
        class: `sev-${f.severity} state-${d.kind}${repl !== undefined ? ' replaced' : ''}${i === current ? ' current' : ''}`,
        'data-index': String(i),
        title: `${f.ruleId} (${f.severity}, confidence ${f.confidence}): ${f.message}`,
      },
      source.slice(start, end),
    );
    frag.append(mark);
    if (repl !== undefined && repl !== '') frag.append(h('ins', { class: 'repl', 'data-index': String(i) }, repl));
    pos = end;
  }
  frag.append(document.createTextNode(source.slice(pos)));
  root.replaceChildren(frag);
}

/** One list item per finding, with its decision buttons and, while editing, the edit field. */
export function renderSuggestions(list: HTMLElement, findings: readonly Finding[], decisions: readonly Decision[], current: number, editing: number | undefined, format?: string): void {
  list.replaceChildren(
    ...findings.map((f, i) => {
      const d = decisions[i] ?? { kind: 'pending' };
      const best = f.suggestions[0];
      const repl = replacementOf(f, d, format);
      const item = h(
        'li',
        { class: `item sev-${f.severity} state-${d.kind}${i === current ? ' current' : ''}`, 'data-index': String(i), tabindex: '-1', 'aria-current': i === current ? 'true' : false },
        h(
          'div',
          { class: 'meta' },
          h('span', { class: 'sev' }, f.severity),
          ' ',
          h('code', {}, f.ruleId),
          ' ',
          h('span', { class: 'where' }, `${f.range.start.line}:${f.range.start.column}`),
          ' ',
          h('span', { class: 'state' }, STATE_LABEL[d.kind]),
        ),
        h('p', { class: 'msg' }, f.message),
        h(
          'p',
          { class: 'change' },
          h('del', {}, visible(f.text)),
          ' → ',
          repl !== undefined ? h('ins', {}, visible(repl)) : best ? h('span', { class: 'proposed' }, visible(best.text)) : h('em', {}, 'no suggestion'),
          f.suggestions.length > 1 ? h('span', { class: 'more' }, ` (also: ${f.suggestions.slice(1).map((s) => visible(s.text)).join(', ')})`) : undefined,
        ),
        editing === i ? editForm(f, d) : buttons(f, d, format),
        d.kind === 'rejected' && checkbox('allow', d.allow, `add “${visible(f.text.trim())}” to the allow-list`),
        d.kind === 'edited' && checkbox('variant', d.variant, `add “${visible(f.text.trim())}” as a glossary variant of “${visible(d.text.trim())}”`),
      );
      return item;
    }),
  );
}

function buttons(f: Finding, d: Decision, format: string | undefined): HTMLElement {
  // a suggestion the file's format needs escaped is shown, not accepted (as --diff and review leave it)
  const escaping = replaceable(f) ? escapingNote(format, f.suggestions[0]?.text ?? '') : undefined;
  return h(
    'div',
    { class: 'btns' },
    h('button', { type: 'button', 'data-act': 'accept', 'aria-pressed': String(d.kind === 'accepted'), disabled: !acceptable(f, format) }, 'Accept'),
    h('button', { type: 'button', 'data-act': 'reject', 'aria-pressed': String(d.kind === 'rejected') }, 'Reject'),
    h('button', { type: 'button', 'data-act': 'edit', 'aria-pressed': String(d.kind === 'edited'), disabled: !replaceable(f) }, 'Edit'),
    !replaceable(f) && h('span', { class: 'by-hand' }, 'the text holds markup: change it by hand'),
    escaping !== undefined && h('span', { class: 'by-hand' }, `${escaping}: edit it or change it by hand`),
  );
}

function editForm(f: Finding, d: Decision): HTMLElement {
  const input = h('input', { type: 'text', class: 'edit-input', 'aria-label': `Replacement for ${visible(f.text)}`, spellcheck: 'false' }) as HTMLInputElement;
  input.value = d.kind === 'edited' ? d.text : (f.suggestions[0]?.text ?? f.text);
  return h(
    'form',
    { class: 'edit' },
    input,
    h('button', { type: 'submit' }, 'OK'),
    h('button', { type: 'button', 'data-act': 'cancel-edit' }, 'Cancel'),
  );
}

function checkbox(act: string, checked: boolean, label: string): HTMLElement {
  return h('label', { class: 'patch-toggle' }, h('input', { type: 'checkbox', 'data-act': act, checked }), ' ', label);
}

/**
 * Original against corrected text, phrase by phrase, as the HTML report and the terminal show it: the
 * replaced phrase struck through, an arrow, the replacement ("Foreign Ministry → State Department").
 */
export function renderDiff(root: HTMLElement, before: string, after: string): void {
  const frag = document.createDocumentFragment();
  for (const p of phraseDiff(before, after)) {
    if ('same' in p) {
      frag.append(document.createTextNode(p.same));
      continue;
    }
    if (p.removed !== '') frag.append(h('del', {}, p.removed));
    if (p.removed !== '' && p.added !== '') frag.append(h('span', { class: 'to', 'aria-label': 'replaced by' }, ' → '));
    if (p.added !== '') frag.append(h('ins', {}, p.added));
  }
  root.replaceChildren(frag);
}
