import type { Finding } from '../findings/finding.js';
import { applyFixes } from '../fix/apply.js';
import { escapingNote, withWritableSuggestions } from '../fix/escaping.js';
import { DELETE_LABEL, replacementLabel } from '../fix/phrases.js';
import { inlineDiffHtml, sideBySideHtml } from './html-diff.js';
import { HTML_REPORT_CSS } from './html-style.js';
import { escapeHtml } from './shared/html.js';
import { plural, summarize } from './summary.js';
import type { FileFailure, FileResult, Reporter } from './types.js';

/**
 * Nothing may load or run: the report is opened from mail and shared folders, and the copy it quotes
 * is untrusted. Inline styles are the only thing allowed.
 */
export const HTML_REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'";

const pos = (f: Finding) => `${f.range.start.line}:${f.range.start.column}`;

/** The tooltip of a highlight: rule, severity and confidence, the message, the suggestion. */
function tip(f: Finding): string {
  const best = f.suggestions[0];
  const suggestion = best ? `\n→ ${replacementLabel(best.text)}` : '';
  return `${f.ruleId} · ${f.severity} · confidence ${f.confidence.toFixed(2)}\n${f.message}${suggestion}`;
}

/**
 * The text with a <mark> per finding. A finding that overlaps one already marked (the engine keeps
 * none, but a hand-made result may) is not marked; it still appears in the list.
 */
function highlightedText(id: string, r: FileResult): string {
  const order = r.findings.map((f, i) => ({ f, i })).sort((a, b) => a.f.range.start.offset - b.f.range.start.offset || a.f.range.end.offset - b.f.range.end.offset);
  const out: string[] = [];
  let at = 0;
  for (const { f, i } of order) {
    const start = f.range.start.offset;
    const end = f.range.end.offset;
    if (start < at || end > r.source.length || end < start) continue;
    const cls = `sev-${escapeHtml(f.severity)}${start === end ? ' at' : ''}`;
    out.push(escapeHtml(r.source.slice(at, start)));
    out.push(`<mark id="${id}-m${i + 1}" class="${cls}" tabindex="0" data-rule="${escapeHtml(f.ruleId)}" data-tip="${escapeHtml(tip(f))}">${escapeHtml(r.source.slice(start, end))}</mark>`);
    at = end;
  }
  out.push(escapeHtml(r.source.slice(at)));
  return `<pre class="text">${out.join('')}</pre>`;
}

function suggestionCell(f: Finding, format: string | undefined): string {
  if (f.suggestions.length === 0) return '<span class="none">none</span>';
  const [best, ...others] = f.suggestions.map((s) => (s.text === '' ? `<span class="remove">${DELETE_LABEL}</span>` : `<q>${escapeHtml(s.text)}</q>`));
  // (not in the corrected text below, as --diff leaves it out: the file would need it escaped)
  const escaping = escapingNote(format, f.suggestions[0]?.text ?? '');
  const safe = f.fix ? ' <span class="note">(safe fix)</span>' : escaping ? ` <span class="note">(not applied: ${escapeHtml(escaping)})</span>` : '';
  const more = others.length > 0 ? `<br><span class="note">also: ${others.join(', ')}</span>` : '';
  return `${best}${safe}${more}`;
}

function entryNote(f: Finding): string {
  if (!f.entry) return '';
  const note = f.entry.note ? `: ${escapeHtml(f.entry.note)}` : '';
  return `<br><span class="note">glossary: ${escapeHtml(f.entry.term)} (${escapeHtml(f.entry.category)})${note}</span>`;
}

function findingsTable(id: string, r: FileResult): string {
  if (r.findings.length === 0) return '<p class="none">No findings.</p>';
  const rows = r.findings.map((f, i) => {
    const n = i + 1;
    const sev = escapeHtml(f.severity);
    return (
      `<tr id="${id}-f${n}"><td class="num" data-label="#">${n}</td>` +
      `<td class="num" data-label="At"><a href="#${id}-m${n}">${pos(f)}</a></td>` +
      `<td data-label="Severity"><span class="sev ${sev}">${sev}</span></td>` +
      `<td data-label="Rule"><code>${escapeHtml(f.ruleId)}</code></td>` +
      `<td data-label="Text"><q>${escapeHtml(f.text)}</q></td>` +
      `<td data-label="Message">${escapeHtml(f.message)}${entryNote(f)}</td>` +
      `<td data-label="Suggestion">${suggestionCell(f, r.format)}</td>` +
      `<td class="num" data-label="Confidence">${f.confidence.toFixed(2)}</td></tr>`
    );
  });
  const head = '<tr><th>#</th><th>At</th><th>Severity</th><th>Rule</th><th>Text</th><th>Message</th><th>Suggestion</th><th>Confidence</th></tr>';
  return `<div class="table"><table class="findings"><thead>${head}</thead><tbody>${rows.join('')}</tbody></table></div>`;
}

/** "1 file", "2 files", "1 safe fix": the label agrees with its count. */
function tally(n: number, one: string, many = `${one}s`): [string, number] {
  return [n === 1 ? one : many, n];
}

function counts(items: [string, number][]): string {
  return `<ul class="counts">${items.map(([label, n]) => `<li><b>${n}</b> ${escapeHtml(label)}</li>`).join('')}</ul>`;
}

function documentSection(r: FileResult, index: number): string {
  const id = `d${index + 1}`;
  const s = summarize([r]);
  // every first suggestion the file's format can take as written, as --diff applies them
  const corrected = applyFixes(r.source, withWritableSuggestions(r.findings, r.format), { suggestions: true }).output;
  const panel = (title: string, body: string, open: boolean) => `<details class="panel"${open ? ' open' : ''}><summary>${title}</summary>${body}</details>`;
  return [
    `<section class="doc" id="${id}">`,
    `<h2>${escapeHtml(r.path)}</h2>`,
    counts([tally(s.errors, 'error'), tally(s.warnings, 'warning'), tally(s.infos, 'info', 'info'), tally(s.fixable, 'safe fix', 'safe fixes')]),
    panel(`Text with findings highlighted (${r.findings.length})`, highlightedText(id, r), true),
    panel('Findings', findingsTable(id, r), true),
    panel('Original and corrected, side by side', sideBySideHtml(r.source, corrected), true),
    panel('Inline diff (every first suggestion applied)', inlineDiffHtml(r.source, corrected), false),
    '</section>',
  ].join('\n');
}

/** The inputs that could not be checked, at the top of the page, where no one scrolls past them. */
function failureList(failures: readonly FileFailure[]): string {
  if (failures.length === 0) return '';
  // the message names the file and line
  const items = failures.map((f) => `<li>${escapeHtml(f.message)}</li>`);
  return `<section class="failures" role="alert"><h2>${plural(failures.length, 'file')} could not be checked</h2><ul>${items.join('')}</ul></section>`;
}

function overview(results: readonly FileResult[], failures: readonly FileFailure[]): string {
  const s = summarize(results);
  const byRule = new Map<string, number>();
  for (const f of results.flatMap((r) => r.findings)) byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
  const rules = [...byRule].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const files = results.map((r, i) => `<li><a href="#d${i + 1}">${escapeHtml(r.path)}</a> <span class="note">${plural(r.findings.length, 'finding')}</span></li>`);
  return [
    '<header>',
    '<h1>translint report</h1>',
    failureList(failures),
    counts([
      tally(s.files, 'file'),
      tally(s.findings, 'finding'),
      tally(s.errors, 'error'),
      tally(s.warnings, 'warning'),
      tally(s.infos, 'info', 'info'),
      tally(s.fixable, 'safe fix', 'safe fixes'),
    ]),
    '<p class="legend">Highlights: <mark class="sev-error">error</mark> <mark class="sev-warning">warning</mark> <mark class="sev-info">info</mark>; hover over or tap a highlight for the rule, message, confidence and suggestion.</p>',
    rules.length > 0 ? `<details class="panel"><summary>Findings by rule</summary>${counts(rules)}</details>` : '',
    results.length > 1 ? `<nav><details class="panel" open><summary>Files</summary><ol>${files.join('')}</ol></details></nav>` : '',
    '</header>',
  ].join('\n');
}

/**
 * One self-contained HTML page: a summary, then per document the text with highlighted findings,
 * the list of findings, and the original against the text with every first suggestion applied, side
 * by side and inline; the inputs that could not be checked are listed first. No script and no external
 * resource; every piece of input text is escaped.
 */
export const html: Reporter = (results, options) =>
  [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${HTML_REPORT_CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>translint report${results.length === 1 ? ` – ${escapeHtml(results[0]!.path)}` : ''}</title>`,
    `<style>${HTML_REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    overview(results, options?.failures ?? []),
    '<main>',
    ...results.map(documentSection),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
