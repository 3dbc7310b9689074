import { fileURLToPath } from 'node:url';
import { matchCasing } from '../../glossary/casing.js';
import { CompiledGlossary } from '../../glossary/compile.js';
import { contextHolds } from '../../glossary/context.js';
import { loadGlossaryFile } from '../../glossary/load.js';
import type { Rule, RuleContext } from '../types.js';

export const meta = {
  id: 'style/house',
  severity: 'warning',
  description:
    'A form that is correct English but not the newsroom\'s house style ("the USA" for "the US"), from the data in ' +
    'corpora/rules/house-style.yaml (glossary format). On by default for news; switch it off ' +
    '(`rules: {"style/house": "off"}` in the configuration file) for other house styles and list your own forms in a glossary instead. ' +
    'Where the text itself writes "U.S.", the suggestion follows it.',
  confidence: '0.7, never applied by --fix: house style is the editor\'s call.',
  examples: [{ text: 'There were also talks between the USA and Rwanda this week.', flagged: 'the USA', suggestion: 'the US' }],
} satisfies Rule['meta'];

const PACK = fileURLToPath(new URL('../../../corpora/rules/house-style.yaml', import.meta.url));

/** The house-style pack, compiled once per checker. */
export function prepare(): CompiledGlossary {
  // from the pack's cached index, not indexed again from its entries at every start
  return new CompiledGlossary([loadGlossaryFile(PACK)]);
}

export function check(ctx: RuleContext, pack: CompiledGlossary): void {
  const found = pack.match(ctx.text, ctx.tokens, ctx.doc.segments).filter((m) => m.kind === 'variant');
  if (found.length === 0) return;
  // a text that writes "U.S." gets "the U.S.", one that writes "US" (or neither) "the US"
  const dotted = ctx.text.includes('U.S.') && !ctx.text.includes('U.S.A.');
  for (const m of found) {
    if (!contextHolds(m.entry.context, ctx.tokens, m.firstToken, m.lastToken)) continue;
    const text = ctx.text.slice(m.start, m.end);
    const term = dotted ? m.entry.term.replace(/\bUS\b/, 'U.S.') : m.entry.term;
    ctx.report({
      start: m.start,
      end: m.end,
      message: `"${text}" is not house style: write "${matchCasing(text, term)}"${m.entry.note ? ` (${m.entry.note})` : ''}`,
      confidence: 0.7,
      suggestions: [{ text: matchCasing(text, term) + m.suffix, confidence: 0.7 }],
      autofix: false,
      entry: m.entry,
    });
  }
}

export default { meta, prepare, check } satisfies Rule<CompiledGlossary>;
