import type { Rule, RuleContext } from '../types.js';
import { checkPack, PACK_CONFIDENCE, type Pack, preparePack } from './pack.js';

export const meta = {
  id: 'calque/de',
  severity: 'warning',
  description:
    'Calques and false friends of English machine-translated from German, from the data in corpora/rules/calque-de.yaml ' +
    '(glossary format; many entries fire only near context words). Runs when the source language is de, or when it is ' +
    'unknown, then only for entries whose context asks for supporting words.',
  confidence: PACK_CONFIDENCE,
  examples: [{ text: 'President Donald Trump signed an executive regulation in January.', flagged: 'executive regulation', suggestion: 'executive order' }],
} satisfies Rule['meta'];

/** The pack, compiled once per checker. */
export function prepare(): Pack {
  return preparePack('de');
}

export function check(ctx: RuleContext, pack: Pack): void {
  checkPack('de', ctx, pack);
}

export default { meta, prepare, check } satisfies Rule<Pack>;
