import type { Document } from '../../../src/document/document.ts';
import { tokenize } from '../../../src/document/tokens.ts';
import { stampAll } from '../../../src/engine/run-rule.ts';
import { CompiledGlossary } from '../../../src/glossary/compile.ts';
import { parseGlossary } from '../../../src/glossary/load.ts';
import { parsePo } from '../../../src/inputs/po.ts';
import { parseTsv } from '../../../src/inputs/tsv.ts';
import { parseXliff } from '../../../src/inputs/xliff.ts';
import type { Rule, SourceLang } from '../../../src/rules/types.ts';
import type { RuleRun } from '../../helpers/rule-tester.ts';

export interface BilingualOptions {
  glossary?: unknown[];
  sourceLang?: SourceLang;
  format?: 'tsv' | 'xliff' | 'po';
}

/** Runs one rule on a bilingual text (TSV lines "source<TAB>target" unless `format` says otherwise), without the bundled glossary. */
export function runBilingual(rule: Rule, text: string, options: BilingualOptions = {}): RuleRun & { doc: Document } {
  const doc = options.format === 'xliff' ? parseXliff(text, 't.xlf') : options.format === 'po' ? parsePo(text, 't.po') : parseTsv(text, 't.tsv');
  const glossary = parseGlossary(JSON.stringify(options.glossary ?? []), 'json', 'test-glossary.json');
  const compiled = new CompiledGlossary(glossary.entries);
  const run = stampAll(rule, doc, tokenize(doc.text, doc.segments), compiled, { sourceLang: options.sourceLang });
  for (const f of run.findings) if (doc.text.slice(f.range.start.offset, f.range.end.offset) !== f.text) throw new Error(`range does not slice "${f.text}"`);
  return { ...run, doc };
}

/** "text | message" per finding, for exact assertions. */
export function described(run: RuleRun): string[] {
  return run.findings.map((f) => `${f.text} | ${f.message}${f.suggestions[0] ? ` → ${f.suggestions[0].text}` : ''}`);
}

/** A one-unit XLIFF 1.2 file. */
export function xliff(source: string, target: string): string {
  return `<xliff version="1.2"><file source-language="de" target-language="en"><body><trans-unit id="u1"><source>${source}</source><target>${target}</target></trans-unit></body></file></xliff>`;
}
