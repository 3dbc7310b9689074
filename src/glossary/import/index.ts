import type { GlossaryEntry } from '../types.js';
import { importPrh, isPrh } from './prh.js';
import { importTextlintTerminology, isTextlintTerminology } from './textlint.js';
import { importVale, valeList } from './vale.js';

/** What an importer gives: entries, and words never to flag (Vale's accept list). */
export interface Imported {
  entries: GlossaryEntry[];
  allow: string[];
  warnings: string[];
}

/**
 * Glossaries that users already keep for other checkers, recognised by name and shape and turned
 * into translint entries (see docs/glossary-format.md, "Importing"):
 * - prh YAML (`rules:` with `expected` and `pattern`/`patterns`), in a `.yml`/`.yaml` file;
 * - Vale vocabularies, `accept.txt` and `reject.txt`;
 * - textlint-rule-terminology JSON (a list of terms and `[pattern, replacement]` pairs), in a `.json` file.
 * Undefined when the file is none of these (an ordinary translint glossary).
 */
export function importGlossary(text: string, format: string, path: string): Imported | undefined {
  if (format === 'vale') return importVale(text, path, valeList(path) ?? 'accept');
  if (format === 'yaml' && isPrh(text)) return importPrh(text, path);
  if (format === 'json' && isTextlintTerminology(text)) return importTextlintTerminology(text, path);
  return undefined;
}
