import { createDocument, type Document, type Segment } from '../document/document.js';
import { tokenize } from '../document/tokens.js';
import { readsAsEnglish } from '../lang/language-tag.js';
import type { DroppedFinding, Finding, Severity, SpanDropped, SpanFinding } from '../findings/finding.js';
import { locate, locateDropped } from '../findings/locate.js';
import { CompiledGlossary, type GlossaryMatch } from '../glossary/compile.js';
import { DEFAULT_GLOSSARY, DEFAULT_GLOSSARY_NAME } from '../glossary/default.js';
import { conflictsAcross } from '../glossary/conflicts.js';
import { loadGlossaryFile } from '../glossary/load.js';
import type { Glossary } from '../glossary/types.js';
import { rules as allRules } from '../rules/index.js';
import type { Rule, SourceLang } from '../rules/types.js';
import { alignmentOf, slicePairs, type AlignedSource, type Alignment } from '../source/aligned.js';
import { prepareSource } from '../source/prepare.js';
import { chunkSegments, moveBack, slicePart } from './chunks.js';
import { GrowthCollector } from './gc.js';
import { validateCheckOptions } from './check-options.js';
import { byPosition, resolveOverlaps } from './resolve.js';
import { runRule } from './run-rule.js';
import { selectRules } from './select.js';
import { chunkDocument, splitUnitFindings } from './unit-findings.js';

export interface CheckOptions {
  /** Glossary file paths or loaded glossaries, used besides (or, without the default, instead of) the bundled one. */
  glossaries?: (string | Glossary)[];
  /** Use the bundled news glossary (default true). */
  defaultGlossary?: boolean;
  sourceLang?: SourceLang;
  /** Leave out findings less confident than this (0..1). */
  minConfidence?: number;
  /**
   * Rule ids to run ("glossary/variant"), or prefixes ending in "/" ("glossary/"); default all. A rule
   * named here runs though `severities` turn it off, unless they name it more closely (see select.ts).
   */
  rules?: string[];
  /** The story's date (YYYY-MM-DD), for office holders' validity. */
  date?: string;
  /** Per-rule severity, or "off" to not run the rule (ids or prefixes ending in "/"). */
  severities?: Record<string, Severity | 'off'>;
  /** Words and phrases never flagged (case-insensitive, whole finding text). */
  allow?: string[];
}

/** Documents of more parts than this (over ~2 MB) collect garbage between parts (see gc.ts). */
const COLLECT_ABOVE_PARTS = 8;

export interface CheckResult {
  findings: Finding[];
  /** Findings left out because another covered the same text, with the reason. */
  dropped: DroppedFinding[];
  /** Why a given original was not used (empty, another language, not alignable), one line. */
  sourceWarning?: string;
  /** With a usable original: its sentences paired with the document's (offsets into each text). */
  alignment?: Alignment;
}

export interface Checker {
  readonly glossaries: readonly Glossary[];
  /** Terms and variants that two of the glossaries both define, one line each naming both files and lines (worked out on first use). */
  readonly conflicts?: readonly string[];
  readonly rules: readonly Rule[];
  /** Checks a text (a string is plain text) and returns its findings in document order. */
  /**
   * With `source` (the text's original; a string is plain text) the source/ rules compare the two;
   * `sourceLang` names the original's language when detection should not guess.
   */
  check(input: string | Document, options?: { path?: string; source?: string | Document; sourceLang?: string }): CheckResult;
}

/**
 * Loads and compiles the glossaries once; the returned checker can check any number of texts. Options of
 * the wrong type or out of range throw TypeError or RangeError naming the option (check-options.ts).
 */
export function createChecker(options: CheckOptions = {}): Checker {
  validateCheckOptions(options);
  const glossaries: Glossary[] = [];
  if (options.defaultGlossary !== false) glossaries.push(loadGlossaryFile(DEFAULT_GLOSSARY, DEFAULT_GLOSSARY_NAME));
  for (const g of options.glossaries ?? []) glossaries.push(typeof g === 'string' ? loadGlossaryFile(g) : g);
  const compiled = new CompiledGlossary(glossaries);
  const { rules, severities } = selectRules(options.rules, options.severities);
  const precedence = new Map<string, number>(allRules.map((r, i) => [r.meta.id, i]));
  const rank = (id: string) => precedence.get(id) ?? allRules.length;
  const minConfidence = options.minConfidence ?? 0;
  // each rule compiles what it needs once per checker (see Rule.prepare)
  const states = new Map<Rule, unknown>(rules.map((r) => [r, r.prepare?.({ glossary: compiled })]));
  const allow = new Set([...(options.allow ?? []), ...glossaries.flatMap((g) => g.allow ?? [])].map((a) => a.toLowerCase()));

  let conflicts: string[] | undefined;
  return {
    glossaries,
    get conflicts() {
      return (conflicts ??= conflictsAcross(glossaries));
    },
    rules,
    check(input, opts = {}) {
      const whole = typeof input === 'string' ? createDocument(input, opts.path !== undefined ? { path: opts.path } : {}) : input;
      const findings: SpanFinding[] = [];
      const dropped: SpanDropped[] = [];
      const src = opts.source === undefined ? undefined : typeof opts.source === 'string' ? createDocument(opts.source) : opts.source;
      const prepared = src ? prepareSource(src, whole, opts.sourceLang ?? options.sourceLang) : undefined;
      const aligned = prepared?.aligned;
      // a bilingual file that declares a target language other than English: only the rules that read a
      // target in any language run (placeholders, numbers, plural forms, untranslated units; RuleMeta.anyLanguage)
      const anyLanguageOnly = !readsAsEnglish(whole.languages?.target);
      const chunks = chunkSegments(whole);
      const collector = chunks.length > (whole.units ? 1 : COLLECT_ABOVE_PARTS) ? new GrowthCollector() : undefined;
      for (let k = 0; k < chunks.length; k++) {
        if (chunks.length === 1 || whole.units) {
          runRules(chunkDocument(whole, chunks, k), findings, dropped, aligned, anyLanguageOnly);
          collector?.afterPart();
          continue;
        }
        // a part of a large plain document is checked as a text of its own, then moved back
        const { doc, base } = slicePart(whole, chunks[k] as Segment[]);
        const partFindings: SpanFinding[] = [];
        const partDropped: SpanDropped[] = [];
        runRules(doc, partFindings, partDropped, aligned && slicePairs(aligned, base, base + doc.text.length), anyLanguageOnly);
        moveBack(partFindings, partDropped, base);
        for (const f of partFindings) findings.push(f);
        for (const d of partDropped) dropped.push(d);
        collector?.afterPart();
      }
      const { unit, rest } = splitUnitFindings(whole, findings);
      const resolved = resolveOverlaps(rest, rank, whole.lines);
      const kept = unit.length > 0 ? [...resolved.findings, ...unit].sort(byPosition) : resolved.findings;
      // line and column are worked out here, once, for what the API returns
      const result: CheckResult = { findings: locate(kept, whole.lines), dropped: locateDropped([...dropped, ...resolved.dropped], whole.lines) };
      if (prepared?.warning) result.sourceWarning = prepared.warning;
      if (aligned) result.alignment = alignmentOf(aligned);
      return result;
    },
  };

  function runRules(doc: Document, findings: SpanFinding[], dropped: SpanDropped[], source: AlignedSource | undefined, anyLanguageOnly: boolean): void {
    // rules read the prose view (markup blank, entities decoded; same offsets) where the format gives one
    const view = doc.prose ?? doc.text;
    const tokens = tokenize(view, doc.segments);
    let matches: GlossaryMatch[] | undefined;
    const shared = () => (matches ??= compiled.match(view, tokens, doc.segments));
    for (const rule of rules) {
      if (anyLanguageOnly && !rule.meta.anyLanguage) continue;
      const run = runRule(rule, doc, tokens, compiled, { sourceLang: options.sourceLang, date: options.date, source, matches: shared, state: states.get(rule) });
      const severity = severities.get(rule);
      for (const f of run.findings) {
        if (f.confidence < minConfidence || allow.has(f.text.toLowerCase())) continue;
        if (isSuppressed(doc, f)) {
          dropped.push({ ruleId: f.ruleId, text: f.text, span: f.span, reason: 'suppressed by a translint-disable comment' });
          continue;
        }
        if (severity) f.severity = severity;
        findings.push(f);
      }
      for (const d of run.dropped) dropped.push(d);
    }
  }
}

function isSuppressed(doc: Document, f: SpanFinding): boolean {
  if (!doc.suppressions) return false;
  return doc.suppressions.some(
    (s) => s.start <= f.span.start && f.span.end <= s.end && (!s.rules || s.rules.some((r) => r === f.ruleId || (r.endsWith('/') && f.ruleId.startsWith(r)))),
  );
}
