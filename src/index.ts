/** The library API of translint: everything the CLI and the service use. */
export { createChecker, type Checker, type CheckOptions, type CheckResult } from './engine/checker.js';
export { check } from './engine/check.js';
export { createDocument, type Document, type Segment } from './document/document.js';
export { LineIndex, type Position } from './document/line-index.js';
export type { DroppedFinding, EntryRef, Finding, Range, Severity, Suggestion, TextEdit } from './findings/finding.js';
export { applyFixes, type ApplyOptions, type ApplyResult } from './fix/apply.js';
export { fixText, type FixResult } from './fix/fixpoint.js';
export { unifiedDiff } from './fix/diff.js';
export { loadGlossaryFile, parseGlossary, type GlossaryFormat } from './glossary/load.js';
export { GlossaryError } from './glossary/errors.js';
export { DEFAULT_GLOSSARY } from './glossary/default.js';
export type { Glossary, GlossaryEntry, Category, FixMode, ContextCondition } from './glossary/types.js';
export { rules } from './rules/index.js';
export type { Rule, RuleContext, RuleMeta, RuleReport, SourceLang } from './rules/types.js';
export { reporters, type FormatName } from './reports/index.js';
export type { FileResult } from './reports/types.js';
