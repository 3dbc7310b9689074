import { ApiError, createApi, type CheckOptions } from './api.js';
import { escapingNote } from '../../../src/fix/escaping.js';
import { acceptable, correctedText, patchEntries, replaceable, tally, type Decision, type Finding } from './model.js';
import { renderAligned, type Alignment } from './original.js';
import { glossaryPatch } from './patch.js';
import { renderDiff, renderHighlighted, renderSuggestions } from './render.js';
import { askToken } from './token.js';

function $<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`the page has no #${id}`);
  return el as T;
}

const ui = {
  source: $<HTMLTextAreaElement>('source'),
  file: $<HTMLInputElement>('file'),
  original: $<HTMLTextAreaElement>('original'),
  originalFile: $<HTMLInputElement>('original-file'),
  originalBox: $<HTMLDetailsElement>('original-box'),
  alignedPane: $('aligned-pane'),
  aligned: $('aligned'),
  glossary: $<HTMLSelectElement>('glossary'),
  lang: $<HTMLSelectElement>('lang'),
  run: $<HTMLButtonElement>('run'),
  status: $('status'),
  review: $('review'),
  highlighted: $('highlighted'),
  suggestions: $('suggestions'),
  tally: $('tally'),
  diff: $('diff'),
  corrected: $('corrected'),
  unified: $('unified'),
  copy: $<HTMLButtonElement>('copy'),
  download: $<HTMLButtonElement>('download'),
  downloadPatch: $<HTMLButtonElement>('download-patch'),
  patch: $('patch'),
};

/** The review in progress: the text as checked (the textarea may change since), and the decisions. */
const state = {
  source: '',
  name: 'pasted text',
  /** A file was opened (not pasted): `name` is its file name. */
  opened: false,
  findings: [] as Finding[],
  /** The input format the service checked the text in: which replacements it takes as written. */
  format: 'text',
  /** The original as checked, and its alignment with `source` (when the service used it). */
  original: '',
  alignment: undefined as Alignment | undefined,
  decisions: [] as Decision[],
  current: 0,
  editing: undefined as number | undefined,
};

const api = createApi(askToken);

function say(message: string): void {
  ui.status.textContent = message;
}

async function loadGlossaries(): Promise<void> {
  try {
    const list = await api.glossaries();
    ui.glossary.replaceChildren(new Option('all loaded', ''), ...list.map((g) => new Option(`${g.name} (${g.entries} entries)`, g.name)));
  } catch (e) {
    say(`Could not list the glossaries: ${(e as Error).message}`);
  }
}

async function runCheck(): Promise<void> {
  const text = ui.source.value;
  if (text.trim() === '') return say('Paste a text or open a file first.');
  const lang = ui.lang.value;
  // offsets in the alignment count from after a byte-order mark, which the service leaves out
  const original = ui.original.value.replace(/^\uFEFF/, '');
  const options: CheckOptions = {
    ...(ui.glossary.value ? { glossary: ui.glossary.value } : {}),
    ...(lang ? { sourceLang: lang } : {}),
    ...(original.trim() !== '' ? { original } : {}),
    // an opened file is checked in its format (chosen by the service from its name)
    ...(state.opened ? { filename: state.name } : {}),
  };
  ui.run.disabled = true;
  say('Checking…');
  try {
    const answer = await api.check(text, options);
    Object.assign(state, { source: text, format: answer.format ?? 'text', original, alignment: answer.alignment, findings: answer.findings, decisions: answer.findings.map((): Decision => ({ kind: 'pending' })), current: 0, editing: undefined });
    ui.unified.textContent = answer.diff || '(no suggestions)';
    ui.review.hidden = false;
    update();
    const told = answer.findings.length === 0 ? 'No findings: nothing to review.' : `${answer.findings.length} findings. Decide each one; the corrected text below follows.`;
    say([told, ...(answer.warnings ?? []).map((w) => `Original: ${w}.`)].join(' '));
  } catch (e) {
    say(e instanceof ApiError ? `The check failed (${e.status}): ${e.message}` : `The check failed: ${(e as Error).message}`);
  } finally {
    ui.run.disabled = false;
  }
}

/** Renders everything from the state; cheap enough for a wire story to redo on every decision. */
function update(): void {
  const { source, findings, decisions, current, editing, format } = state;
  const corrected = correctedText(source, findings, decisions, format);
  renderHighlighted(ui.highlighted, source, findings, decisions, current, format);
  renderSuggestions(ui.suggestions, findings, decisions, current, editing, format);
  renderDiff(ui.diff, source, corrected);
  ui.alignedPane.hidden = state.alignment === undefined;
  if (state.alignment) renderAligned(ui.aligned, state.original, source, state.alignment, findings, decisions, current);
  ui.corrected.textContent = corrected;
  const t = tally(decisions);
  ui.tally.textContent = `${t.accepted} accepted · ${t.rejected} rejected · ${t.edited} edited · ${t.pending} open`;
  const entries = patchEntries(findings, decisions);
  ui.downloadPatch.disabled = entries.length === 0;
  ui.patch.hidden = entries.length === 0;
  ui.patch.textContent = entries.length === 0 ? '' : glossaryPatch(entries, state.name);
  const input = ui.suggestions.querySelector<HTMLInputElement>('.edit-input');
  if (input) {
    input.focus();
    input.select();
  }
}

function itemOf(i: number): HTMLElement | null {
  return ui.suggestions.querySelector<HTMLElement>(`li[data-index="${i}"]`);
}

function select(i: number, focus = true): void {
  if (state.findings.length === 0) return;
  state.current = Math.max(0, Math.min(state.findings.length - 1, i));
  update();
  const item = itemOf(state.current);
  if (focus && item) {
    item.focus({ preventScroll: true });
    item.scrollIntoView({ block: 'nearest' });
  }
  ui.highlighted.querySelector('mark.current')?.scrollIntoView({ block: 'nearest' });
  ui.aligned.querySelector('.arow.current')?.scrollIntoView({ block: 'nearest' });
}

/** Records a decision (the same one again undoes it) and moves on to the next finding. */
function decide(i: number, kind: 'accepted' | 'rejected'): void {
  const f = state.findings[i];
  if (!f || (kind === 'accepted' && !acceptable(f, state.format))) return;
  state.decisions[i] = state.decisions[i]?.kind === kind ? { kind: 'pending' } : kind === 'accepted' ? { kind } : { kind, allow: false };
  state.editing = undefined;
  select(state.decisions[i]?.kind === 'pending' ? i : i + 1);
}

function startEdit(i: number): void {
  const f = state.findings[i];
  if (!f || !replaceable(f)) return;
  state.current = i;
  state.editing = i;
  update();
}

function finishEdit(confirm: boolean): void {
  const i = state.editing;
  if (i === undefined) return;
  const input = ui.suggestions.querySelector<HTMLInputElement>('.edit-input');
  // a replacement the file's format needs escaped is refused, as review refuses it: the field stays open
  const escaping = confirm && input ? escapingNote(state.format, input.value) : undefined;
  if (escaping !== undefined) return say(`${escaping}; edit or reject it.`);
  state.editing = undefined;
  if (confirm && input) state.decisions[i] = { kind: 'edited', text: input.value, variant: false };
  select(confirm ? i + 1 : i);
}

function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const indexOf = (el: Element | null): number => Number(el?.closest<HTMLElement>('[data-index]')?.dataset.index ?? NaN);

ui.run.addEventListener('click', () => void runCheck());
ui.source.addEventListener('input', () => {
  if (!ui.review.hidden && ui.source.value !== state.source) say('The text has changed since the check: press Check to review the new text.');
});
ui.original.addEventListener('input', () => {
  if (!ui.review.hidden && ui.original.value !== state.original) say('The original has changed since the check: press Check to align the new one.');
});

/** Reads the file chosen in `input` as UTF-8 text and hands it to `done`. */
function readFile(input: HTMLInputElement, done: (text: string, file: File) => void): void {
  const file = input.files?.[0];
  if (!file) return;
  const reader = new FileReader();
  reader.onload = () => done(typeof reader.result === 'string' ? reader.result : '', file);
  reader.onerror = () => say(`Could not read ${file.name}.`);
  reader.readAsText(file, 'utf-8');
}

ui.file.addEventListener('change', () =>
  readFile(ui.file, (text, file) => {
    ui.source.value = text;
    state.name = file.name;
    state.opened = true;
    ui.download.textContent = `Download ${file.name}`;
    say(`Opened ${file.name} (${text.length} characters). Press Check.`);
  }),
);
ui.originalFile.addEventListener('change', () =>
  readFile(ui.originalFile, (text, file) => {
    ui.original.value = text;
    ui.originalBox.open = true;
    say(`Opened the original ${file.name} (${text.length} characters). Press Check.`);
  }),
);

ui.suggestions.addEventListener('click', (e) => {
  const target = e.target as HTMLElement;
  const act = target.closest<HTMLElement>('[data-act]')?.dataset.act;
  const i = indexOf(target);
  if (Number.isNaN(i)) return;
  if (act === 'accept') decide(i, 'accepted');
  else if (act === 'reject') decide(i, 'rejected');
  else if (act === 'edit') startEdit(i);
  else if (act === 'cancel-edit') finishEdit(false);
  else if (!act && state.editing === undefined && i !== state.current) select(i);
});

ui.suggestions.addEventListener('change', (e) => {
  const box = e.target as HTMLInputElement;
  const i = indexOf(box);
  const d = state.decisions[i];
  if (box.dataset.act === 'allow' && d?.kind === 'rejected') d.allow = box.checked;
  else if (box.dataset.act === 'variant' && d?.kind === 'edited') d.variant = box.checked;
  else return;
  update();
  itemOf(i)?.querySelector<HTMLInputElement>(`input[data-act="${box.dataset.act}"]`)?.focus();
});

ui.suggestions.addEventListener('submit', (e) => {
  e.preventDefault();
  finishEdit(true);
});

ui.suggestions.addEventListener('keydown', (e) => {
  if (e.key === 'Escape' && state.editing !== undefined) {
    e.preventDefault();
    finishEdit(false);
  }
});

for (const pane of [ui.highlighted, ui.aligned]) {
  pane.addEventListener('click', (e) => {
    const i = indexOf(e.target as Element);
    if (!Number.isNaN(i) && state.editing === undefined) select(i);
  });
}

document.addEventListener('keydown', (e) => {
  if (e.ctrlKey || e.metaKey || e.altKey || ui.review.hidden || state.findings.length === 0 || state.editing !== undefined) return;
  const t = e.target as HTMLElement;
  if (t.closest('input, textarea, select, [contenteditable]')) return;
  const actions: Record<string, () => void> = {
    j: () => select(state.current + 1),
    k: () => select(state.current - 1),
    a: () => decide(state.current, 'accepted'),
    r: () => decide(state.current, 'rejected'),
    e: () => startEdit(state.current),
  };
  const run = actions[e.key];
  if (!run) return;
  e.preventDefault();
  run();
});

ui.copy.addEventListener('click', () => {
  const text = correctedText(state.source, state.findings, state.decisions, state.format);
  navigator.clipboard.writeText(text).then(
    () => say('Copied the corrected text.'),
    () => say('The browser refused the clipboard: open “Plain corrected text” and copy it from there.'),
  );
});
// an opened file downloads under its own name, in its own format (the fixes never touch its markup)
const downloadName = () => (state.opened ? state.name : 'corrected.txt');
ui.download.addEventListener('click', () => download(downloadName(), correctedText(state.source, state.findings, state.decisions, state.format), 'text/plain;charset=utf-8'));
ui.downloadPatch.addEventListener('click', () => download('glossary-patch.yaml', ui.patch.textContent ?? '', 'application/yaml;charset=utf-8'));

void loadGlossaries();
