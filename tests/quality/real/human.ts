/**
 * Flags on human text, and the MQM dev figures.
 *
 * References: each human reference file (refA of the 5 WMT23 pairs; refB of he-en on request) is
 * checked whole, as one text, with the default configuration (bundled glossary on), as a new user
 * running `translint ref.txt` would. A flag is false unless it marks a real error in the reference:
 * those found by hand are listed in reference-errors.tsv (pair, reference, line, rule, text; "*" for any text of
 * that rule on that line, so that a line of third-party text need not be copied into the file).
 *
 * MQM (WMT21 TED zh-en, 13 systems x 5 talks): each record's text is checked whole with the default
 * configuration. recall = name-like error spans in Accuracy/Mistranslation, Terminology/* and
 * Locale convention/Name format overlapped by any finding / those spans; precision = findings that
 * overlap any marked error span (any category) / all findings. Also, once per talk, its human translation
 * (the records' reference_segments, one per line) checked whole the same way: professional translations of
 * another genre than the WMT23 news, flags counted per rule as on the references above (no list of real
 * errors: each flag is printed for a person to judge).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Checker, Finding } from '../../../src/index.ts';
import { fileText, hasMqm, lineStarts, mqmDocs, PAIRS, REAL_DIR, type MqmError } from './data.ts';

export const REFERENCE_ERRORS = join(REAL_DIR, 'reference-errors.tsv');

/** Keys `${pair}.${ref}:${line}\t${rule}\t${text}` of flags that mark real errors in a reference. */
export function loadReferenceErrors(path = REFERENCE_ERRORS): Set<string> {
  const rows = readFileSync(path, 'utf8').split('\n').slice(1).filter(Boolean);
  return new Set(rows.map((r) => {
    const [pair, ref, line, rule, text] = r.split('\t');
    return `${pair}.${ref}:${line}\t${rule}\t${text}`;
  }));
}

export interface FlagExample {
  file: string;
  /** 1-based line in the reference */
  line: number;
  /** the flag marks a real error in the reference (reference-errors.tsv) */
  real: boolean;
  text: string;
  ruleId: string;
  context: string;
}

export interface ReferenceReport {
  files: string[];
  words: number;
  flags: number;
  per1000: number | null;
  /** flags that mark a real error in the reference */
  real: number;
  falseFlags: number;
  falsePer1000: number | null;
  byRule: Record<string, number>;
  examples: FlagExample[];
}

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
const context = (text: string, f: Finding) =>
  text.slice(Math.max(0, f.range.start.offset - 40), f.range.end.offset + 40).replace(/\s+/g, ' ');

/** The flags of a human text checked whole, each with its 1-based line; `real` says which mark a real error. */
function flagsOn(checker: Checker, text: string, file: string, real: (line: number, f: Finding) => boolean): FlagExample[] {
  const starts = lineStarts(text);
  let k = 0;
  return checker.check(text).findings.map((f) => {
    while (k + 1 < starts.length && starts[k + 1]! <= f.range.start.offset) k++;
    return { file, line: k + 1, real: real(k + 1, f), text: f.text, ruleId: f.ruleId, context: context(text, f) };
  });
}

export function runReferences(checker: Checker, withRefB = false): ReferenceReport {
  const report: ReferenceReport = { files: [], words: 0, flags: 0, per1000: null, real: 0, falseFlags: 0, falsePer1000: null, byRule: {}, examples: [] };
  const known = loadReferenceErrors();
  for (const pair of PAIRS) {
    const refs = withRefB && pair === 'he-en' ? ['refA', 'refB'] : ['refA'];
    for (const ref of refs) {
      const text = fileText(pair, ref);
      const file = `${pair}.${ref}`;
      report.files.push(file);
      report.words += words(text);
      // (a row whose text is "*" marks any flag of its rule on its line: a whole line left untranslated)
      for (const e of flagsOn(checker, text, file, (line, f) => known.has(`${file}:${line}\t${f.ruleId}\t${f.text}`) || known.has(`${file}:${line}\t${f.ruleId}\t*`))) {
        report.flags++;
        if (e.real) report.real++;
        report.byRule[e.ruleId] = (report.byRule[e.ruleId] ?? 0) + 1;
        report.examples.push(e);
      }
    }
  }
  report.falseFlags = report.flags - report.real;
  report.per1000 = report.words === 0 ? null : (report.flags / report.words) * 1000;
  report.falsePer1000 = report.words === 0 ? null : (report.falseFlags / report.words) * 1000;
  return report;
}

export const MQM_NAME_CATEGORIES = ['Accuracy/Mistranslation', 'Terminology/', 'Locale convention/Name format'];

export interface MqmReport {
  documents: number;
  words: number;
  nameSpans: number;
  nameHit: number;
  recall: number | null;
  findings: number;
  right: number;
  precision: number | null;
  byRule: Record<string, { findings: number; right: number }>;
  /** The talks' human translations (absent when checked with the originals). */
  reference?: { talks: number; words: number; flags: number; byRule: Record<string, number>; examples: FlagExample[] };
}

const isNameError = (e: MqmError) => e.name_like && MQM_NAME_CATEGORIES.some((c) => e.category.startsWith(c));
const overlaps = (f: Finding, e: MqmError) =>
  f.range.start.offset < e.end && (f.range.end.offset > e.start || (f.range.start.offset === f.range.end.offset && f.range.end.offset === e.start));

/**
 * The MQM documents checked by `checker`; with `withSource`, each with its Chinese original (`--source`,
 * source language zh), and only the source/ rules' findings counted: what the checks against the
 * original add, and how often they are wrong, on a language pair the WMT23 table does not hold.
 */
export function runMqm(checker: Checker, withSource = false): MqmReport | null {
  if (!hasMqm()) return null;
  const report: MqmReport = { documents: 0, words: 0, nameSpans: 0, nameHit: 0, recall: null, findings: 0, right: 0, precision: null, byRule: {} };
  const reference = { talks: 0, words: 0, flags: 0, byRule: {} as Record<string, number>, examples: [] as FlagExample[] };
  const talks = new Set<string>();
  for (const doc of mqmDocs()) {
    if (!withSource && doc.reference_segments && !talks.has(doc.doc)) {
      talks.add(doc.doc);
      const text = doc.reference_segments.join('\n');
      reference.talks++;
      reference.words += words(text);
      for (const e of flagsOn(checker, text, doc.doc, () => false)) {
        reference.flags++;
        reference.byRule[e.ruleId] = (reference.byRule[e.ruleId] ?? 0) + 1;
        reference.examples.push(e);
      }
    }
    report.documents++;
    report.words += words(doc.text);
    const found = withSource
      ? checker.check(doc.text, { source: doc.source_segments.join('\n'), sourceLang: 'zh' }).findings.filter((f) => f.ruleId.startsWith('source/'))
      : checker.check(doc.text).findings;
    for (const f of found) {
      const rule = (report.byRule[f.ruleId] ??= { findings: 0, right: 0 });
      report.findings++;
      rule.findings++;
      if (doc.errors.some((e) => overlaps(f, e))) (report.right++, rule.right++);
    }
    for (const e of doc.errors.filter(isNameError)) {
      report.nameSpans++;
      if (found.some((f) => overlaps(f, e))) report.nameHit++;
    }
  }
  report.recall = report.nameSpans === 0 ? null : report.nameHit / report.nameSpans;
  report.precision = report.findings === 0 ? null : report.right / report.findings;
  if (reference.talks > 0) report.reference = reference;
  return report;
}
