import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { Document as HtmlDocument, Element } from 'domhandler';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings/finding.ts';
import { applyFixes } from '../../src/fix/apply.ts';
import { html, HTML_REPORT_CSP } from '../../src/reports/html.ts';
import { printable } from '../../src/reports/shared/text.ts';
import type { FileResult } from '../../src/reports/types.ts';
import { ROOT, SEED, translint } from '../helpers/cli.ts';
import { findingAt, results } from './fixture.ts';

const SCRIPT = '<script>alert(1)</script>';
const IMG = '<img src=x onerror=alert(1)>';
const EVIL = `Breaking: ${SCRIPT} says "Gens" & 'co' ${IMG}\nKeir Starrer spoke.\n`;

/** A story whose text, messages, suggestions and path all carry markup. */
const evil: FileResult = {
  path: `wire/<b onmouseover=alert(1)>"x".txt`,
  source: EVIL,
  dropped: [],
  findings: [
    findingAt(EVIL, SCRIPT, {
      ruleId: 'artefact/page-furniture',
      severity: 'error',
      message: `Markup ${IMG} left in the copy`,
      confidence: 0.9,
      suggestions: [{ text: `${SCRIPT}!`, confidence: 0.9 }],
    }),
    findingAt(EVIL, IMG, { ruleId: 'custom/<i>', severity: 'warning', message: '" onfocus="alert(1)', confidence: 0.5, suggestions: [{ text: '', confidence: 0.5 }] }),
    findingAt(EVIL, 'Keir Starrer', { ruleId: 'glossary/near-miss', severity: 'info', message: 'Starmer?', confidence: 0.85, suggestions: [{ text: 'Keir Starmer', confidence: 0.85 }] }),
  ],
};

const elements = (doc: HtmlDocument, test: (e: Element) => boolean) => DomUtils.findAll(test, doc.children);
const byTag = (doc: HtmlDocument, tag: string) => elements(doc, (e) => e.name === tag);
const byId = (doc: HtmlDocument, id: string) => elements(doc, (e) => e.attribs.id === id)[0];
const text = (e: Element | undefined) => (e ? DomUtils.textContent(e) : '');
const parse = (rs: FileResult[]) => parseDocument(html(rs, { color: false }));

/** Element names the report is made of; anything else came from the input. */
const OWN_TAGS = new Set('html head meta title style body header h1 h2 ul li b p mark details summary nav ol a main section pre div table thead tbody tr th td span q code br del ins'.split(' '));

/** Each finding marked in the text and listed; control characters show as U+FFFD, as in every report. */
function expectFindingsPresent(doc: HtmlDocument, fileIndex: number, findings: readonly Finding[]): void {
  findings.forEach((raw, i) => {
    const f = { ...raw, text: printable(raw.text), message: printable(raw.message) };
    const id = `d${fileIndex + 1}`;
    const mark = byId(doc, `${id}-m${i + 1}`);
    expect(mark?.name).toBe('mark');
    expect(text(mark)).toBe(f.text);
    expect(mark?.attribs.class).toBe(`sev-${f.severity}`);
    expect(mark?.attribs['data-tip']).toContain(`${f.ruleId} · ${f.severity} · confidence ${f.confidence.toFixed(2)}\n${f.message}`);
    const cells = DomUtils.getElementsByTagName('td', byId(doc, `${id}-f${i + 1}`)!).map(text);
    const best = f.suggestions[0];
    expect(cells.slice(0, 6)).toEqual([String(i + 1), `${f.range.start.line}:${f.range.start.column}`, f.severity, f.ruleId, f.text, expect.stringContaining(f.message)]);
    expect(cells[6]).toContain(best ? (best.text === '' ? '(delete)' : best.text) : 'none');
    expect(cells[7]).toBe(f.confidence.toFixed(2));
  });
}

describe('html report', () => {
  it('has a strict CSP, a viewport, inline style and no script or external resource', () => {
    const doc = parse(results);
    const csp = elements(doc, (e) => e.name === 'meta' && e.attribs['http-equiv'] === 'Content-Security-Policy');
    expect(csp.map((e) => e.attribs.content)).toEqual(["default-src 'none'; style-src 'unsafe-inline'"]);
    expect(HTML_REPORT_CSP).toBe("default-src 'none'; style-src 'unsafe-inline'");
    expect(elements(doc, (e) => e.name === 'meta' && e.attribs.name === 'viewport')).toHaveLength(1);
    expect(byTag(doc, 'script')).toEqual([]);
    expect(byTag(doc, 'link')).toEqual([]);
    expect(elements(doc, (e) => 'src' in e.attribs || /^https?:/.test(e.attribs.href ?? ''))).toEqual([]);
    expect(byTag(doc, 'style')).toHaveLength(1);
    expect(text(byTag(doc, 'style')[0])).not.toMatch(/url\(|@import/);
  });

  it('shows the summary counts at the top', () => {
    const doc = parse(results);
    const header = byTag(doc, 'header')[0]!;
    const counts = DomUtils.getElementsByTagName('li', header).slice(0, 6).map(text);
    expect(counts).toEqual(['3 files', '4 findings', '1 error', '2 warnings', '1 info', '2 safe fixes']);
  });

  it('writes each count in the singular for one: "1 file", "1 finding", "1 safe fix"', () => {
    const one = results.find((r) => r.findings.length === 1) ?? { ...results[0]!, findings: results[0]!.findings.slice(0, 1) };
    const header = byTag(parse([one]), 'header')[0]!;
    const counts = DomUtils.getElementsByTagName('li', header).slice(0, 2).map(text);
    expect(counts).toEqual(['1 file', '1 finding']);
    expect(text(byTag(parse([]), 'header')[0]!)).toContain('0 files');
  });

  it('marks every finding in the text and lists it with position, rule, message, suggestion and confidence', () => {
    const doc = parse(results);
    results.forEach((r, i) => expectFindingsPresent(doc, i, r.findings));
    expect(byTag(doc, 'mark').filter((m) => m.attribs.id)).toHaveLength(4);
    // the highlighted text is the whole source, unchanged
    const pres = elements(doc, (e) => e.name === 'pre' && e.attribs.class === 'text');
    expect(pres.map(text)).toEqual(results.map((r) => r.source.replace('\u0007', '\uFFFD')));
    expect(text(byId(doc, 'd1')?.children.find((c): c is Element => (c as Element).name === 'h2'))).toBe('docs/story.txt');
  });

  it('keeps markup in the text, messages, suggestions and path as text', () => {
    const doc = parse([evil]);
    const names = new Set(elements(doc, () => true).map((e) => e.name));
    expect([...names].filter((n) => !OWN_TAGS.has(n))).toEqual([]);
    expect(byTag(doc, 'script')).toEqual([]);
    expect(byTag(doc, 'img')).toEqual([]);
    const handlers = elements(doc, (e) => Object.keys(e.attribs).some((a) => a.toLowerCase().startsWith('on')));
    expect(handlers).toEqual([]);
    expectFindingsPresent(doc, 0, evil.findings);
    expect(text(elements(doc, (e) => e.name === 'pre' && e.attribs.class === 'text')[0])).toBe(EVIL);
    expect(text(byTag(doc, 'h2')[0])).toBe(evil.path);
    expect(text(byTag(doc, 'title')[0])).toBe(`translint report – ${evil.path}`);
  });

  it('shows the corrected text inline and side by side, both made of the original and the first suggestions', () => {
    for (const r of [results[0]!, evil]) {
      const doc = parse([r]);
      const corrected = applyFixes(r.source, r.findings, { suggestions: true }).output;
      const inline = elements(doc, (e) => e.name === 'pre' && /inline-diff/.test(e.attribs.class ?? ''))[0]!;
      // the arrow between a replaced phrase and its replacement belongs to neither text
      const without = (tag: string) =>
        DomUtils.getChildren(inline)
          .map((c) => ((c as Element).name === tag || (c as Element).attribs?.class === 'to' ? '' : DomUtils.textContent(c)))
          .join('');
      expect(without('ins')).toBe(r.source);
      expect(without('del')).toBe(corrected);
      const column = (cls: string) =>
        elements(doc, (e) => e.attribs.class === cls).map(text).join('\n');
      expect(column('old')).toBe(r.source.replace(/\n$/, ''));
      expect(column('new')).toBe(corrected.replace(/\n$/, ''));
    }
    const doc = parse([results[0]!]);
    expect(byTag(doc, 'del').map(text)).toEqual(expect.arrayContaining(['Starrer', 'Cnn', 'Gens', 'Starrer', 'Cnn', 'Gens']));
    expect(byTag(doc, 'ins').map(text)).toEqual(expect.arrayContaining(['Starmer', 'CNN', 'Gen.']));
  });

  it('folds long runs of unchanged lines and says when nothing changes', () => {
    const source = Array.from({ length: 20 }, (_, i) => `Line ${i + 1}.`).join('\n') + '\nKeir Starrer.\n';
    const f = findingAt(source, 'Starrer', { ruleId: 'x/y', severity: 'warning', message: 'm', confidence: 1, suggestions: [{ text: 'Starmer', confidence: 1 }] });
    const doc = parse([{ path: 'a.txt', source, dropped: [], findings: [f] }]);
    expect(elements(doc, (e) => e.name === 'details' && e.attribs.class === 'fold').map((d) => text(DomUtils.getElementsByTagName('summary', d)[0]))).toEqual(['18 unchanged lines']);
    const clean = parse([{ path: 'b.txt', source: 'Fine.\n', dropped: [], findings: [] }]);
    expect(elements(clean, (e) => e.attribs.class === 'none').map(text)).toEqual(['No findings.', 'No changes.', 'No changes.']);
  });

  it('lists a finding that overlaps one already marked without marking it twice', () => {
    const source = 'Prime Minister Keir Starrer.\n';
    const a = findingAt(source, 'Minister Keir', { ruleId: 'a/a', severity: 'warning', message: 'a', confidence: 1, suggestions: [] });
    const b = findingAt(source, 'Keir Starrer', { ruleId: 'b/b', severity: 'error', message: 'b', confidence: 1, suggestions: [] });
    const doc = parse([{ path: 'o.txt', source, dropped: [], findings: [a, b] }]);
    expect(byTag(doc, 'mark').filter((m) => m.attribs.id).map((m) => [m.attribs.id, text(m)])).toEqual([['d1-m1', 'Minister Keir']]);
    expect(text(byId(doc, 'd1-f2'))).toContain('Keir Starrer');
  });
});

describe('translint check --format html (subprocess)', () => {
  it('writes a report of the seed with every finding marked', () => {
    const dir = mkdtempSync(join(tmpdir(), 'translint-html-'));
    const out = join(dir, 'report.html');
    const r = translint(['check', '--format', 'html', '-o', out, join(ROOT, SEED)]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('');
    expect(r.status).toBe(1);
    const json = JSON.parse(translint(['check', '--format', 'json', SEED]).stdout) as { files: { findings: Finding[] }[] };
    const findings = json.files[0]!.findings;
    expect(findings.length).toBeGreaterThan(20);
    const doc = parseDocument(readFileSync(out, 'utf8'));
    expectFindingsPresent(doc, 0, findings);
    expect(byTag(doc, 'mark').filter((m) => m.attribs.id)).toHaveLength(findings.length);
    expect(byTag(doc, 'script')).toEqual([]);
    expect(text(byTag(doc, 'header')[0])).toContain(`${findings.length} findings`);
  });
});

// A replacement a file's format would need escaped (`&` in HTML, `"` in a PO string) is left out of the
// corrected text, as --diff leaves it out; the finding still shows it, saying why it is not applied.
describe('translint check --format html on a file whose format needs a suggestion escaped (subprocess)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'translint-html-escape-'));
  writeFileSync(
    join(dir, 'g.json'),
    JSON.stringify([
      { term: 'Keir Starmer', variants: ['Keir Starrer'] },
      { term: 'Marks & Spencer', variants: ['Marks and Spencer'] },
      { term: 'Emmett "Doc" Brown', variants: ['Emmett Brown'] },
    ]),
  );
  it.each([
    ['page.html', '<p>Marks and Spencer and Emmett Brown met Keir Starrer.</p>\n', 'Marks & Spencer', 'this replacement has characters that html files need escaped'],
    ['en.po', 'msgid "a"\nmsgstr "Marks and Spencer and Emmett Brown met Keir Starrer."\n', 'Emmett "Doc" Brown', 'this replacement has characters that po files need escaped'],
    ['story.txt', 'Marks and Spencer and Emmett Brown met Keir Starrer.\n', undefined, undefined],
  ])('%s', (name, source, unsafe, note) => {
    writeFileSync(join(dir, name), source);
    const r = translint(['check', '--no-default-glossary', '-g', 'g.json', '--format', 'html', '-o', 'report.html', name], { cwd: dir });
    expect(r.stderr).toBe('');
    const doc = parseDocument(readFileSync(join(dir, 'report.html'), 'utf8'));
    // the corrected text: every first suggestion but the one the format cannot take as written
    const replacements: [string, string][] = [
      ['Marks and Spencer', 'Marks & Spencer'],
      ['Emmett Brown', 'Emmett "Doc" Brown'],
      ['Keir Starrer', 'Keir Starmer'],
    ];
    const corrected = replacements.filter(([, to]) => to !== unsafe).reduce((t, [from, to]) => t.replace(from, to), source);
    expect(elements(doc, (e) => e.attribs.class === 'new').map(text).join('\n')).toBe(corrected.replace(/\n$/, ''));
    // each suggestion is shown; the one left out says why
    const rows = replacements.map((_, i) => DomUtils.getElementsByTagName('td', byId(doc, `d1-f${i + 1}`)!).map(text)[6]);
    expect(rows).toEqual(replacements.map(([, to]) => (to === unsafe ? `${to} (not applied: ${note})` : `${to} (safe fix)`)));
  });
});
