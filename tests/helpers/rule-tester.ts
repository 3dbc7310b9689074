import { describe, expect, it } from 'vitest';
import { createDocument, type Document } from '../../src/document/document.ts';
import { tokenize } from '../../src/document/tokens.ts';
import { createChecker } from '../../src/engine/checker.ts';
import { stampAll } from '../../src/engine/run-rule.ts';
import type { Finding, Severity } from '../../src/findings/finding.ts';
import { applyFixes } from '../../src/fix/apply.ts';
import { CompiledGlossary } from '../../src/glossary/compile.ts';
import { parseGlossary } from '../../src/glossary/load.ts';
import { parseHtml } from '../../src/inputs/html.ts';
import { parseMarkdown } from '../../src/inputs/markdown.ts';
import { parsePo } from '../../src/inputs/po.ts';
import { parseTsv } from '../../src/inputs/tsv.ts';
import { parseXliff } from '../../src/inputs/xliff.ts';
import type { Rule, SourceLang } from '../../src/rules/types.ts';

export interface RuleRun {
  findings: Finding[];
  dropped: { text: string; reason: string }[];
}

export interface RunOptions {
  /** A list of glossary entries as YAML or JSON text, or objects; the bundled glossary is never used. */
  glossary?: unknown[] | string;
  sourceLang?: SourceLang;
  date?: string;
  /** How the text is read: plain text (default), a bilingual file, or a marked-up one. */
  format?: 'text' | 'tsv' | 'xliff' | 'po' | 'html' | 'markdown';
  /** The text's original, for the source/ rules (aligned by the checker, as `check --source` does). */
  source?: string;
  /** The original's language, when detection should not guess (short texts). */
  originalLang?: string;
}

function documentOf(text: string, format: RunOptions['format']): Document {
  if (format === 'tsv') return parseTsv(text, 't.tsv');
  if (format === 'xliff') return parseXliff(text, 't.xlf');
  if (format === 'po') return parsePo(text, 't.po');
  if (format === 'html') return parseHtml(text, 't.html');
  if (format === 'markdown') return parseMarkdown(text, 't.md');
  return createDocument(text);
}

/**
 * Runs one rule on a text with an inline glossary (a list of entries as YAML or JSON text, or objects),
 * without the bundled glossary, and returns its findings in order.
 */
export function runRule(rule: Rule, text: string, options: RunOptions = {}): RuleRun {
  const g = options.glossary ?? [];
  const glossary = parseGlossary(typeof g === 'string' ? g : JSON.stringify(g), typeof g === 'string' ? 'yaml' : 'json', 'test-glossary.json');
  const doc = documentOf(text, options.format);
  if (options.source !== undefined) {
    const checker = createChecker({ defaultGlossary: false, glossaries: [glossary], rules: [rule.meta.id], ...(options.sourceLang ? { sourceLang: options.sourceLang } : {}), ...(options.date ? { date: options.date } : {}) });
    return checker.check(doc, { source: options.source, ...(options.originalLang ? { sourceLang: options.originalLang } : {}) });
  }
  const compiled = new CompiledGlossary(glossary.entries);
  const tokens = tokenize(doc.prose ?? doc.text, doc.segments);
  return stampAll(rule, doc, tokens, compiled, { sourceLang: options.sourceLang, date: options.date });
}

/** The flagged texts and first suggestions, for compact assertions: ["Keir Starrer → Keir Starmer"]. */
export function flagged(run: RuleRun): string[] {
  return run.findings.map((f) => (f.suggestions[0] ? `${f.text} → ${f.suggestions[0].text}` : f.text));
}

/** One finding a case expects, in the style of ESLint's RuleTester. */
export interface Expected {
  /** The flagged text: the finding's range must be exactly its place in the text… */
  flagged: string;
  /** …the n-th place (1-based, default 1) when it occurs more than once… */
  occurrence?: number;
  /** …or this offset (for an empty finding: where an empty target stands). */
  at?: number;
  message: string;
  /** The first suggestion ("" deletes); absent: the finding suggests nothing. */
  suggestion?: string;
  /** Checked when given. */
  severity?: Severity;
}

export interface Case extends RunOptions {
  text: string;
  /** What the case shows, for the test name (default: the text). */
  name?: string;
}

export interface InvalidCase extends Case {
  errors: Expected[];
  /**
   * The text after the rule's safe fixes (`--fix`); absent: no safe fix, the text stays as it is;
   * null: not pinned by this case (a rule whose safe-fix policy depends on evidence still being tuned).
   */
  output?: string | null;
}

/** A rule's table: texts it must leave alone, and texts with exactly the findings it must report. */
export interface RuleTable {
  rule: Rule;
  /** The glossary of every case that names none. */
  glossary?: unknown[] | string;
  /** Options every case shares, unless it names its own. */
  defaults?: Omit<RunOptions, 'glossary'>;
  valid: (string | Case)[];
  invalid: InvalidCase[];
}

interface Shown {
  flagged: string;
  range: string;
  message: string;
  suggestion?: string;
  severity?: Severity;
}

/** Where `needle` stands the n-th time in `text` (or at `offset`), as "start-end (line:column)". */
function place(text: string, needle: string, occurrence: number, offset?: number): string {
  let at = -1;
  if (offset !== undefined) {
    if (text.slice(offset, offset + needle.length) !== needle) throw new Error(`"${needle}" does not stand at ${offset} in the case's text`);
    at = offset;
  } else {
    for (let k = 0; k < occurrence; k++) {
      at = text.indexOf(needle, at + 1);
      if (at < 0) throw new Error(`"${needle}" does not occur ${occurrence} time(s) in the case's text`);
    }
  }
  const before = text.slice(0, at).split(/\r\n|\r|\n/);
  return `${at}-${at + needle.length} (${before.length}:${(before.at(-1) ?? '').length + 1})`;
}

function shown(f: Finding, expected: Expected | undefined): Shown {
  const out: Shown = { flagged: f.text, range: `${f.range.start.offset}-${f.range.end.offset} (${f.range.start.line}:${f.range.start.column})`, message: f.message };
  if (f.suggestions[0] !== undefined) out.suggestion = f.suggestions[0].text;
  if (expected?.severity !== undefined) out.severity = f.severity;
  return out;
}

function wanted(text: string, e: Expected): Shown {
  const out: Shown = { flagged: e.flagged, range: place(text, e.flagged, e.occurrence ?? 1, e.at), message: e.message };
  if (e.suggestion !== undefined) out.suggestion = e.suggestion;
  if (e.severity !== undefined) out.severity = e.severity;
  return out;
}

const nameOf = (c: Case) => c.name ?? JSON.stringify(c.text.length > 90 ? `${c.text.slice(0, 87)}…` : c.text);

/**
 * Runs a rule's table as tests: every valid text gets no finding; every invalid one gets exactly the
 * expected findings (text, range with line and column, message, first suggestion), and its safe fixes
 * give exactly `output`.
 */
export function runRuleTable(table: RuleTable): void {
  const options = (c: Case): RunOptions => ({ ...table.defaults, glossary: c.glossary ?? table.glossary ?? [], ...strip(c) });
  describe(table.rule.meta.id, () => {
    describe('valid', () => {
      it.each(table.valid.map((v) => (typeof v === 'string' ? { text: v } : v)).map((c) => [nameOf(c), c] as const))('%s', (_name, c) => {
        expect(runRule(table.rule, c.text, options(c)).findings.map((f) => shown(f, undefined))).toEqual([]);
      });
    });
    describe('invalid', () => {
      it.each(table.invalid.map((c) => [nameOf(c), c] as const))('%s', (_name, c) => {
        const run = runRule(table.rule, c.text, options(c));
        expect(run.findings.map((f, i) => shown(f, c.errors[i]))).toEqual(c.errors.map((e) => wanted(c.text, e)));
        if (c.output !== null) expect(applyFixes(c.text, run.findings).output).toBe(c.output ?? c.text);
      });
    });
  });
}

function strip(c: Case): RunOptions {
  const out: RunOptions = {};
  if (c.sourceLang) out.sourceLang = c.sourceLang;
  if (c.date) out.date = c.date;
  if (c.format) out.format = c.format;
  if (c.source !== undefined) out.source = c.source;
  if (c.originalLang) out.originalLang = c.originalLang;
  if (c.glossary) out.glossary = c.glossary;
  return out;
}
