/**
 * Flags on human-written documentation: the README.md files of installed npm packages, a fixed
 * selection (docs-packages.txt: the packages whose node_modules/<name>/README.md, any case of the
 * name, was over 3 KB when it was made, 184 of them, ~240,000 words), each checked whole as
 * `translint README.md` would (Markdown, default configuration). Their writers are not translators
 * but their text is real, and CI on translated docs reads the same kind of page: code spans, badges,
 * package names, software words. A package not installed, or whose README is gone, is left out; with
 * none at all (no node_modules) the measure is skipped.
 *
 * Every flag is judged by hand in docs-verdicts.tsv (package, line, rule, the flagged text as written
 * with \n for a line break, or "*" for any text of that rule on that line; verdict `error` or `false`;
 * a note). Only the flagged token is written there, never the READMEs' sentences. The file keeps the
 * flags of earlier versions too: its `error` rows not flagged now are errors missed (recall), its
 * `false` rows not flagged now are false flags gone. A flag with no row is unjudged: judge it there.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Checker } from '../../../src/index.ts';
import { parseMarkdown } from '../../../src/inputs/markdown.ts';

const HERE = import.meta.dirname;
export const DOCS_PACKAGES = join(HERE, 'docs-packages.txt');
export const DOCS_VERDICTS = join(HERE, 'docs-verdicts.tsv');
const NODE_MODULES = join(HERE, '..', '..', '..', 'node_modules');
/** `find -size +3k`: more than 3 KiB. */
const MIN_BYTES = 3 * 1024;

export interface DocsFlag {
  pkg: string;
  line: number;
  ruleId: string;
  /** as in docs-verdicts.tsv: line breaks and tabs written \n and \t */
  text: string;
  verdict: 'error' | 'false' | 'unjudged';
}

export interface DocsReport {
  files: number;
  words: number;
  flags: number;
  per1000: number | null;
  byRule: Record<string, number>;
  /** flags judged real errors / false / not judged yet */
  errors: number;
  falseFlags: number;
  unjudged: number;
  /** the `error` rows of the verdict file for the packages read, and how many of them are flagged now */
  knownErrors: number;
  knownErrorsFlagged: number;
  examples: DocsFlag[];
}

/** The README of each selected package that is installed and over MIN_BYTES, by package name. */
export function docsFiles(root = NODE_MODULES): Map<string, string> {
  const out = new Map<string, string>();
  if (!existsSync(DOCS_PACKAGES) || !existsSync(root)) return out;
  for (const pkg of readFileSync(DOCS_PACKAGES, 'utf8').split('\n').filter(Boolean)) {
    const dir = join(root, pkg);
    if (!existsSync(dir)) continue;
    const name = readdirSync(dir).filter((f) => f.toLowerCase() === 'readme.md').sort()[0];
    if (name !== undefined && statSync(join(dir, name)).size > MIN_BYTES) out.set(pkg, join(dir, name));
  }
  return out;
}

/** `${package}\t${line}\t${rule}\t${text}` → verdict. */
export function loadDocsVerdicts(path = DOCS_VERDICTS): Map<string, 'error' | 'false'> {
  const rows = readFileSync(path, 'utf8').split('\n').slice(1).filter(Boolean);
  return new Map(rows.map((r) => {
    const [pkg, line, rule, text, verdict] = r.split('\t');
    return [`${pkg}\t${line}\t${rule}\t${text}`, verdict as 'error' | 'false'];
  }));
}

const escaped = (s: string) => s.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\t/g, '\\t');

export function runDocs(checker: Checker, files = docsFiles()): DocsReport | null {
  if (files.size === 0) return null;
  const verdicts = loadDocsVerdicts();
  const report: DocsReport = { files: files.size, words: 0, flags: 0, per1000: null, byRule: {}, errors: 0, falseFlags: 0, unjudged: 0, knownErrors: 0, knownErrorsFlagged: 0, examples: [] };
  const flagged = new Set<string>();
  for (const [pkg, path] of files) {
    const text = readFileSync(path, 'utf8');
    report.words += text.split(/\s+/).filter(Boolean).length;
    for (const f of checker.check(parseMarkdown(text, path)).findings) {
      report.flags++;
      report.byRule[f.ruleId] = (report.byRule[f.ruleId] ?? 0) + 1;
      const line = f.range.start.line;
      const exact = `${pkg}\t${line}\t${f.ruleId}\t${escaped(f.text)}`;
      const any = `${pkg}\t${line}\t${f.ruleId}\t*`;
      const key = verdicts.has(exact) ? exact : any;
      const verdict = verdicts.get(key) ?? 'unjudged';
      flagged.add(key);
      if (verdict === 'error') report.errors++;
      else if (verdict === 'false') report.falseFlags++;
      else report.unjudged++;
      report.examples.push({ pkg, line, ruleId: f.ruleId, text: escaped(f.text), verdict });
    }
  }
  for (const [key, verdict] of verdicts) {
    if (verdict !== 'error' || !files.has(key.split('\t')[0] as string)) continue;
    report.knownErrors++;
    if (flagged.has(key)) report.knownErrorsFlagged++;
  }
  report.per1000 = report.words === 0 ? null : (report.flags / report.words) * 1000;
  return report;
}
